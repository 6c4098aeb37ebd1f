import type { App, Shell } from 'electron';
import type { Handlers } from '../shared/contract/api';
import { createAppServices } from '../services/app-services';
import { buildStoreOptions } from '../services/store/store-options';

/** Electron's backend for the shared services: electron-store in the per-user data folder. */
export async function createElectronServices(app: Pick<App, 'getPath' | 'getVersion'>, shell: Pick<Shell, 'openExternal'>): Promise<Handlers> {
  const { default: ElectronStore } = await import('electron-store');
  const dataDir = app.getPath('userData');
  const options = buildStoreOptions(dataDir);
  const backend = new ElectronStore({ ...options, name: options.configName });
  return createAppServices({
    backend,
    info: { version: app.getVersion(), host: 'electron', dataDir },
    openExternal: (url) => shell.openExternal(url),
  }).handlers;
}
