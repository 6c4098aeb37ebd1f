import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMainWindow } from './window';
import { hardenSession, hardenWebContents, APP_SCHEME } from './security';
import { createAppProtocolHandler, registerAppScheme } from './protocol';
import { buildMenuTemplate } from './menu';
import { registerIpc } from './ipc/register';

// Lifecycle only: each concern lives in its own module.
const here = dirname(fileURLToPath(import.meta.url));
let mainWindow: BrowserWindow | null = null;

if (process.env.LOCKSTEP_USER_DATA_DIR) app.setPath('userData', process.env.LOCKSTEP_USER_DATA_DIR);
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme(protocol);
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => shell.openExternal(url)));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start() {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(here, '../renderer')));
  const { createElectronServices } = await import('./services');
  registerIpc(ipcMain, await createElectronServices(app, shell));
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform)));
  mainWindow = createMainWindow(BrowserWindow, join(here, '../preload/index.cjs'));
  mainWindow.on('closed', () => (mainWindow = null));
}
