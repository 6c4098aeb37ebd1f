import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, createProfile, startHost, newDataDir, snapshotDir, type RunningHost } from './host';
import { expectNoAxeViolations } from './a11y';

const NY = { TZ: 'America/New_York' };
/** A slow 2-core machine shared with other runs: each wait on the screen gets room (a condition, not a sleep). */
const see = expect.configure({ timeout: 20_000 });
const at = (dir: string, iso: string) => startHost(dir, ['--test-clock', iso], NY);
const FTC_NUMBER = 'ITG 5519 3307';
const PASSPHRASE = 'a long vault passphrase';

/** Every file of the data folder as text: a number kept in plain text anywhere would show. */
const allText = (dir: string) =>
  Object.values(snapshotDir(dir))
    .map((b64) => Buffer.from(b64, 'base64').toString('utf8'))
    .join('\n');

async function addItem(page: Page, company: string, labels = EN) {
  const form = page.locator('form', { has: page.getByRole('button', { name: labels.add }) });
  await form.getByLabel(labels.kind).selectOption({ index: 0 });
  await form.getByLabel(labels.company).fill(company);
  await form.getByLabel(labels.noticed).fill('2027-02-27');
  await form.getByRole('button', { name: labels.add }).click();
  // The item itself, not the status line: that still says "added" from the item before.
  await see(page.getByRole('article', { name: new RegExp(`: ${company}$`) })).toBeVisible();
  await see(page.getByRole('status')).toHaveText(labels.added);
  await see(form.getByLabel(labels.company)).toHaveValue('');
}
const EN = {
  add: 'Add to the case',
  kind: 'What happened',
  company: 'Company or agency',
  noticed: 'Date you noticed it',
  added: 'Added to the case.',
};
const ES = {
  add: 'Agregar al caso',
  kind: 'Qué pasó',
  company: 'Empresa o agencia',
  noticed: 'Fecha en que lo notó',
  added: 'Se agregó al caso.',
};

