import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { OPERATION_NAMES, methodName } from '../../electron/shared/contract/names';

const root = process.cwd();

/** The wrapper passes the binary it found; run directly, ask the same finder (it never downloads). */
async function electronBinary(): Promise<string | null> {
  if (process.env.LOCKSTEP_ELECTRON_BINARY) return process.env.LOCKSTEP_ELECTRON_BINARY;
  const finder = pathToFileURL(join(root, 'scripts', 'electron-binary.mjs')).href;
  const { findElectronBinary } = (await import(finder)) as { findElectronBinary: () => string | null };
  return findElectronBinary();
}

let executablePath: string | null = null;
let userDataDir: string | undefined;
// Closed after each test even when it fails half-way, so no Electron process outlives its test.
let launched: ElectronApplication[] = [];

test.beforeAll(async () => {
  executablePath = await electronBinary();
  if (!executablePath) console.warn('Skipping the _electron suite: no Electron binary on this machine.');
});

test.beforeEach(() => {
  test.skip(!executablePath, 'No Electron binary on this machine');
  userDataDir = mkdtempSync(join(tmpdir(), 'lockstep-electron-'));
});

test.afterEach(async () => {
  await Promise.all(launched.map((app) => app.close().catch(() => undefined)));
  launched = [];
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  userDataDir = undefined;
});

async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  if (!executablePath || !userDataDir) throw new Error('launch() runs only after the skip check');
  const app = await electron.launch({
    executablePath,
    // Chromium refuses to start as root without --no-sandbox (CI containers); the renderer's
    // contextIsolation and Node-free preload world still apply.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
    env: { ...process.env, LOCKSTEP_USER_DATA_DIR: userDataDir, ELECTRON_ENABLE_LOGGING: '1' },
  });
  launched.push(app);
  app.once('close', () => (launched = launched.filter((other) => other !== app)));
  const page = await app.firstWindow();
  await expect(page.locator('h1')).toBeVisible();
  return { app, page };
}

test('the window opens on app://lockstep, and a profile created in it survives a relaunch', async () => {
  const first = await launch();
  expect(first.page.url()).toMatch(/^app:\/\/lockstep\//);
  await expect(first.page.getByRole('heading', { level: 1, name: 'Welcome to Lockstep' })).toBeVisible();

  await first.page.getByLabel('Name', { exact: true }).fill('Ana María');
  await first.page.getByRole('radio', { name: 'My parent' }).check();
  await first.page.getByRole('button', { name: 'Create profile' }).click();
  await expect(first.page.getByRole('heading', { level: 1, name: 'Ana María' })).toBeVisible();
  await first.app.close();

  const second = await launch();
  await expect(second.page.getByRole('heading', { level: 1, name: 'Who are we protecting?' })).toBeVisible();
  await expect(second.page.getByRole('button', { name: 'Open the plan for Ana María' })).toBeVisible();
  await second.app.close();
});

test('window.lockstep has only the named methods, and the page has no Node', async () => {
  const { app, page } = await launch();
  const seen = await page.evaluate(() => {
    // The renderer's own Window typing lives in renderer/src; this project sees only the DOM's.
    const lockstep = (window as unknown as { lockstep?: Record<string, unknown> }).lockstep;
    return {
      keys: lockstep ? Object.keys(lockstep).sort() : null,
      allFunctions: lockstep ? Object.values(lockstep).every((v) => typeof v === 'function') : false,
      hasRequire: 'require' in window,
      hasProcess: 'process' in window,
    };
  });
  expect(seen.keys).toEqual(OPERATION_NAMES.map((op) => methodName(op)).sort());
  expect(seen.allFunctions).toBe(true);
  expect(seen.hasRequire).toBe(false);
  expect(seen.hasProcess).toBe(false);

  const info = await page.evaluate(async () => {
    const lockstep = (window as unknown as { lockstep: { appInfo: () => Promise<unknown> } }).lockstep;
    return lockstep.appInfo();
  });
  expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
  await app.close();
});

test('navigating away and opening new windows are blocked', async () => {
  const { app, page } = await launch();
  const before = page.url();

  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  // A blocked navigation leaves no event to wait for; give it time to have happened if it were allowed.
  await page.waitForTimeout(1_000);
  expect(page.url()).toBe(before);
  await expect(page.locator('h1')).toBeVisible();

  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
  await app.close();
});
