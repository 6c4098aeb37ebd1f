import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

/** The CLI as a user runs it (`npm run serve`); no browser is needed for these. */
const SERVE = join(process.cwd(), 'scripts', 'serve.mjs');
const VERSION = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;
const READY = /^ready (http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+))$/;

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(args: string[]): Run {
  const child = spawn(process.execPath, [SERVE, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function waitForReady(r: Run, timeoutMs = 15_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = r.stdout().split('\n')[0] ?? '';
    if (r.stdout().includes('\n')) {
      const match = READY.exec(line);
      if (!match) throw new Error(`unexpected first stdout line: ${JSON.stringify(line)}`);
      return match;
    }
    if (r.child.exitCode !== null) throw new Error(`host exited ${r.child.exitCode}: ${r.stderr()}`);
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error(`host did not print ready: ${r.stderr()}`);
}

/** Exit info, or 'timeout' if the process is still alive after `ms`. */
const exitWithin = (r: Run, ms: number) =>
  Promise.race([r.exited, new Promise<'timeout'>((res) => setTimeout(() => res('timeout'), ms))]);

const dirs: string[] = [];
const children: ChildProcess[] = [];
const newDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'lockstep-cli-'));
  dirs.push(d);
  return d;
};
const start = (args: string[]) => {
  const r = run(args);
  children.push(r.child);
  return r;
};

test.afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

test('prints exactly one stdout line, `ready <url>`, and serves the app there', async () => {
  const r = start(['--no-open', '--data-dir', newDir()]);
  const [, url, port, token] = await waitForReady(r);

  const page = await fetch(url as string);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  const info = await fetch(`http://127.0.0.1:${port}/api/app:info`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Lockstep-Token': token as string },
    body: '{}',
  });
  expect(await info.json()).toMatchObject({ ok: true, value: { version: VERSION, host: 'browser' } });

  r.child.kill('SIGTERM');
  await r.exited;
  expect(r.stdout()).toBe(`ready ${url}\n`);
  // The human-facing notes go to stderr, never to stdout.
  expect(r.stderr()).toContain('browser mode');
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`${signal} stops the host with exit code 0 within 5 s and frees the port`, async () => {
    const r = start(['--no-open', '--data-dir', newDir()]);
    const [, , port] = await waitForReady(r);
    r.child.kill(signal);
    const result = await exitWithin(r, 5_000);
    expect(result).toEqual({ code: 0, signal: null });
    const stillListening = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    expect(stillListening).toBe(false);
  });
}

test('--port abc exits with code 2 and one clear stderr line, no stack trace', async () => {
  const r = start(['--no-open', '--port', 'abc']);
  const result = await exitWithin(r, 15_000);
  expect(result).toEqual({ code: 2, signal: null });
  expect(r.stdout()).toBe('');
  const lines = r
    .stderr()
    .split('\n')
    .filter((l) => l.trim() !== '' && !/building it first/.test(l));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/--port must be a number/);
  expect(lines[0]).toContain('"abc"');
  expect(lines[0]).toContain('Usage:');
  expect(r.stderr()).not.toMatch(/\n\s+at |Error:/);
});

test('an unknown flag exits with code 2 and the usage', async () => {
  const r = start(['--no-open', '--frobnicate']);
  expect(await exitWithin(r, 15_000)).toEqual({ code: 2, signal: null });
  expect(r.stderr()).toMatch(/Unknown option "--frobnicate".*Usage:/);
  expect(r.stderr()).not.toMatch(/\n\s+at /);
});

test('a busy --port exits non-zero with a clear "already in use" message', async () => {
  const blocker = createServer();
  await new Promise<void>((res) => blocker.listen(0, '127.0.0.1', res));
  const port = (blocker.address() as { port: number }).port;
  try {
    const r = start(['--no-open', '--data-dir', newDir(), '--port', String(port)]);
    const result = await exitWithin(r, 15_000);
    expect(result).not.toBe('timeout');
    if (result === 'timeout') return;
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(r.stderr()).toMatch(/already in use/);
    expect(r.stderr()).not.toMatch(/\n\s+at /);
    expect(r.stdout()).toBe('');
  } finally {
    await new Promise<void>((res) => blocker.close(() => res()));
  }
});

test('a --data-dir that does not exist yet is created, with lockstep.json at mode 0600', async () => {
  const dataDir = join(newDir(), 'not', 'there', 'yet');
  expect(existsSync(dataDir)).toBe(false);
  const r = start(['--no-open', '--data-dir', dataDir]);
  await waitForReady(r);
  const file = join(dataDir, 'lockstep.json');
  expect(statSync(dataDir).isDirectory()).toBe(true);
  expect(statSync(dataDir).mode & 0o077).toBe(0);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: 3, profiles: [] });
  r.child.kill('SIGTERM');
  expect(await exitWithin(r, 5_000)).toEqual({ code: 0, signal: null });
});

test('a corrupt data file does not stop the host: it is kept aside, unchanged, and the host starts', async () => {
  const dataDir = newDir();
  const file = join(dataDir, 'lockstep.json');
  const garbage = '{"schemaVersion": 1, "settings": nope';
  const fs = await import('node:fs');
  fs.writeFileSync(file, garbage, { mode: 0o600 });
  const r = start(['--no-open', '--data-dir', dataDir]);
  await waitForReady(r);
  const kept = fs.readdirSync(dataDir).filter((f) => f.startsWith('lockstep.json.corrupt-'));
  expect(kept).toHaveLength(1);
  expect(readFileSync(join(dataDir, kept[0] as string), 'utf8')).toBe(garbage);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: 3, profiles: [] });
  r.child.kill('SIGTERM');
  expect(await exitWithin(r, 5_000)).toEqual({ code: 0, signal: null });
});
