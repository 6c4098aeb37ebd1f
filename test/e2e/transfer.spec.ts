import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, createProfile, startHost, newDataDir } from './host';

const PASS = 'correct horse battery';
const FILE_PASS = 'helper file phrase';

test('export two profiles with a vault record, import them into a fresh data folder, and nothing is lost', async ({
  page,
  host,
}) => {
  await openApp(page, host);
  await createProfile(page, 'Abuela', 'My parent');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
  await page.getByRole('button', { name: 'Open step: Freeze your credit at Experian' }).click();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByRole('status')).toHaveText('Marked as done.');
  await page.getByRole('button', { name: 'Create a vault to save it' }).first().click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Passphrase again', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Create the vault' }).click();
  await expect(page.getByRole('status')).toHaveText('Vault created and unlocked.');
  await page.goBack();
  await page.getByLabel('Save the Freeze PIN or password in the vault').fill('EXP-55-PIN-8812');
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(page.getByText('Freeze PIN or password saved ✓')).toBeVisible();
  await page.getByRole('button', { name: 'People' }).click();
  await createProfile(page, 'Nieto', 'My child');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Passphrase for the file', { exact: true }).first().fill(FILE_PASS);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make the export file' }).click();
  const file = await download;
  const path = join(newDataDir(), file.suggestedFilename());
  await file.saveAs(path);
  const content = readFileSync(path, 'utf8');
  expect(content).not.toContain('EXP-55-PIN-8812');
  expect(content).not.toContain('Abuela');

  // A fresh computer: the helper's own Lockstep.
  const helper = await startHost(newDataDir());
  try {
    await openApp(page, helper);
    await page.getByRole('button', { name: 'Vault', exact: true }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('helper vault phrase');
    await page.getByLabel('Passphrase again', { exact: true }).fill('helper vault phrase');
    await page.getByRole('button', { name: 'Create the vault' }).click();
    await expect(page.getByRole('status')).toHaveText('Vault created and unlocked.');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Export file').setInputFiles(path);
    const importForm = page.locator('form', { hasText: 'Import from a helper' });
    await importForm.getByLabel('Passphrase for the file', { exact: true }).fill('wrong phrase here');
    await importForm.getByRole('button', { name: 'Check the file' }).click();
    await expect(importForm.getByText('That passphrase does not open this file')).toBeVisible();
    const before = readFileSync(join(helper.dataDir, 'lockstep.json'), 'utf8');
    await importForm.getByLabel('Passphrase for the file', { exact: true }).fill(FILE_PASS);
    await importForm.getByRole('button', { name: 'Check the file' }).click();
    await expect(importForm.getByText('add the profile Abuela')).toBeVisible();
    await expect(importForm.getByText('add the profile Nieto')).toBeVisible();
    await expect(importForm.getByText('add 1 vault record')).toBeVisible();
    // Preview writes nothing.
    expect(readFileSync(join(helper.dataDir, 'lockstep.json'), 'utf8')).toBe(before);
    await importForm.getByRole('button', { name: 'Import now' }).click();
    await expect(page.getByRole('status')).toHaveText('Imported: 2 added, 0 replaced.');

    await page.getByRole('button', { name: 'Vault', exact: true }).click();
    await page.getByRole('button', { name: /Reveal Freeze PIN or password/ }).click();
    await expect(page.getByText('EXP-55-PIN-8812')).toBeVisible();
    await page.getByRole('button', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Open the plan for Abuela' }).click();
    await expect(page.locator('.step-row', { hasText: 'Freeze your credit at Experian' }).locator('.badge')).toHaveText(
      'Done',
    );
  } finally {
    await helper.stop();
  }
});
