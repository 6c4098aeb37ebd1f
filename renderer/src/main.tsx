import { resolveApi } from './app/api';
import { parseHash } from './app/routes';
import { loadScreenStrings, loadTable, ROUTE_STRINGS } from './i18n/tables';
import './styles.css';

/**
 * A tiny entry: it asks the host for everything the first screen needs right away, and loads the
 * app code at the same time, so the requests and the download overlap instead of queueing. The
 * strings of the saved language follow as soon as the settings answer, still while boot downloads.
 */
const api = resolveApi();
const route = parseHash(window.location.hash);
const profileId = route.name === 'profile' || route.name === 'step' || route.name === 'interview' ? route.id : null;
const settings = api.settingsGet();
const startup = Promise.all([
  settings,
  api.profilesList(),
  api.appStatus(),
  api.vaultStatus(),
  profileId ? api.planGet({ profileId }) : Promise.resolve(null),
  // The list's per-person lines, counted by the host in the saved language: no catalog here.
  route.name === 'profiles' ? api.profilesSummaries({}) : Promise.resolve(null),
]);
const strings = settings.then((s) => loadTable(s.ok ? s.value.language : 'en'));
// A deep link's screen words come in that round too (the screen waits for them: i18n/index.ts withStrings).
void settings.then((s) => {
  for (const name of ROUTE_STRINGS[route.name])
    loadScreenStrings(name, s.ok ? s.value.language : 'en').catch(() => undefined);
});
export type StartupData = typeof startup;
export type StartupStrings = typeof strings;

// A deep link to a person's page fetches that screen's code in the same round as boot.
if (route.name === 'profile') void import('./features/profiles/ProfilePage');
void import('./boot').then((m) => m.boot(api, route, profileId, startup, strings));
