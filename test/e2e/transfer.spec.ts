import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, createProfile, startHost, newDataDir, type RunningHost } from './host';

const PASS = 'correct horse battery';
const FILE_PASS = 'helper file phrase';
const PIN = 'EXP-55-PIN-8812';
const NOTE = 'Called Experian, spoke to Dana';
/** scrypt (N=2^17) on a busy 2-core machine: the vault and file keys take seconds, not milliseconds. */
const SCRYPT = { timeout: 30_000 };

/** Through the UI: two profiles, a step done, a vault record, then an export file saved to disk. */
async function makeExport(page: Page, host: RunningHost): Promise<string> {
  await openApp(page, host);
  await createProfile(page, 'Abuela', 'My parent');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
  await page.getByRole('button', { name: 'Open step: Freeze your credit at Experian' }).click();
  await page.getByLabel('Note for this step').fill(NOTE);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('status')).toHaveText('Note saved.');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  // Taken on to the next step; back to Experian to keep its PIN.
  await expect(page.locator('.landed [role="status"]')).toContainText('Freeze your credit at Experian: marked done.');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Freeze your credit at Experian' })).toBeVisible();
  await page.getByRole('button', { name: 'Create a vault to save it' }).first().click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Passphrase again', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Create the vault' }).click();
  await expect(page.getByRole('status')).toHaveText('Vault created and unlocked.', SCRYPT);
  await page.goBack();
  await page.getByLabel('Save the freeze PIN or password in the vault').fill(PIN);
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(page.getByText('Freeze PIN or password saved ✓')).toBeVisible();
  await page.getByRole('button', { name: 'People' }).click();
  await createProfile(page, 'Nieto', 'My child');

  await page.getByRole('button', { name: 'Settings' }).click();
  const exportForm = page.locator('form', { hasText: 'Export for a helper' });
  await exportForm.getByLabel('Passphrase for the file', { exact: true }).fill(FILE_PASS);
  // One typo would make the file unreadable: the second field catches it.
  await exportForm.getByLabel('Passphrase for the file again', { exact: true }).fill(`${FILE_PASS}x`);
  await exportForm.getByRole('button', { name: 'Make the export file' }).click();
  await expect(exportForm.getByText('The two passphrases are not the same.')).toBeVisible();
  await exportForm.getByLabel('Passphrase for the file again', { exact: true }).fill(FILE_PASS);
  const download = page.waitForEvent('download');
  await exportForm.getByRole('button', { name: 'Make the export file' }).click();
  const file = await download;
  const path = join(newDataDir(), file.suggestedFilename());
  await file.saveAs(path);
  const content = readFileSync(path, 'utf8');
  expect(content).not.toContain(PIN);
  expect(content).not.toContain('Abuela');
  expect(content).not.toContain(NOTE);
  return path;
}

