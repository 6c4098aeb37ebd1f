import type { BrowserWindow, Notification as ElectronNotification, NotificationConstructorOptions } from 'electron';
import type { ReminderNotice } from '../services/reminders/reminders-service';
import { APP_ENTRY_URL } from './security';

type NotificationCtor = { new (options: NotificationConstructorOptions): ElectronNotification; isSupported(): boolean };

/** OS notifications for due reminders; a click opens Lockstep on the reminder's step. */
export function createNotifier(
  Notification: NotificationCtor,
  getWindow: () => BrowserWindow | null,
  showWindow: () => BrowserWindow,
) {
  return (notice: ReminderNotice) => {
    if (!Notification.isSupported()) return;
    const n = new Notification({ title: notice.title, body: notice.body, silent: false });
    n.on('click', () => {
      const win = getWindow() ?? showWindow();
      const hash =
        notice.profileId && notice.stepId
          ? `#/profile/${notice.profileId}/step/${notice.stepId}`
          : notice.profileId
            ? `#/profile/${notice.profileId}`
            : '#/inbox';
      void win.loadURL(`${APP_ENTRY_URL}${hash}`);
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    });
    n.show();
  };
}
