import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isTrustedSenderUrl,
  type SessionLike,
  type WebContentsLike,
} from '../../../electron/main/security';

type RequestHandler = NonNullable<Parameters<SessionLike['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<SessionLike['setPermissionCheckHandler']>[0]>;
type Permission = Parameters<RequestHandler>[1];

function fakeSession() {
  const installed: { request?: RequestHandler | null; check?: CheckHandler | null } = {};
  const session: SessionLike = {
    setPermissionRequestHandler: (handler) => void (installed.request = handler),
    setPermissionCheckHandler: (handler) => void (installed.check = handler),
  };
  hardenSession(session);
  const { request, check } = installed;
  if (!request || !check) throw new Error('hardenSession must install both permission handlers');
  // The handlers read only the permission and where it comes from; the web contents is a stand-in.
  const contents = {} as WebContents;
  return {
    requestGranted(permission: string, requestingUrl = 'app://lockstep/index.html'): boolean {
      const callback = vi.fn<(granted: boolean) => void>();
      request(contents, permission as Permission, callback, { requestingUrl } as Parameters<RequestHandler>[3]);
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]?.[0] === true;
    },
    checkGranted(permission: string, origin = 'app://lockstep', requestingUrl?: string): boolean {
      const details = (requestingUrl === undefined ? {} : { requestingUrl }) as Parameters<CheckHandler>[3];
      return check(contents, permission as Permission, origin, details);
    },
  };
}

// 'camera' is not an Electron permission name (cameras come as 'media'); an unexpected string must
// still be denied, so it is in the list on purpose.
const DENIED = [
  'camera',
  'media',
  'geolocation',
  'clipboard-read',
  'clipboard-sanitized-write',
  'openExternal',
  'display-capture',
  'fullscreen',
  'fileSystem',
  'hid',
  'serial',
  'usb',
  'midi',
  'midiSysex',
  'pointerLock',
  'keyboardLock',
  'idle-detection',
  'window-management',
  'local-fonts',
  'storage-access',
  'unknown',
  '',
];

describe('hardenSession', () => {
  const session = fakeSession();

  it('grants notifications, which reminders need', () => {
    expect(session.requestGranted('notifications')).toBe(true);
    expect(session.checkGranted('notifications')).toBe(true);
  });

  it.each([
    'https://evil.example',
    'https://evil.example/index.html',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://other-host/index.html',
    'app://user@lockstep/index.html',
    'null',
    '',
  ])('refuses notifications to a frame from %s, on request and on check', (origin) => {
    expect(session.requestGranted('notifications', origin)).toBe(false);
    expect(session.checkGranted('notifications', origin)).toBe(false);
    expect(session.checkGranted('notifications', 'app://lockstep', origin)).toBe(false);
  });

  it.each(DENIED)('denies the %s permission on request and on check', (permission) => {
    expect(session.requestGranted(permission)).toBe(false);
    expect(session.checkGranted(permission)).toBe(false);
  });
});

type Listener = (...args: unknown[]) => unknown;
type OpenHandler = (details: { url: string }) => { action: string };

function fakeWebContents(openExternal: (url: string) => Promise<void>) {
  const listeners = new Map<string, Listener[]>();
  let openHandler: OpenHandler | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: OpenHandler) {
      openHandler = handler;
    },
  };
  // Only on and setWindowOpenHandler are used; Electron's overloaded `on` can't be implemented literally.
  hardenWebContents(contents as unknown as WebContentsLike, openExternal);
  return {
    listeners,
    emit(event: string, url: string) {
      const preventDefault = vi.fn();
      for (const listener of listeners.get(event) ?? []) listener({ preventDefault }, url);
      return preventDefault;
    },
    openWindow(url: string) {
      if (!openHandler) throw new Error('hardenWebContents must install a window open handler');
      return openHandler({ url });
    },
  };
}

/** Lets the guard's promise settle, so "not opened" is not just "not opened yet". */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (event) => {
    const contents = fakeWebContents(vi.fn(async () => undefined));
    expect(contents.listeners.get(event)).toHaveLength(1);
    const preventDefault = contents.emit(event, 'https://www.equifax.com/');
    expect(preventDefault).toHaveBeenCalledTimes(1);
  });

  it('denies the new window and opens an official https link in the OS browser', async () => {
    const openExternal = vi.fn(async (_url: string) => undefined);
    const contents = fakeWebContents(openExternal);
    expect(contents.openWindow('https://www.equifax.com/personal/credit-report-services/')).toEqual({ action: 'deny' });
    await settle();
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.equifax.com/personal/credit-report-services/');
  });

  it.each([
    'https://equifax.com@evil.example/',
    'https://evil.example/equifax.com',
    'https://equifax.com.evil.example/',
    'https://xn--quifax-gva.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    '\\\\evil.example\\share',
    'http://equifax.com/',
    'https://www.equifax.com:8443/',
    'data:text/html,<script>alert(1)</script>',
    '',
  ])('denies the window for %j and opens nothing', async (url) => {
    const openExternal = vi.fn(async (_url: string) => undefined);
    const contents = fakeWebContents(openExternal);
    expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    await settle();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('still denies the window when the OS browser fails to open, without an unhandled rejection', async () => {
    const openExternal = vi.fn(async (_url: string) => Promise.reject(new Error('no browser')));
    const contents = fakeWebContents(openExternal);
    expect(contents.openWindow('https://www.ftc.gov/')).toEqual({ action: 'deny' });
    await settle();
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('isTrustedSenderUrl', () => {
  it.each(['app://lockstep/index.html', 'app://lockstep/', 'app://lockstep/index.html#/profile/abc12345'])(
    'trusts %j',
    (url) => expect(isTrustedSenderUrl(url)).toBe(true),
  );

  it.each([
    'app://evil/',
    'app://evil/index.html',
    'app://lockstep.evil/index.html',
    'app://lockstep:8080/index.html',
    'https://lockstep/index.html',
    'http://lockstep/',
    'file:///index.html',
    'file://lockstep/index.html',
    'about:blank',
    '',
    'garbage',
    'lockstep',
    '://lockstep/',
    undefined,
    null,
  ])('does not trust %j', (url) => expect(isTrustedSenderUrl(url)).toBe(false));
});

describe('createOfficialOpener (the only shell.openExternal call)', () => {
  it('opens official https URLs and refuses everything else without touching the shell', async () => {
    const { createOfficialOpener } = await import('../../../electron/main/security');
    const opened: string[] = [];
    const open = createOfficialOpener({ openExternal: async (url: string) => void opened.push(url) });
    await open('https://www.equifax.com/personal/credit-report-services/credit-freeze/');
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://equifax.com',
      'https://equifax.com@evil.example',
      'https://equifax.com.evil.example/',
    ]) {
      await expect(open(bad)).rejects.toThrow('official');
    }
    expect(opened).toEqual(['https://www.equifax.com/personal/credit-report-services/credit-freeze/']);
  });
});
