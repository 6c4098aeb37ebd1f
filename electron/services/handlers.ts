import type { Handlers } from '../shared/contract/api';
import { ApiFailure } from '../shared/contract/result';
import { addProfile, removeProfile, renameProfile } from '../shared/core/profiles';
import { openIfOfficial } from '../shared/core/urls';
import { notFound, type ServiceDeps } from './service-deps';
import { createPlanHandlers } from './plan-handlers';
import { createStorageHandlers } from './storage-handlers';
import { createVaultHandlers } from './vault-handlers';
import { createDocumentHandlers } from './documents';
import { createReminderHandlers } from './reminders/reminder-handlers';
import { createRecoveryHandlers } from './recovery/recovery-handlers';
import { createSummaryHandlers } from './summary-handlers';

/** Every operation's implementation. Hosts reach these only through `dispatch`. */
export function createHandlers(deps: ServiceDeps): Handlers {
  const { store } = deps;
  return {
    'app:info': () => deps.info,
    'settings:get': () => store.read().settings,
    'settings:update': (input) =>
      store.update((data) => {
        // IPC keeps keys whose value is undefined; such a key means "leave it", not "erase it".
        const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
        const settings = { ...data.settings, ...changes };
        return { data: { ...data, settings }, result: settings };
      }),
    'profiles:list': () => store.read().profiles,
    'profiles:create': (input) =>
      store.update((data) => {
        const { profiles, profile } = addProfile(data.profiles, input, deps.newId(), deps.now());
        return { data: { ...data, profiles }, result: profile };
      }),
    'profiles:rename': (input) =>
      store.update((data) => {
        const changed = renameProfile(data.profiles, input.id, input.name, deps.now());
        if (!changed) throw notFound(input.id);
        return { data: { ...data, profiles: changed.profiles }, result: changed.profile };
      }),
    'profiles:delete': async (input) => {
      const result = await store.update((data) => {
        const profiles = removeProfile(data.profiles, input.id);
        if (!profiles) throw notFound(input.id);
        const { [input.id]: _removed, ...plans } = data.plans;
        const { [input.id]: _case, ...recovery } = data.recovery;
        return { data: { ...data, profiles, plans, recovery }, result: { id: input.id } };
      });
      // Only once the profile is really gone from disk do its vault records go too.
      deps.vault.removeProfile(input.id);
      return result;
    },
    'links:open': async (input) => {
      const opened = await openIfOfficial(input.url, deps.openExternal);
      if (!opened) throw new ApiFailure('not_allowed_url');
      return { url: new URL(input.url).href };
    },
    ...createPlanHandlers(deps),
    ...createStorageHandlers(deps),
    ...createVaultHandlers(deps),
    ...createDocumentHandlers(deps),
    ...createReminderHandlers(deps),
    ...createRecoveryHandlers(deps),
    ...createSummaryHandlers(deps),
  };
}