test('the FTC report number goes to a vault made in place, never in plain text on disk; an item is removed with a confirm; all there after a restart', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dir = newDataDir();
  let host: RunningHost = await at(dir, '2027-03-01T15:00:00Z');
  try {
    await openApp(page, host);
    await createProfile(page, 'Rosa');
    // The family overview has its own way in, named for the person.
    await page.getByRole('button', { name: /Back to all profiles/ }).click();
    await page.getByRole('button', { name: 'Someone used my details: Rosa' }).click();
    await see(page.getByRole('heading', { level: 1, name: 'Someone used my details: Rosa' })).toBeVisible();
    for (const company of ['Chase', 'American Express', 'Synchrony']) await addItem(page, company);

    const chase = page.getByRole('article', { name: 'A new credit account or card: Chase' });
    const ftc = chase.locator('.recovery-action', { hasText: 'Report it to the FTC at IdentityTheft.gov' });
    await ftc.getByLabel('IdentityTheft.gov report number', { exact: true }).fill(FTC_NUMBER);
    await ftc.getByRole('button', { name: 'Save in the vault: IdentityTheft.gov report number' }).click();
    // No vault yet: it is made right here, and what was typed is kept and then saved.
    await see(ftc.getByText('There is no vault yet.')).toBeVisible();
    await see(ftc.getByLabel('IdentityTheft.gov report number', { exact: true })).toHaveValue(FTC_NUMBER);
    await ftc.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await ftc.getByLabel('Passphrase again', { exact: true }).fill(PASSPHRASE);
    await ftc.getByRole('button', { name: 'Create the vault' }).click();
    await see(ftc.getByText('IdentityTheft.gov report number: saved in the vault')).toBeVisible({ timeout: 40_000 });
    // One report covers the case: every item's FTC action says so.
    const synchrony = page.getByRole('article', { name: 'A new credit account or card: Synchrony' });
    await see(synchrony.getByText('IdentityTheft.gov report number: saved in the vault')).toBeVisible();
    await expectNoAxeViolations(page, 'recovery case with the FTC number in the vault');

    const files = allText(dir);
    expect(files).toContain('Synchrony');
    expect(files).not.toContain('5519');
    expect(readFileSync(join(dir, 'vault.json'), 'utf8')).toContain('ftc-report-number');

    // Remove an item: a confirm with Cancel first; Escape keeps it; then keyboard only removes it.
    const amex = page.getByRole('article', { name: 'A new credit account or card: American Express' });
    const remove = amex.getByRole('button', {
      name: 'Remove from the case: A new credit account or card: American Express',
    });
    await remove.click();
    const dialog = page.getByRole('dialog', { name: /Remove .*American Express.* from the case\?/ });
    await see(dialog).toBeVisible();
    await see(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await page.keyboard.press('Escape');
    await see(dialog).toBeHidden();
    await see(amex).toBeVisible();
    await remove.focus();
    await page.keyboard.press('Enter');
    await see(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await see(dialog.getByRole('button', { name: 'Remove it' })).toBeFocused();
    await page.keyboard.press('Enter');
    await see(page.getByRole('status')).toHaveText('Removed from the case.');
    await see(amex).toHaveCount(0);
    await see(page.getByRole('heading', { level: 2, name: 'Your case' })).toBeFocused();
    await host.stop();

    host = await at(dir, '2027-03-02T15:00:00Z');
    await openApp(page, host);
    await page.getByRole('button', { name: 'Someone used my details: Rosa' }).click();
    await see(page.getByRole('article', { name: 'A new credit account or card: Chase' })).toBeVisible();
    await see(page.getByRole('article', { name: /American Express/ })).toHaveCount(0);
    await see(
      page
        .getByRole('article', { name: 'A new credit account or card: Chase' })
        .getByText('IdentityTheft.gov report number: saved in the vault'),
    ).toBeVisible();
    expect(readFileSync(join(dir, 'lockstep.json'), 'utf8')).not.toContain('American Express');
  } finally {
    await host.stop();
  }
});

test('en español: el número de cuenta va a la bóveda cerrada tras abrirla allí mismo; el guion de fraude del modo guía no guarda nada hasta que se pide', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dir = newDataDir();
  let host: RunningHost = await at(dir, '2027-03-01T15:00:00Z');
  try {
    await openApp(page, host);
    await page.getByRole('button', { name: 'Español' }).click();
    await see(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByLabel('Nombre', { exact: true }).fill('Rosa');
    await page.getByRole('button', { name: 'Crear perfil' }).click();
    await see(page.getByRole('heading', { level: 1, name: 'Rosa' })).toBeVisible();
    await page.getByRole('button', { name: 'Abrir el caso de recuperación' }).click();
    await addItem(page, 'Chase', ES);
    // A vault made, then locked by a restart (browser mode remembers no key).
    const chase = page.getByRole('article', { name: /Chase/ });
    await chase.getByText('Guardar el número de cuenta completo en la bóveda (opcional)').click();
    await chase.getByLabel('Número de cuenta completo', { exact: true }).fill('6011 0009 9013 9424');
    await chase.getByRole('button', { name: 'Guardar en la bóveda: Número de cuenta completo' }).click();
    await see(chase.getByText('Todavía no hay bóveda.')).toBeVisible();
    await chase.getByLabel('Frase de contraseña', { exact: true }).fill(PASSPHRASE);
    await chase.getByLabel('Repita la frase de contraseña', { exact: true }).fill(PASSPHRASE);
    await chase.getByRole('button', { name: 'Crear la bóveda' }).click();
    await see(chase.getByText('Número de cuenta completo: guardado en la bóveda')).toBeVisible({
      timeout: 30_000,
    });
    await host.stop();

    host = await at(dir, '2027-03-02T15:00:00Z');
    await openApp(page, host);
    await page.getByRole('button', { name: 'Alguien usó mis datos: Rosa' }).click();
    const again = page.getByRole('article', { name: /Chase/ });
    const ftc = again.locator('.recovery-action', { hasText: 'Repórtelo a la FTC en IdentityTheft.gov' });
    await ftc.getByLabel('Número del informe de IdentityTheft.gov', { exact: true }).fill(FTC_NUMBER);
    await ftc.getByRole('button', { name: 'Guardar en la bóveda: Número del informe de IdentityTheft.gov' }).click();
    await see(ftc.getByText('La bóveda está cerrada.')).toBeVisible();
    await ftc.getByLabel('Frase de contraseña', { exact: true }).fill(PASSPHRASE);
    await ftc.getByRole('button', { name: 'Abrir', exact: true }).click();
    await see(ftc.getByText('Número del informe de IdentityTheft.gov: guardado en la bóveda')).toBeVisible({
      timeout: 30_000,
    });
    expect(allText(dir)).not.toContain('5519');
    expect(allText(dir)).not.toContain('9013');

    // Guide mode: the fraud script writes nothing until its save button.
    await page.getByRole('button', { name: 'Guiar una llamada' }).click();
    await page.getByRole('button', { name: 'La persona que llama encontró un fraude' }).click();
    await see(page.getByRole('heading', { level: 2, name: 'La persona que llama encontró un fraude' })).toBeVisible();
    await see(page.getByText('Llame al departamento de fraudes de la empresa.')).toBeVisible();
    await see(page.getByText(/Repórtelo a la FTC en IdentityTheft.gov/)).toBeVisible();
    await see(page.getByText(/Congele su crédito en Equifax, Experian y TransUnion/)).toBeVisible();
    const before = snapshotDir(dir);
    await page.getByLabel('Qué encontró').selectOption({ label: 'Un préstamo' });
    await page.getByLabel('Empresa o agencia').fill('Banco Uno');
    await expectNoAxeViolations(page, 'guion de fraude');
    expect(snapshotDir(dir)).toEqual(before);
    await page.getByLabel('Persona', { exact: true }).selectOption({ label: 'Alguien nuevo' });
    await page.getByLabel('Su nombre').fill('Marta');
    await page.getByRole('button', { name: 'Guardar un dato del caso' }).click();
    await see(page.getByRole('heading', { level: 1, name: 'Alguien usó mis datos: Marta' })).toBeVisible();
    await see(page.getByRole('article', { name: 'Un préstamo: Banco Uno' })).toBeVisible();
    expect(readFileSync(join(dir, 'lockstep.json'), 'utf8')).toContain('Banco Uno');
  } finally {
    await host.stop();
  }
});
