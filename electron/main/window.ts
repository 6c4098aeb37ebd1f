import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './security';

/** The renderer's options, in one place so a test can assert every security switch. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 800,
    minWidth: 320,
    minHeight: 480,
    show: false,
    title: 'Lockstep',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

type WindowCtor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Shown only on ready-to-show, so there is no white flash. */
export function createMainWindow(Ctor: WindowCtor, preloadPath: string): BrowserWindow {
  const win = new Ctor(mainWindowOptions(preloadPath));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
