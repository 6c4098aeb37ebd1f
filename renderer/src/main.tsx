import { resolveApi } from './app/api';
import { parseHash } from './app/routes';
import './styles.css';

/**
 * A tiny entry: it asks the host for everything the first screen needs right away, and loads the
 * app code at the same time, so the requests and the download overlap instead of queueing.
 */
const api = resolveApi();
const route = parseHash(window.location.hash);
const profileId = route.name === 'profile' || route.name === 'step' || route.name === 'interview' ? route.id : null;
const startup = Promise.all([
  api.settingsGet(),
  api.profilesList(),
  api.appStatus(),
  api.vaultStatus(),
  profileId ? api.planGet({ profileId }) : Promise.resolve(null),
]);
export type StartupData = typeof startup;

void import('./boot').then((m) => m.boot(api, route, profileId, startup));
