import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

const SERVE = join(process.cwd(), 'scripts', 'serve.mjs');

export interface RunningHost {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts browser mode as a user would (`npm run serve`), on a temp data dir, and waits for `ready`. */
export async function startHost(
  dataDir: string,
  extraArgs: string[] = [],
  env: Record<string, string> = {},
): Promise<RunningHost> {
  const child = spawn(process.execPath, [SERVE, '--no-open', '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not print ready: ${stderr}`)), 15_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /^ready (\S+)$/m.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`host exited ${code}: ${stderr}`)));
  });
  return {
    url,
    dataDir,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const newDataDir = () => mkdtempSync(join(tmpdir(), 'lockstep-e2e-'));

/** A host per test, on its own data dir; `restart()` stops it and starts a new one on the same dir. */
export const test = base.extend<{ host: RunningHost; restart: () => Promise<RunningHost> }>({
  // Playwright reads the fixture's dependencies from this destructuring pattern, even when empty.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost(newDataDir());
    current = host;
    await use(host);
    await current.stop();
    rmSync(host.dataDir, { recursive: true, force: true });
  },
  restart: async ({ host }, use) => {
    await use(async () => {
      await current.stop();
      current = await startHost(host.dataDir);
      return current;
    });
  },
});
let current: RunningHost;

export { expect };

export async function openApp(page: Page, host: RunningHost) {
  await page.goto(host.url);
  await expect(page.locator('h1')).toBeVisible();
}

export async function createProfile(page: Page, name: string, relationship: RegExp | string = 'Myself') {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('radio', { name: relationship }).check();
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Every file under the data dir with its bytes (recursively), leaving out the host's pid lock. */
export function snapshotDir(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (name === 'lockstep.lock') continue;
    if (statSync(full).isDirectory()) Object.assign(out, snapshotDir(full, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = readFileSync(full).toString('base64');
  }
  return out;
}
