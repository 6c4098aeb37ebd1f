import type { App, BrowserWindow, Menu as ElectronMenu, Tray as ElectronTray } from 'electron';

export interface DesktopSettings {
  trayOnClose: boolean;
  openAtLogin: boolean;
}

/**
 * Both options are off until the user turns them on (Settings explains them): "keep running in
 * the tray" lets reminders fire with the window closed; "open at login" starts Lockstep quietly.
 */
export function createDesktopSettings(deps: {
  app: Pick<App, 'setLoginItemSettings' | 'quit'>;
  Tray: new (icon: string) => ElectronTray;
  Menu: Pick<typeof ElectronMenu, 'buildFromTemplate'>;
  iconPath: string;
  showWindow: () => BrowserWindow;
}) {
  let tray: ElectronTray | null = null;
  let current: DesktopSettings = { trayOnClose: false, openAtLogin: false };
  return {
    apply(next: DesktopSettings) {
      if (next.openAtLogin !== current.openAtLogin) deps.app.setLoginItemSettings({ openAtLogin: next.openAtLogin });
      if (next.trayOnClose && !tray) {
        tray = new deps.Tray(deps.iconPath);
        tray.setToolTip('Lockstep');
        tray.setContextMenu(
          deps.Menu.buildFromTemplate([
            { label: 'Open Lockstep', click: () => deps.showWindow().show() },
            { type: 'separator' },
            { label: 'Quit', click: () => deps.app.quit() },
          ]),
        );
        tray.on('click', () => deps.showWindow().show());
      }
      if (!next.trayOnClose && tray) {
        tray.destroy();
        tray = null;
      }
      current = next;
    },
    /** Whether closing the window should hide it instead of quitting. */
    keepRunning: () => current.trayOnClose,
  };
}
