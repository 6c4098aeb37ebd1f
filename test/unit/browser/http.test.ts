import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../electron/shared/contract/result';
import type { Profile, Settings } from '../../../electron/shared/contract/schemas';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/core/csp';
import { startBrowserHost, type BrowserHost } from '../../../electron/browser/server';
import { TOKEN_HEADER } from '../../../electron/browser/http-guards';

const INDEX_HTML = '<!doctype html><title>Lockstep test index</title><div id="root"></div>';
const APP_JS = 'console.log("lockstep test bundle");';

let dataDir: string;
let staticDir: string;
let outside: string;
let host: BrowserHost;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Req {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** Skip the default token header. */
  noToken?: boolean;
}

/** node:http rather than fetch: fetch forbids setting Host, and these tests need to forge it. */
function send(req: Req, port = host.port): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      Host: `127.0.0.1:${port}`,
      ...(req.noToken ? {} : { [TOKEN_HEADER]: host.token }),
      ...req.headers,
    };
    const r = request(
      { host: '127.0.0.1', port, method: req.method ?? 'GET', path: req.path, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

const api = (op: string, input?: unknown, extra: Partial<Req> = {}) =>
  send({
    method: 'POST',
    path: `/api/${op}`,
    headers: { 'Content-Type': 'application/json', ...extra.headers },
    body: JSON.stringify(input === undefined ? {} : { input }),
    ...(extra.noToken ? { noToken: true } : {}),
  });

const parse = <T>(r: Reply) => JSON.parse(r.body) as Result<T>;

/** Every file under the data dir with its bytes and mode. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) Object.assign(out, snapshot(full, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = `${stat.mode.toString(8)}:${readFileSync(full).toString('base64')}`;
  }
  return out;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function canConnect(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lockstep-http-data-'));
  staticDir = mkdtempSync(join(tmpdir(), 'lockstep-http-static-'));
  outside = mkdtempSync(join(tmpdir(), 'lockstep-http-outside-'));
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), APP_JS);
  writeFileSync(join(outside, 'secret.txt'), 'TOP-SECRET-OUTSIDE-ROOT');
  host = await startBrowserHost({ dataDir, staticDir, version: '0.0.0-test', port: 0 });
});

afterAll(async () => {
  await host?.close();
  for (const d of [dataDir, staticDir, outside]) rmSync(d, { recursive: true, force: true });
});

describe('binding', () => {
  it('listens on 127.0.0.1 only, on the port it reports, with a token in the URL fragment', async () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await canConnect('127.0.0.1', host.port)).toBe(true);
  });

  it('is not reachable on another local address', async () => {
    // 127.0.0.2 is loopback too on Linux, but a server bound to 127.0.0.1 alone does not answer there.
    if (process.platform !== 'linux') return;
    expect(await canConnect('127.0.0.2', host.port)).toBe(false);
  });

  it('creates the data file with mode 0600', () => {
    expect(statSync(join(dataDir, 'lockstep.json')).mode & 0o777).toBe(0o600);
  });

  it('picks a fresh random token per start', async () => {
    const d = mkdtempSync(join(tmpdir(), 'lockstep-http-data2-'));
    const other = await startBrowserHost({ dataDir: d, staticDir, version: '0.0.0-test' });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.port).not.toBe(host.port);
    } finally {
      await other.close();
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('static files', () => {
  it('GET / serves index.html with the security headers', async () => {
    const r = await send({ path: '/', noToken: true });
    expect(r.status).toBe(200);
    expect(r.body).toBe(INDEX_HTML);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.headers['content-security-policy']).toContain(CONTENT_SECURITY_POLICY);
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('serves assets with their type, cached as immutable', async () => {
    const r = await send({ path: '/assets/app.js', noToken: true });
    expect(r.status).toBe(200);
    expect(r.body).toBe(APP_JS);
    expect(r.headers['content-type']).toMatch(/^text\/javascript/);
    expect(r.headers['cache-control']).toContain('immutable');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('HEAD answers without a body', async () => {
    const r = await send({ method: 'HEAD', path: '/', noToken: true });
    expect(r.status).toBe(200);
    expect(r.body).toBe('');
  });

  it('an unknown deep path falls back to index.html', async () => {
    for (const path of ['/profile/abc', '/profiles', '/profile/abc?x=1']) {
      const r = await send({ path, noToken: true });
      expect(r.status, path).toBe(200);
      expect(r.body, path).toBe(INDEX_HTML);
    }
  });

  it('a missing file with an extension is 404', async () => {
    const r = await send({ path: '/assets/missing.js', noToken: true });
    expect(r.status).toBe(404);
    expect(r.body).not.toContain(APP_JS);
  });

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/assets/../../../../etc/passwd',
    '/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
    '/..\\..\\etc\\passwd',
    '/etc/passwd%00.js',
    '/%ZZ',
  ])('path traversal %s → 404, never file contents', async (path) => {
    const before = snapshot(dataDir);
    const r = await send({ path, noToken: true });
    expect(r.status).toBe(404);
    expect(r.body).not.toMatch(/root:|TOP-SECRET|Lockstep test index/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('cannot reach a sibling folder of the static root', async () => {
    const name = outside.split(/[\\/]/).at(-1) as string;
    for (const path of [`/../${name}/secret.txt`, `/%2e%2e/${name}/secret.txt`]) {
      const r = await send({ path, noToken: true });
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('TOP-SECRET');
    }
  });

  it('refuses other methods on static paths', async () => {
    const r = await send({ method: 'POST', path: '/', noToken: true });
    expect(r.status).toBe(405);
  });
});

describe('API', () => {
  it('a correct token → 200 and an ok Result', async () => {
    const r = await api('settings:get');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(parse<Settings>(r)).toEqual({ ok: true, value: { language: 'en' } });
  });

  it('app:info reports the browser host and version', async () => {
    const r = parse<{ version: string; host: string; dataDir: string }>(await api('app:info'));
    expect(r).toEqual({ ok: true, value: { version: '0.0.0-test', host: 'browser', dataDir } });
  });

  it('create, list, rename and delete work end to end and reach the disk', async () => {
    const created = parse<Profile>(await api('profiles:create', { name: '  Zoë ', relationship: 'child' }));
    if (!created.ok) throw new Error(created.error.code);
    expect(created.value.name).toBe('Zoë');
    const onDisk = () =>
      (JSON.parse(readFileSync(join(dataDir, 'lockstep.json'), 'utf8')) as { profiles: Profile[] }).profiles;
    expect(onDisk().map((p) => p.name)).toContain('Zoë');
    const renamed = parse<Profile>(await api('profiles:rename', { id: created.value.id, name: 'Zoe' }));
    expect(renamed.ok && renamed.value.name).toBe('Zoe');
    expect(onDisk().find((p) => p.id === created.value.id)?.name).toBe('Zoe');
    expect(parse(await api('profiles:delete', { id: created.value.id }))).toEqual({
      ok: true,
      value: { id: created.value.id },
    });
    expect(onDisk().some((p) => p.id === created.value.id)).toBe(false);
  });

  it('links:open approves only official URLs', async () => {
    expect(parse(await api('links:open', { url: 'https://WWW.irs.gov/' }))).toEqual({
      ok: true,
      value: { url: 'https://www.irs.gov/' },
    });
    const bad = parse(await api('links:open', { url: 'javascript:alert(1)' }));
    expect(bad.ok ? 'ok' : bad.error.code).toBe('not_allowed_url');
  });

  it('an empty body is treated as no input', async () => {
    const r = await send({
      method: 'POST',
      path: '/api/settings:get',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(r.status).toBe(200);
    expect(parse(r).ok).toBe(true);
  });

  it('an invalid payload is a 200 with an invalid_input Result', async () => {
    const before = snapshot(dataDir);
    const r = await api('profiles:create', { name: 'a'.repeat(81), relationship: 'myself' });
    expect(r.status).toBe(200);
    const result = parse(r);
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid_input');
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('an unknown operation → unknown_operation', async () => {
    const result = parse(await api('nope:nope'));
    expect(result.ok ? 'ok' : result.error.code).toBe('unknown_operation');
  });
});

describe('API guards: every rejected request leaves the data dir byte-identical', () => {
  const create = JSON.stringify({ input: { name: 'Mallory', relationship: 'other' } });
  const post = (headers: Record<string, string | number>, extra: Partial<Req> = {}): Req => ({
    method: 'POST',
    path: '/api/profiles:create',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: create,
    ...extra,
  });

  const cases: [string, number, () => Req | Promise<Req>][] = [
    ['no token', 401, () => post({}, { noToken: true })],
    ['wrong token', 401, () => post({ [TOKEN_HEADER]: 'x'.repeat(32) })],
    [
      'token with one character changed',
      401,
      () => post({ [TOKEN_HEADER]: `${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}` }),
    ],
    ['token prefix', 401, () => post({ [TOKEN_HEADER]: host.token.slice(0, 10) })],
    [
      'token in the query string instead of the header',
      401,
      () => post({}, { noToken: true, path: `/api/profiles:create?token=${host.token}` }),
    ],
    ['foreign Host, even with the token', 421, () => post({ Host: `evil.example:${host.port}` })],
    ['foreign Host without a port', 421, () => post({ Host: 'evil.example' })],
    ['loopback Host on another port', 421, async () => post({ Host: `127.0.0.1:${await freePort()}` })],
    ['Host without the port', 421, () => post({ Host: '127.0.0.1' })],
    ['Host 0.0.0.0', 421, () => post({ Host: `0.0.0.0:${host.port}` })],
    ['Host [::1]', 421, () => post({ Host: `[::1]:${host.port}` })],
    ['foreign Origin', 403, () => post({ Origin: 'http://evil.example' })],
    ['null Origin', 403, () => post({ Origin: 'null' })],
    ['https Origin on the same host', 403, () => post({ Origin: `https://127.0.0.1:${host.port}` })],
    ['Origin on another port', 403, () => post({ Origin: `http://127.0.0.1:${host.port + 1}` })],
    ['Sec-Fetch-Site cross-site', 403, () => post({ 'Sec-Fetch-Site': 'cross-site' })],
    ['Sec-Fetch-Site same-site', 403, () => post({ 'Sec-Fetch-Site': 'same-site' })],
    ['GET on an API path', 405, () => ({ method: 'GET', path: '/api/x' })],
    ['GET on a real operation', 405, () => ({ method: 'GET', path: '/api/profiles:list' })],
    ['text/plain body', 415, () => post({ 'Content-Type': 'text/plain' })],
    ['form body', 415, () => post({ 'Content-Type': 'application/x-www-form-urlencoded' }, { body: 'name=Mallory' })],
    ['no content type', 415, () => ({ method: 'POST', path: '/api/profiles:create', body: create })],
    ['invalid JSON', 400, () => post({}, { body: '{"input": {"name": "Mallory",' })],
    ['JSON that is not an object', 400, () => post({}, { body: '[1,2]' })],
    ['JSON null', 400, () => post({}, { body: 'null' })],
    [
      'body over 1 MiB',
      413,
      () =>
        post(
          {},
          { body: JSON.stringify({ input: { name: 'M', relationship: 'other' }, pad: 'x'.repeat(1024 * 1024) }) },
        ),
    ],
  ];

  it.each(cases)('%s → %i', async (_label, status, make) => {
    const before = snapshot(dataDir);
    const r = await send(await make());
    expect(r.status).toBe(status);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(snapshot(dataDir)).toEqual(before);
    expect(r.body).not.toContain('Mallory');
  });

  it.each([
    ['invalid JSON', '{oops', 400],
    ['a JSON array', '[]', 400],
    ['over 1 MiB', 'x'.repeat(1024 * 1024 + 1), 413],
  ] as const)('%s answers with a failed Result, not a bare text', async (_l, body, status) => {
    const r = await send(post({}, { body }));
    expect(r.status).toBe(status);
    const result = parse(r);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad_request');
      expect(result.error).not.toHaveProperty('message');
    }
  });

  it('a body far over the limit is still answered with 413, and the host keeps serving', async () => {
    const r = await send(post({}, { body: Buffer.alloc(8 * 1024 * 1024, 0x61) }));
    expect(r.status).toBe(413);
    expect((await api('settings:get')).status).toBe(200);
  });

  it('malformed percent-encoding in the operation name fails cleanly, and the host keeps serving', async () => {
    const before = snapshot(dataDir);
    const r = await send(post({}, { path: '/api/%E0%A4%A' }));
    expect(r.status).toBe(400);
    expect(parse(r).ok).toBe(false);
    expect(snapshot(dataDir)).toEqual(before);
    expect((await api('settings:get')).status).toBe(200);
  });

  it('401 answers carry a Result and no data', async () => {
    const r = await send({
      method: 'POST',
      path: '/api/profiles:list',
      headers: { 'Content-Type': 'application/json' },
      noToken: true,
    });
    expect(r.status).toBe(401);
    const result = parse(r);
    expect(result.ok ? 'ok' : result.error.code).toBe('forbidden');
  });

  it('421 and 403 also guard static files', async () => {
    expect((await send({ path: '/', noToken: true, headers: { Host: `evil.example:${host.port}` } })).status).toBe(421);
    expect((await send({ path: '/', noToken: true, headers: { Origin: 'http://evil.example' } })).status).toBe(403);
  });

  it.each([
    ['Host localhost:PORT', () => ({ Host: `localhost:${host.port}` })],
    ['Origin http://localhost:PORT', () => ({ Origin: `http://localhost:${host.port}` })],
    ['Origin http://127.0.0.1:PORT', () => ({ Origin: `http://127.0.0.1:${host.port}` })],
    ['Sec-Fetch-Site same-origin', () => ({ 'Sec-Fetch-Site': 'same-origin' })],
    ['Sec-Fetch-Site none', () => ({ 'Sec-Fetch-Site': 'none' })],
  ])('allows %s', async (_l, headers) => {
    const r = await send({
      method: 'POST',
      path: '/api/settings:get',
      headers: { 'Content-Type': 'application/json', ...headers() },
    });
    expect(r.status).toBe(200);
    expect(parse(r).ok).toBe(true);
  });

  it('accepts a JSON content type with a charset', async () => {
    const r = await send({
      method: 'POST',
      path: '/api/settings:get',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(r.status).toBe(200);
  });
});

describe('close', () => {
  it('resolves and the port stops accepting connections', async () => {
    const d = mkdtempSync(join(tmpdir(), 'lockstep-http-close-'));
    const h = await startBrowserHost({ dataDir: d, staticDir, version: '0.0.0-test' });
    try {
      expect(await canConnect('127.0.0.1', h.port)).toBe(true);
      // An open keep-alive connection must not hold close() up.
      const idle = connect({ host: '127.0.0.1', port: h.port });
      await new Promise((r) => idle.once('connect', r));
      await expect(h.close()).resolves.toBeUndefined();
      expect(await canConnect('127.0.0.1', h.port)).toBe(false);
      idle.destroy();
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('a busy port makes startBrowserHost reject with EADDRINUSE', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    const d = mkdtempSync(join(tmpdir(), 'lockstep-http-busy-'));
    try {
      await expect(startBrowserHost({ dataDir: d, staticDir, version: '0.0.0-test', port })).rejects.toMatchObject({
        code: 'EADDRINUSE',
      });
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()));
      rmSync(d, { recursive: true, force: true });
    }
  });
});
