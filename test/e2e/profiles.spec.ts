import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, createProfile, snapshotDir } from './host';

const dataFile = (dir: string) => join(dir, 'lockstep.json');
const stored = (dir: string) =>
  JSON.parse(readFileSync(dataFile(dir), 'utf8')) as {
    profiles: { name: string; relationship: string }[];
    settings: { language: string };
  };

test('create, rename and delete profiles; they survive a restart and sit on disk with mode 0600', async ({
  page,
  host,
  restart,
}) => {
  await openApp(page, host);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Lockstep' })).toBeVisible();

  await createProfile(page, 'Ana María', 'My parent');
  await expect(page.getByText('Relationship: My parent')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Profile for Ana María created.');
  await page.getByRole('button', { name: 'Back to all profiles' }).click();
  await createProfile(page, '李小龍', 'Myself');

  expect(
    stored(host.dataDir)
      .profiles.map((p) => p.name)
      .sort(),
  ).toEqual(['Ana María', '李小龍'].sort());
  expect(statSync(dataFile(host.dataDir)).mode & 0o777).toBe(0o600);

  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name').fill('  Bruce  ');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bruce' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Name saved.');

  const again = await restart();
  await openApp(page, again);
  await expect(page.getByRole('heading', { level: 1, name: 'Who are we protecting?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the plan for Ana María' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the plan for Bruce' })).toBeVisible();

  // Delete asks first; cancelling keeps the profile.
  await page.getByRole('button', { name: 'Open the plan for Bruce' }).click();
  await page.getByRole('button', { name: 'Delete profile' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the profile for Bruce?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(stored(again.dataDir).profiles).toHaveLength(2);

  await page.getByRole('button', { name: 'Delete profile' }).click();
  await dialog.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('status')).toHaveText('Profile for Bruce deleted.');
  await expect(page.getByRole('button', { name: 'Open the plan for Bruce' })).toHaveCount(0);
  expect(stored(again.dataDir).profiles.map((p) => p.name)).toEqual(['Ana María']);
});

test('bad names get a clear message and nothing is written', async ({ page, host }) => {
  await openApp(page, host);
  const before = snapshotDir(host.dataDir);

  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByText('Enter a name.')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Name', { exact: true }).fill('x'.repeat(81));
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByText('Use 80 characters or fewer.')).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('   ');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByText('Enter a name.')).toBeVisible();

  expect(snapshotDir(host.dataDir)).toEqual(before);
});

test('the API rejects malformed input with a typed error and writes nothing', async ({ page, host }) => {
  await openApp(page, host);
  const before = readFileSync(dataFile(host.dataDir), 'utf8');
  const results = await page.evaluate(async () => {
    const token = sessionStorage.getItem('lockstep.token') ?? '';
    const post = async (op: string, input: unknown) => {
      const res = await fetch(`/api/${op}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-lockstep-token': token },
        body: JSON.stringify({ input }),
      });
      return (await res.json()) as { ok: boolean; error?: { code: string; params: unknown; issues?: unknown[] } };
    };
    return [
      await post('profiles:create', { name: '', relationship: 'myself' }),
      await post('profiles:create', { name: 'x'.repeat(81), relationship: 'myself' }),
      await post('profiles:create', { name: 42, relationship: 'myself' }),
      await post('profiles:create', { name: 'Ok', relationship: 'boss' }),
      await post('profiles:create', { name: 'Ok', relationship: 'myself', ssn: '123-45-6789' }),
      await post('profiles:rename', { id: 'does-not-exist', name: 'New' }),
      await post('profiles:explode', {}),
    ];
  });
  expect(results.map((r) => r.ok)).toEqual([false, false, false, false, false, false, false]);
  expect(results.map((r) => r.error?.code)).toEqual([
    'invalid_input',
    'invalid_input',
    'invalid_input',
    'invalid_input',
    'invalid_input',
    'profile_not_found',
    'unknown_operation',
  ]);
  // A code and the field it is about; the page words it (errors-es.spec.ts shows the Spanish).
  expect(results[0]?.error?.params).toEqual({ fields: 'name' });
  expect(results[1]?.error?.params).toEqual({ fields: 'name' });
  expect(readFileSync(dataFile(host.dataDir), 'utf8')).toBe(before);
});

test('Spanish is a full language: the switch sets lang, translates, and survives a restart', async ({
  page,
  host,
  restart,
}) => {
  await openApp(page, host);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Le damos la bienvenida a Lockstep' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  expect(stored(host.dataDir).settings.language).toBe('es');

  await page.getByLabel('Nombre', { exact: true }).fill('Lucía');
  await page.getByRole('radio', { name: 'Mi hijo o hija' }).check();
  await page.getByRole('button', { name: 'Crear perfil' }).click();
  await expect(page.getByText('Relación: Mi hijo o hija')).toBeVisible();

  const again = await restart();
  await openApp(page, again);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: 'Abrir el plan de Lucía' })).toBeVisible();
});

test('deep links and the back button work', async ({ page, host }) => {
  await openApp(page, host);
  await createProfile(page, 'Sam');
  const url = page.url();
  expect(url).toMatch(/#\/profile\/[a-z0-9-]+$/);
  expect(url).not.toContain('token');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Who are we protecting?' })).toBeVisible();
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Sam' })).toBeVisible();
});

/** Records a step's status through the host's API, as the step page does. */
async function setStatus(page: Page, profileId: string, stepId: string, status: 'done' | 'in_progress') {
  const ok = await page.evaluate(
    async (input) => {
      const r = await fetch('/api/checklist:update', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'x-lockstep-token': sessionStorage.getItem('lockstep.token') ?? '',
        },
        body: JSON.stringify({ input }),
      });
      return ((await r.json()) as { ok: boolean }).ok;
    },
    { profileId, stepId, change: { kind: 'status', status } },
  );
  expect(ok).toBe(true);
}

test('the family overview: the host counts each line, in English and Spanish; the list loads no catalog', async ({
  page: setup,
  host,
  browser,
}) => {
  test.setTimeout(120_000);
  let page = setup;
  await openApp(page, host);
  await createProfile(page, 'Maria', 'Myself');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
  await expect(page.getByRole('button', { name: 'Open step: Freeze your credit at Equifax' })).toBeVisible();
  const total = Number(/of (\d+) steps done/.exec((await page.locator('.progress__text').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(2);
  // One step done and one started, as the step page would record them.
  const profileId = /#\/profile\/([a-z0-9-]+)/.exec(page.url())![1]!;
  await setStatus(page, profileId, 'freeze-equifax', 'done');
  await setStatus(page, profileId, 'freeze-experian', 'in_progress');
  await page.getByRole('button', { name: 'Back to all profiles' }).click();
  await createProfile(page, 'Ana', 'My parent');

  // A fresh start on the list (empty cache): every script it loads, until the network rests, lacks the catalog.
  const context = await browser.newContext();
  page = await context.newPage();
  const scripts: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.text());
  });
  await page.goto(host.url);
  const card = (name: string) =>
    page
      .locator('.profile-card')
      .filter({ has: page.locator('.profile-card__name', { hasText: new RegExp(`^${name}$`) }) });
  const maria = card('Maria');
  await expect(maria).toContainText(`1 of ${total} steps done · 1 in progress`);
  // A started step comes before one still to do.
  await expect(maria).toContainText('Next step (Do these first): Freeze your credit at Experian');
  await expect(card('Ana')).toContainText('No plan yet: answer the questions to get one.');
  await page.waitForLoadState('networkidle');
  const code = await Promise.all(scripts);
  expect(code.length).toBeGreaterThan(0);
  for (const text of code) expect(text).not.toContain('Freeze your credit at');

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(maria).toContainText(`1 de ${total} pasos hechos · 1 en curso`);
  await expect(maria).toContainText('Siguiente paso (Haga esto primero): Congele su crédito en Experian');
  await expect(card('Ana')).toContainText('Todavía no hay plan');

  // The person's page still opens with their plan, and its change shows on the way back.
  await page.getByRole('button', { name: 'Abrir el plan de Maria' }).click();
  await expect(page.getByRole('button', { name: /Congele su crédito en Experian/ }).first()).toBeVisible();
  await setStatus(page, profileId, 'freeze-transunion', 'in_progress');
  await page.getByRole('button', { name: /^Personas$/ }).click();
  await expect(maria).toContainText(`1 de ${total} pasos hechos · 2 en curso`);
  await context.close();
});
