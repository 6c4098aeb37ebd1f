import type { Handlers } from '../shared/contract/api';
import { ApiFailure } from '../shared/contract/result';
import type { AppInfo } from '../shared/contract/schemas';
import { addProfile, removeProfile, renameProfile } from '../shared/core/profiles';
import { openIfOfficial } from '../shared/core/urls';
import type { DataStore } from './store/data-store';

export interface ServiceDeps {
  store: DataStore;
  now: () => Date;
  newId: () => string;
  info: AppInfo;
  /** Electron: shell.openExternal. Browser mode: nothing, the tab opens the link itself. */
  openExternal: (url: string) => void | Promise<void>;
}

const notFound = (id: string) => new ApiFailure('not_found', `No profile with id ${id}`);

/** Every operation's implementation. Hosts reach these only through `dispatch`. */
export function createHandlers(deps: ServiceDeps): Handlers {
  const { store } = deps;
  return {
    'app:info': () => deps.info,
    'settings:get': () => store.read().settings,
    'settings:update': (input) =>
      store.update((data) => {
        const settings = { ...data.settings, ...input };
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
    'profiles:delete': (input) =>
      store.update((data) => {
        const profiles = removeProfile(data.profiles, input.id);
        if (!profiles) throw notFound(input.id);
        return { data: { ...data, profiles }, result: { id: input.id } };
      }),
    'links:open': async (input) => {
      const opened = await openIfOfficial(input.url, deps.openExternal);
      if (!opened) throw new ApiFailure('not_allowed_url', 'Lockstep only opens official websites.');
      return { url: new URL(input.url).href };
    },
  };
}
