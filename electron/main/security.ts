import type { Event, Session, Shell, WebContents } from 'electron';
import { isOfficialUrl, openIfOfficial } from '../shared/core/urls';

export const APP_SCHEME = 'app';
export const APP_HOST = 'lockstep';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Only our own pages, served over app://lockstep, may call the IPC API. */
export function isTrustedSenderUrl(raw: string | undefined | null): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/**
 * Deny every permission except notifications (reminders need those), and those only to our own
 * pages: a frame from any other origin (an iframe, a page that got in despite the navigation
 * guards) is refused (Electron's checklist, item 5: check the origin of permission requests).
 */
export function hardenSession(ses: SessionLike): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === 'notifications' && isTrustedSenderUrl(details?.requestingUrl)),
  );
  ses.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin, details) =>
      permission === 'notifications' &&
      isTrustedSenderUrl(requestingOrigin) &&
      (details?.requestingUrl === undefined || isTrustedSenderUrl(details.requestingUrl)),
  );
}

export type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * No navigation away from the app, no webviews, no new windows. A link the page tries to open goes
 * to the OS browser only if the official-URL guard approves it.
 */
export function hardenWebContents(contents: WebContentsLike, openExternal: (url: string) => Promise<void>): void {
  const deny = (event: Event) => event.preventDefault();
  contents.on('will-navigate', deny);
  contents.on('will-redirect', deny);
  contents.on('will-attach-webview', deny);
  contents.setWindowOpenHandler(({ url }) => {
    void openIfOfficial(url, openExternal).catch(() => undefined);
    return { action: 'deny' };
  });
}

/**
 * The app's only call to shell.openExternal, and it comes after the official-URL guard (again,
 * even though callers check too). Electronegativity flags every openExternal with a variable for
 * review; this one is reviewed: only allowlisted https URLs ever reach it.
 */
export function createOfficialOpener(shell: Pick<Shell, 'openExternal'>) {
  return async (url: string): Promise<void> => {
    if (!isOfficialUrl(url)) throw new Error('Lockstep only opens official websites.');
    await shell.openExternal(new URL(url).href); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
  };
}
