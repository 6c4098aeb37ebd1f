import { randomUUID } from 'node:crypto';
import type { Handlers } from '../shared/contract/api';
import type { AppInfo } from '../shared/contract/schemas';
import { createDataStore, type StoreBackend } from './store/data-store';
import { createHandlers } from './handlers';

export interface AppServicesOptions {
  backend: StoreBackend;
  info: AppInfo;
  openExternal: (url: string) => void | Promise<void>;
  now?: () => Date;
  newId?: () => string;
}

/** Wires the services once per host; both hosts call this with what differs between them. */
export function createAppServices(options: AppServicesOptions): { handlers: Handlers; dataPath: string } {
  const store = createDataStore(options.backend);
  const handlers = createHandlers({
    store,
    info: options.info,
    openExternal: options.openExternal,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? randomUUID,
  });
  return { handlers, dataPath: store.path };
}
