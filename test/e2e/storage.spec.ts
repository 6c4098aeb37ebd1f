import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, createProfile, startHost } from './host';

const dataFile = (dir: string) => join(dir, 'lockstep.json');

test('a damaged data file is moved aside, the newest backup restored, and the user told', async ({
  page,
  host,
  restart,
}) => {
  await openApp(page, host);
  await createProfile(page, 'Olga');
  // A restart makes the launch backup that holds Olga.
  let again = await restart();
  await openApp(page, again);
  await expect(page.getByRole('button', { name: 'Open the plan for Olga' })).toBeVisible();
  await again.stop();

  const garbage = '{"schemaVersion": 2, "profiles": [ {"id": tru';
  writeFileSync(dataFile(host.dataDir), garbage);
  again = await restart();
  await openApp(page, again);
  const notice = page.getByRole('alert').filter({ hasText: 'restored the backup from' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('.corrupt-');
  await expect(page.getByRole('button', { name: 'Open the plan for Olga' })).toBeVisible();

  const corrupt = readdirSync(host.dataDir).filter((f) => f.startsWith('lockstep.json.corrupt-'));
  expect(corrupt).toHaveLength(1);
  expect(readFileSync(join(host.dataDir, corrupt[0]!), 'utf8')).toBe(garbage);
  await page.getByRole('button', { name: 'OK, I understand' }).click();
  await expect(notice).toBeHidden();
});

test('with no usable backup Lockstep starts empty, keeps the damaged file and says where', async ({
  page,
  host,
  restart,
}) => {
  await host.stop();
  writeFileSync(dataFile(host.dataDir), Buffer.from([0, 0, 0, 0xff, 0xfe, 0x00]));
  const again = await restart();
  await openApp(page, again);
  await expect(page.getByRole('alert').filter({ hasText: 'started empty' })).toContainText(
    join(host.dataDir, 'lockstep.json.corrupt-'),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Lockstep' })).toBeVisible();
});

test('a backup can be restored from Settings, and the restore itself can be undone', async ({
  page,
  host,
  restart,
}) => {
  await openApp(page, host);
  await createProfile(page, 'First');
  const again = await restart();
  await openApp(page, again);
  await createProfile(page, 'Second');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  // The launch backup holds one profile.
  const launch = page.locator('.step-row', { hasText: '1 profile,' }).first();
  await launch.getByRole('button', { name: /Restore the backup from/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, restore it' }).click();
  await expect(page.getByRole('status')).toContainText('restored');
  // A safety backup of the state before the restore (two profiles) is now listed.
  await expect(page.locator('.step-row', { hasText: '2 profiles,' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'People' }).click();
  await expect(page.getByRole('button', { name: 'Open the plan for First' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the plan for Second' })).toHaveCount(0);
  const onDisk = JSON.parse(readFileSync(dataFile(again.dataDir), 'utf8')) as { profiles: { name: string }[] };
  expect(onDisk.profiles.map((p) => p.name)).toEqual(['First']);
});

test('a file from a newer version is shown read-only and never overwritten', async ({ page, host, restart }) => {
  await host.stop();
  const newer = JSON.stringify({ schemaVersion: 99, settings: { language: 'en' }, profiles: [], future: true });
  writeFileSync(dataFile(host.dataDir), newer);
  const again = await restart();
  await openApp(page, again);
  await expect(page.getByRole('alert').filter({ hasText: 'newer version of Lockstep' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Nope');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'will not change it' }).last()).toBeVisible();
  expect(readFileSync(dataFile(host.dataDir), 'utf8')).toBe(newer);
});

test('one writer per data folder: a second host on the same folder is refused', async ({ host }) => {
  const second = spawnSync(process.execPath, ['scripts/serve.mjs', '--no-open', '--data-dir', host.dataDir], {
    encoding: 'utf8',
    timeout: 15_000,
  });
  expect(second.status).toBe(3);
  expect(second.stderr).toContain('already running with this data folder');
  expect(second.stdout).not.toContain('ready');
  // After the first host stops cleanly, the folder is free again.
  await host.stop();
  const third = await startHost(host.dataDir);
  await third.stop();
});

test('the recovery notice passes axe in both languages and both themes', async ({ page, host, restart }) => {
  await openApp(page, host);
  await createProfile(page, 'Axe');
  let again = await restart();
  await again.stop();
  writeFileSync(dataFile(host.dataDir), 'not json');
  again = await restart();
  const { expectNoAxeViolations } = await import('./a11y');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await openApp(page, again);
    await expect(page.locator('.alert--startup')).toBeVisible();
    await expectNoAxeViolations(page, `startup notice (en, ${colorScheme})`);
  }
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('.alert--startup')).toContainText('restauró la copia');
  await expectNoAxeViolations(page, 'startup notice (es)');
});
