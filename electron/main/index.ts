import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
  Tray,
} from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMainWindow } from './window';
import { createOfficialOpener, hardenSession, hardenWebContents, APP_SCHEME } from './security';
import { createAppProtocolHandler, registerAppScheme } from './protocol';
import { buildMenuTemplate } from './menu';
import { registerIpc } from './ipc/register';
import { createNotifier } from './notifier';
import { createDesktopSettings } from './desktop-settings';
import { userDataOverride } from './data-dir';

// Lifecycle only: each concern lives in its own module.
const here = dirname(fileURLToPath(import.meta.url));
let mainWindow: BrowserWindow | null = null;

const userDataDir = userDataOverride(process.env, app.isPackaged);
if (userDataDir) app.setPath('userData', userDataDir);
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme(protocol);
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  const openOfficial = createOfficialOpener(shell);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openOfficial));
  void app.whenReady().then(start);
}

function openWindow(): BrowserWindow {
  const win = createMainWindow(BrowserWindow, join(here, '../preload/index.cjs'));
  win.on('closed', () => (mainWindow = null));
  return win;
}

async function start() {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(here, '../renderer')));
  const { acquireDataLock } = await import('../services/store/lock');
  const lock = acquireDataLock(app.getPath('userData'));
  if (!lock.ok) {
    dialog.showErrorBox(
      'Lockstep is already open',
      `Another Lockstep (process ${lock.ownerPid}) is using this data folder. Close it first.`,
    );
    app.quit();
    return;
  }
  const { createElectronServices } = await import('./services');
  const showWindow = () => (mainWindow ??= openWindow());
  const services = await createElectronServices(
    app,
    createOfficialOpener(shell),
    safeStorage,
    clipboard,
    createNotifier(Notification, () => mainWindow, showWindow),
  );
  const desktop = createDesktopSettings({ app, Tray, Menu, iconPath: join(here, '../../assets/icon.png'), showWindow });
  const applyDesktop = () => desktop.apply(services.opened.store.read().reminders.settings);
  applyDesktop();
  powerMonitor.on('resume', () => services.reminders.replan());
  // Lock the vault whenever the computer sleeps or its screen locks.
  powerMonitor.on('suspend', () => services.vault.lock());
  powerMonitor.on('lock-screen', () => services.vault.lock());
  registerIpc(ipcMain, services.handlers, async (op, payload) => {
    const result = await services.call(op, payload);
    if (op === 'reminders:updateSettings' && result.ok) applyDesktop();
    return result;
  });
  app.on('will-quit', () => lock.release());
  app.on('before-quit', (event) => {
    // Flush pending writes once, then let the quit continue.
    if (!services.opened.store.saveState().unsaved) return;
    event.preventDefault();
    void services.opened.store.flush().finally(() => {
      lock.release();
      app.exit(0);
    });
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform)));
  mainWindow = openWindow();
  app.on('window-all-closed', () => {
    if (!desktop.keepRunning()) app.quit();
  });
}
