import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CustomScheme } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, registerAppScheme } from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/core/csp';

const INDEX = '<!doctype html><title>Lockstep</title>';
const SCRIPT = 'console.log("lockstep");';
const SECRET = 'outside-the-renderer-folder';

let outer: string;
let handler: ReturnType<typeof createAppProtocolHandler>;

beforeAll(() => {
  // outer/secret.txt sits beside the served folder, so an escape from it would be observable.
  outer = mkdtempSync(join(tmpdir(), 'lockstep-protocol-'));
  const renderer = join(outer, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), INDEX);
  writeFileSync(join(renderer, 'assets', 'x.js'), SCRIPT);
  writeFileSync(join(outer, 'secret.txt'), SECRET);
  handler = createAppProtocolHandler(renderer);
});

afterAll(() => rmSync(outer, { recursive: true, force: true }));

const get = (url: string) => handler(new Request(url));

describe('createAppProtocolHandler', () => {
  it('serves index.html with the CSP header', async () => {
    const res = await get('app://lockstep/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await res.text()).toBe(INDEX);
  });

  it('serves assets with the CSP header and a script type', async () => {
    const res = await get('app://lockstep/assets/x.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(await res.text()).toBe(SCRIPT);
  });

  it.each([
    'app://other-host/index.html',
    'app://other-host/',
    'app://lockstep.evil/index.html',
    'app://lockstep:1234/index.html',
  ])('answers 404 for another host: %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('Lockstep</title>');
  });

  it.each([
    'app://lockstep/missing.js',
    'app://lockstep/assets/missing.css',
    'app://lockstep/assets/x.js.map',
    'app://lockstep/%E0%A4%A',
    'app://lockstep/index.html%00.js',
  ])('answers 404 for a missing or malformed path: %s', async (url) => {
    expect((await get(url)).status).toBe(404);
  });

  it.each([
    'app://lockstep/../secret.txt',
    'app://lockstep/%2e%2e%2fsecret.txt',
    'app://lockstep/..%2fsecret.txt',
    'app://lockstep/assets/..%2f..%2fsecret.txt',
    'app://lockstep/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://lockstep/..%5csecret.txt',
  ])('answers 404 to a traversal to a real file outside the folder: %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain(SECRET);
  });

  // Extensionless paths fall back to index.html (deep links), so these may answer 200 with the
  // app shell; what matters is that /etc/passwd is never what comes back.
  it.each(['app://lockstep/../../etc/passwd', 'app://lockstep/%2e%2e%2f%2e%2e%2fetc%2fpasswd'])(
    'never serves /etc/passwd for %s',
    async (url) => {
      const res = await get(url);
      const body = await res.text();
      expect(body).not.toMatch(/^root:/m);
      if (res.status !== 404) expect(body).toBe(INDEX);
    },
  );
});

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme that does not bypass the CSP', () => {
    const registerSchemesAsPrivileged = vi.fn<(schemes: CustomScheme[]) => void>();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    const schemes = registerSchemesAsPrivileged.mock.calls[0]?.[0] ?? [];
    expect(schemes).toHaveLength(1);
    const [scheme] = schemes;
    expect(scheme?.scheme).toBe('app');
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true });
    expect(scheme?.privileges?.bypassCSP).not.toBe(true);
  });
});