async function expectImported(page: Page) {
  await page.getByRole('button', { name: 'Vault', exact: true }).click();
  await page.getByRole('button', { name: /Reveal the freeze PIN or password/ }).click();
  await expect(page.getByText(PIN)).toBeVisible();
  await page.getByRole('button', { name: 'People' }).click();
  await expect(page.getByRole('button', { name: 'Open the plan for Nieto' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the plan for Abuela' }).click();
  await expect(page.locator('.step-row', { hasText: 'Freeze your credit at Experian' }).locator('.badge')).toHaveText(
    'Done',
  );
  await page.getByRole('button', { name: 'Open step: Freeze your credit at Experian' }).click();
  await expect(page.getByLabel('Note for this step')).toHaveValue(NOTE);
}

test('export two profiles with a vault record, import them where a vault exists, and nothing is lost', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const path = await makeExport(page, host);
  const helper = await startHost(newDataDir());
  try {
    await openApp(page, helper);
    await page.getByRole('button', { name: 'Vault', exact: true }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('helper vault phrase');
    await page.getByLabel('Passphrase again', { exact: true }).fill('helper vault phrase');
    await page.getByRole('button', { name: 'Create the vault' }).click();
    await expect(page.getByRole('status')).toHaveText('Vault created and unlocked.', SCRYPT);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Export file').setInputFiles(path);
    const importForm = page.locator('form', { hasText: 'Import from a helper' });
    await importForm.getByLabel('Passphrase for the file', { exact: true }).fill('wrong phrase here');
    await importForm.getByRole('button', { name: 'Check the file' }).click();
    await expect(importForm.getByText("That is not this file's passphrase")).toBeVisible(SCRYPT);
    const before = readFileSync(join(helper.dataDir, 'lockstep.json'), 'utf8');
    await importForm.getByLabel('Passphrase for the file', { exact: true }).fill(FILE_PASS);
    await importForm.getByRole('button', { name: 'Check the file' }).click();
    await expect(importForm.getByText('add the profile Abuela')).toBeVisible(SCRYPT);
    await expect(importForm.getByText('add the profile Nieto')).toBeVisible();
    await expect(importForm.getByText('add 1 vault record')).toBeVisible();
    // Preview writes nothing.
    expect(readFileSync(join(helper.dataDir, 'lockstep.json'), 'utf8')).toBe(before);
    await importForm.getByRole('button', { name: 'Import now' }).click();
    await expect(page.getByRole('status')).toHaveText('Imported: 2 added, 0 replaced.', SCRYPT);
    await expectImported(page);
  } finally {
    await helper.stop();
  }
});

test('import into a fresh data folder creates the vault in the same flow, and a restart keeps everything', async ({
  page,
  host,
}) => {
  test.setTimeout(150_000);
  const path = await makeExport(page, host);
  const dir = newDataDir();
  let helper = await startHost(dir);
  try {
    await openApp(page, helper);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Export file').setInputFiles(path);
    const importForm = page.locator('form', { hasText: 'Import from a helper' });
    await importForm.getByLabel('Passphrase for the file', { exact: true }).fill(FILE_PASS);
    await importForm.getByRole('button', { name: 'Check the file' }).click();
    await expect(importForm.getByText('this computer has no vault yet')).toBeVisible(SCRYPT);
    const newPass = importForm.getByLabel('Passphrase for the new vault', { exact: true });
    const newAgain = importForm.getByLabel('Passphrase for the new vault again', { exact: true });
    await newPass.fill('my own vault phrase');
    await newAgain.fill('my own vault phrase!');
    await importForm.getByRole('button', { name: 'Create the vault and import' }).click();
    // The refusal sits under the field that is wrong, and nothing was written.
    await expect(newAgain).toHaveAccessibleDescription('The two passphrases are not the same.');
    expect(existsSync(join(dir, 'vault.json'))).toBe(false);
    await newAgain.fill('my own vault phrase');
    await importForm.getByRole('button', { name: 'Create the vault and import' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Vault created and unlocked. Imported: 2 added, 0 replaced.',
      SCRYPT,
    );

    // On disk: both files, no journal or copies left, the vault private and with no secret in clear.
    const files = readdirSync(dir);
    expect(files).toEqual(expect.arrayContaining(['vault.json', 'lockstep.json']));
    expect(files.filter((f) => f === 'import-journal.json' || f.startsWith('.import-old-'))).toEqual([]);
    expect(statSync(join(dir, 'vault.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'vault.json'), 'utf8')).not.toContain(PIN);
    expect(readFileSync(join(dir, 'lockstep.json'), 'utf8')).toContain('Abuela');
    await expectImported(page);

    // A restart: the vault is locked, opens with the new passphrase, and everything is there.
    await helper.stop();
    helper = await startHost(dir);
    await openApp(page, helper);
    await page.getByRole('button', { name: 'Vault', exact: true }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('my own vault phrase');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Vault unlocked.', SCRYPT);
    await expectImported(page);
  } finally {
    await helper.stop();
  }
});
