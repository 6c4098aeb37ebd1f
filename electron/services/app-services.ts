import { randomUUID } from 'node:crypto';
import type { Handlers } from '../shared/contract/api';
import type { AppInfo } from '../shared/contract/schemas';
import type { StoreBackend } from './store/data-store';
import { openStore, type OpenedStore } from './store/open-store';
import type { StoreOptions } from './store/store-options';
import { createHandlers } from './handlers';

export interface AppServicesOptions {
  dataDir: string;
  /** conf in browser mode, electron-store in Electron: both built from the same options object. */
  createBackend: (options: StoreOptions) => StoreBackend;
  info: AppInfo;
  openExternal: (url: string) => void | Promise<void>;
  now?: () => Date;
  newId?: () => string;
}

export interface AppServices {
  handlers: Handlers;
  opened: OpenedStore;
}

/** Wires the services once per host; both hosts call this with what differs between them. */
export function createAppServices(options: AppServicesOptions): AppServices {
  const now = options.now ?? (() => new Date());
  const opened = openStore(options.dataDir, options.createBackend, now);
  const handlers = createHandlers({
    store: opened.store,
    backups: opened.backups,
    startup: opened.report,
    info: options.info,
    openExternal: options.openExternal,
    now,
    newId: options.newId ?? randomUUID,
  });
  return { handlers, opened };
}
