import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, createProfile } from './host';
import { expectNoAxeViolations } from './a11y';

const PASSPHRASE = 'otter quilt harbor 58';
const PIN = 'PIN-7Q2X-9K4M';

/** The byte strings that would give a secret away: plain, UTF-16LE, hex, base64 at each alignment. */
function needlesFor(secret: string): { how: string; bytes: Buffer }[] {
  const utf8 = Buffer.from(secret, 'utf8');
  const out = [
    { how: 'plain text', bytes: utf8 },
    { how: 'UTF-16LE', bytes: Buffer.from(secret, 'utf16le') },
    { how: 'hex', bytes: Buffer.from(utf8.toString('hex'), 'latin1') },
    { how: 'HEX', bytes: Buffer.from(utf8.toString('hex').toUpperCase(), 'latin1') },
  ];
  for (const skip of [0, 1, 2]) {
    const b64 = Buffer.concat([Buffer.alloc(skip), utf8]).toString('base64');
    // Only the groups that depend on the secret alone.
    const core = b64.slice(skip === 0 ? 0 : 4, Math.floor((skip + utf8.length) / 3) * 4);
    out.push({ how: `base64+${skip}`, bytes: Buffer.from(core, 'latin1') });
    out.push({ how: `base64url+${skip}`, bytes: Buffer.from(core.replace(/\+/g, '-').replace(/\//g, '_'), 'latin1') });
  }
  return out;
}
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
function secretsOnDisk(dir: string, secrets: string[]): string[] {
  return walk(dir).flatMap((file) => {
    const content = readFileSync(file);
    return secrets.flatMap((s) =>
      needlesFor(s)
        .filter((n) => content.includes(n.bytes))
        .map((n) => `${s} as ${n.how} in ${relative(dir, file)}`),
    );
  });
}

async function answerInterview(page: Page) {
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page
    .getByRole('radio', { name: 'T-Mobile: former or prospective customer (applied for credit)', exact: true })
    .check();
  await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
  await expect(page.locator('.card--next')).toBeVisible();
}

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

// Each of these runs several real scryptings (N=2^17) in the host: give them room on a busy machine.
test('save a freeze PIN from its step, restart, unlock, reveal, copy (cleared after 30 s), lock', async ({
  page,
  host,
  restart,
}) => {
  test.slow();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  await openApp(page, host);
  await createProfile(page, 'Maya');
  await answerInterview(page);

  // The step offers a vault before there is one.
  await page.getByRole('button', { name: 'Open step: Freeze your credit at Experian' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Freeze your credit at Experian' })).toBeVisible();
  await page.getByRole('button', { name: 'Create a vault to save it' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Create your vault' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase again', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create the vault' }).click();
  await expect(page.getByRole('status')).toHaveText('Vault created and unlocked.');
  await expect(page.locator('header').getByRole('button', { name: 'Lock the vault' })).toBeVisible();

  // Back to the step: the slot is now a field, and the value is saved without being shown.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Freeze your credit at Experian' })).toBeVisible();
  const field = page.getByLabel('Save the freeze PIN or password in the vault');
  await expect(field).toHaveAttribute('type', 'password');
  await field.fill(PIN);
  await page.locator('form.inline-form', { has: field }).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Freeze PIN or password saved ✓')).toBeVisible();
  await expect(page.getByText(PIN)).toHaveCount(0);
  expect(secretsOnDisk(host.dataDir, [PIN, PASSPHRASE])).toEqual([]);

  // A restart forgets the key: the vault is locked.
  const again = await restart();
  await openApp(page, again);
  await page.getByRole('navigation').getByRole('button', { name: 'Vault' }).click();
  await expect(page.getByText('The vault is locked. It holds 1 record.')).toBeVisible();
  await expect(page.locator('header').getByRole('button', { name: 'Lock the vault' })).toHaveCount(0);

  // A wrong passphrase: the plain message, tied to the field, and focus stays there to retype.
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await passphrase.fill('otter quilt harbor 59');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText('That passphrase did not open the vault. Check it and try again.')).toBeVisible();
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(passphrase).toHaveAccessibleDescription(
    'That passphrase did not open the vault. Check it and try again.',
  );
  await expect(passphrase).toBeFocused();

  // The right one: a progress status while scrypt runs in the host, then the records.
  await passphrase.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Unlocking. This takes about a second.' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Vault unlocked.' })).toBeVisible();
  await expect(page.getByText('Unlocking. This takes about a second.')).toHaveCount(0);
  const maya = page.getByRole('region', { name: 'Maya' });
  await expect(maya.getByText('Freeze PIN or password · Experian')).toBeVisible();

  // Reveal shows the value; Hide hides it.
  await maya.getByRole('button', { name: 'Reveal the freeze PIN or password for Experian' }).click();
  await expect(maya.locator('.secret code')).toHaveText(PIN);
  await maya.getByRole('button', { name: 'Hide the freeze PIN or password for Experian' }).click();
  await expect(page.getByText(PIN)).toHaveCount(0);
  await maya.getByRole('button', { name: 'Reveal the freeze PIN or password for Experian' }).click();
  await expect(maya.locator('.secret code')).toHaveText(PIN);

  // Copy puts it on the clipboard; 30 s later it is cleared, because it is still ours.
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await maya.getByRole('button', { name: 'Copy the freeze PIN or password for Experian' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied. Lockstep clears the clipboard in 30 seconds.');
  expect(await clipboardText(page)).toBe(PIN);
  await page.clock.fastForward('00:29');
  expect(await clipboardText(page)).toBe(PIN);
  await page.clock.fastForward('00:02');
  await expect.poll(() => clipboardText(page)).toBe('');

  // If the user copies something else meanwhile, Lockstep leaves it alone.
  await maya.getByRole('button', { name: 'Copy the freeze PIN or password for Experian' }).click();
  await expect.poll(() => clipboardText(page)).toBe(PIN);
  await page.clock.fastForward('00:10');
  await page.evaluate(() => navigator.clipboard.writeText('my own text'));
  await page.clock.fastForward('00:31');
  // Give a (wrong) clear real time to happen before checking that it did not.
  await page.waitForTimeout(500);
  expect(await clipboardText(page)).toBe('my own text');

  // Lock from the header: the value goes, and so does the header button.
  await page.locator('header').getByRole('button', { name: 'Lock the vault' }).click();
  await expect(page.getByRole('status')).toHaveText('Vault locked.');
  await expect(page.getByText(PIN)).toHaveCount(0);
  await expect(page.locator('header').getByRole('button', { name: 'Lock the vault' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Unlock the vault' })).toBeVisible();

  // The step still says it is saved, without the value.
  await page.getByRole('navigation').getByRole('button', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Open the plan for Maya' }).click();
  await page.getByRole('button', { name: 'Open step: Freeze your credit at Experian' }).click();
  await expect(page.getByText('Freeze PIN or password saved ✓')).toBeVisible();

  expect(secretsOnDisk(host.dataDir, [PIN, PASSPHRASE])).toEqual([]);
});

const TEXT = {
  en: {
    vault: 'Vault',
    passphrase: 'Passphrase',
    again: 'Passphrase again',
    create: 'Create the vault',
    lock: 'Lock the vault',
    unlock: 'Unlock',
    reveal: /^Reveal the /,
    current: 'Current passphrase',
    next: 'New passphrase',
    change: 'Change the passphrase',
    forgot: 'I forgot my passphrase',
    reset: 'Reset the vault',
    sheet: 'Printable sheet for Rosa',
    sheetTitle: 'Vault records for Rosa',
    add: 'Add a record',
    step: 'Which step is it from?',
    experian: 'Freeze your credit at Experian',
    kind: 'What is it?',
    pin: 'Freeze PIN or password',
    confirmation: 'Confirmation number',
    save: 'Save in the vault',
    resetWord: 'DELETE',
    otherWord: 'BORRAR',
  },
  es: {
    vault: 'Bóveda',
    passphrase: 'Frase de contraseña',
    again: 'Repita la frase de contraseña',
    create: 'Crear la bóveda',
    lock: 'Cerrar la bóveda',
    unlock: 'Abrir',
    reveal: /^Mostrar el /,
    current: 'Frase actual',
    next: 'Frase nueva',
    change: 'Cambiar la frase',
    forgot: 'Olvidé mi frase de contraseña',
    reset: 'Restablecer la bóveda',
    sheet: 'Hoja para imprimir de Rosa',
    sheetTitle: 'Datos de la bóveda de Rosa',
    add: 'Agregar un dato',
    step: '¿De qué paso es?',
    experian: 'Congele su crédito en Experian',
    kind: '¿Qué es?',
    pin: 'PIN o contraseña del congelamiento',
    confirmation: 'Número de confirmación',
    save: 'Guardar en la bóveda',
    resetWord: 'BORRAR',
    otherWord: 'DELETE',
  },
} as const;

/** Adds a record from the vault page itself: whose, which step, what it is, the value. */
async function addRecordOnVaultPage(page: Page, t: (typeof TEXT)[keyof typeof TEXT], value: string, kind?: string) {
  await page.getByRole('button', { name: t.add, exact: true }).click();
  await page.getByLabel(t.step).selectOption({ label: t.experian });
  if (kind) await page.getByLabel(t.kind).selectOption({ label: kind });
  await page.getByLabel(kind ?? t.pin, { exact: true }).fill(value);
  await page.getByRole('button', { name: t.save, exact: true }).click();
  // The form closes and focus returns to the button that opened it.
  await expect(page.getByRole('button', { name: t.add, exact: true })).toBeFocused();
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const language of ['en', 'es'] as const) {
    test(`the vault screens pass axe (WCAG 2.2 AA) in ${language}, ${colorScheme}`, async ({ page, host }) => {
      test.slow();
      const t = TEXT[language];
      await page.emulateMedia({ colorScheme });
      await openApp(page, host);
      await createProfile(page, 'Rosa');
      if (language === 'es') {
        await page.getByRole('button', { name: 'Español' }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      }
      await page.getByRole('navigation').getByRole('button', { name: t.vault }).click();

      await expect(page.getByLabel(t.again, { exact: true })).toBeVisible();
      await expectNoAxeViolations(page, 'vault create form');
      await page.getByLabel(t.passphrase, { exact: true }).fill(PASSPHRASE);
      await page.getByLabel(t.again, { exact: true }).fill('something else');
      await page.getByRole('button', { name: t.create }).click();
      await expect(page.locator('.field--error')).toBeVisible();
      await expectNoAxeViolations(page, 'vault create form with an error');
      await page.getByLabel(t.again, { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: t.create }).click();
      await expect(page.locator('header').getByRole('button', { name: t.lock })).toBeVisible();

      // Adding a record leads the unlocked page; the form is checked by axe too.
      await page.getByRole('button', { name: t.add, exact: true }).click();
      await expect(page.getByLabel(t.step)).toBeVisible();
      await page.getByRole('button', { name: t.save, exact: true }).click();
      await expect(page.locator('#add-record-value')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page, 'add-a-record form with an error');
      await page.getByRole('button', { name: language === 'en' ? 'Cancel' : 'Cancelar', exact: true }).click();
      await addRecordOnVaultPage(page, t, PIN);
      const row = page.locator('.vault-row');
      await expect(row).toHaveCount(1);
      await row.getByRole('button', { name: t.reveal }).click();
      await expect(row.locator('code')).toHaveText(PIN);
      await expectNoAxeViolations(page, 'unlocked list with a revealed value, and vault settings');

      // Settings with an error on the current passphrase.
      await page.getByLabel(t.current, { exact: true }).fill('not the passphrase');
      await page.getByLabel(t.next, { exact: true }).fill('a new passphrase 2');
      await page.getByRole('button', { name: t.change, exact: true }).click();
      await expect(page.getByLabel(t.current, { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page, 'vault settings with an error');

      await page.getByRole('button', { name: t.sheet }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.sheetTitle })).toBeVisible();
      await expect(page.locator('table.sheet code')).toHaveText(PIN);
      await expectNoAxeViolations(page, 'sealed sheet');
      await page
        .getByRole('button', { name: language === 'en' ? 'Back to the vault' : /Volver a la bóveda/ })
        .click();

      await page.locator('header').getByRole('button', { name: t.lock }).click();
      await expect(page.getByLabel(t.passphrase, { exact: true })).toBeVisible();
      await expectNoAxeViolations(page, 'unlock form');
      await page.getByLabel(t.passphrase, { exact: true }).fill('wrong passphrase 1');
      await page.getByRole('button', { name: t.unlock, exact: true }).click();
      await expect(page.getByLabel(t.passphrase, { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel(t.passphrase, { exact: true })).toBeFocused();
      await expectNoAxeViolations(page, 'unlock form with the wrong-passphrase message');

      await page.getByText(t.forgot).click();
      await expect(page.getByRole('button', { name: t.reset })).toBeVisible();
      await page.getByRole('button', { name: t.reset }).click();
      await expect(page.locator('#reset-error')).toBeVisible();
      await expectNoAxeViolations(page, 'forgot-passphrase section, opened, with its error');

      expect(secretsOnDisk(host.dataDir, [PIN, PASSPHRASE])).toEqual([]);
    });
  }
}

for (const language of ['en', 'es'] as const) {
  test(`a record added from the vault page stays after a restart; the reset asks for the ${language} word`, async ({
    page,
    host,
    restart,
  }) => {
    test.slow();
    const t = TEXT[language];
    const pickLanguage = async () => {
      if (language === 'es') {
        await page.getByRole('button', { name: 'Español' }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      }
    };
    await openApp(page, host);
    await createProfile(page, 'Rosa');
    await pickLanguage();
    await page.getByRole('navigation').getByRole('button', { name: t.vault }).click();
    await page.getByLabel(t.passphrase, { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(t.again, { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: t.create }).click();
    // The unlocked page leads with adding a record, not with locking.
    await expect(page.locator('main .button--primary')).toHaveText(t.add);
    await addRecordOnVaultPage(page, t, PIN);
    await addRecordOnVaultPage(page, t, 'EXP-CONF-4411', t.confirmation);
    await expect(page.getByText(`${t.pin} · Experian`)).toBeVisible();
    await expect(page.getByText(`${t.confirmation} · Experian`)).toBeVisible();
    expect(secretsOnDisk(host.dataDir, [PIN, 'EXP-CONF-4411', PASSPHRASE])).toEqual([]);

    const again = await restart();
    await openApp(page, again);
    await page.getByRole('navigation').getByRole('button', { name: t.vault }).click();
    await page.getByLabel(t.passphrase, { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: t.unlock, exact: true }).click();
    const rows = page.locator('.vault-row');
    await expect(rows).toHaveCount(2);
    await rows.filter({ hasText: t.pin }).getByRole('button', { name: t.reveal }).click();
    await expect(rows.filter({ hasText: t.pin }).locator('code')).toHaveText(PIN);

    // The reset asks for this language's word, and the other language's word is refused.
    await page.locator('header').getByRole('button', { name: t.lock }).click();
    await page.getByText(t.forgot).click();
    const confirm = page.locator('#reset-confirm');
    await expect(page.locator('label[for="reset-confirm"]')).toContainText(t.resetWord);
    await confirm.fill(t.otherWord);
    await page.getByRole('button', { name: t.reset }).click();
    await expect(page.locator('#reset-error')).toContainText(t.resetWord);
    await confirm.fill(t.resetWord);
    await page.getByRole('button', { name: t.reset }).click();
    await expect(page.getByLabel(t.again, { exact: true })).toBeVisible();
  });
}
