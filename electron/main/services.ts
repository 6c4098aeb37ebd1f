import type { App, Clipboard, SafeStorage } from 'electron';
import { createClipboard, createDeviceKeyStore } from './device-key-store';
import type { Notify } from '../services/reminders/reminders-service';
import { createAppServices, type AppServices } from '../services/app-services';

/** Electron's backend for the shared services: electron-store in the per-user data folder. */
export async function createElectronServices(
  app: Pick<App, 'getPath' | 'getVersion'>,
  openExternal: (url: string) => Promise<void>,
  safeStorage: SafeStorage,
  clipboard: Clipboard,
  notify: Notify,
): Promise<AppServices> {
  const { default: ElectronStore } = await import('electron-store');
  const dataDir = app.getPath('userData');
  return createAppServices({
    dataDir,
    createBackend: (options) => new ElectronStore({ ...options, name: options.configName }),
    info: { version: app.getVersion(), host: 'electron', dataDir },
    openExternal,
    device: createDeviceKeyStore(safeStorage, process.platform),
    clipboard: createClipboard(clipboard),
    notify,
  });
}
