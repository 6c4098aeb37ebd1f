import { test, expect, openApp, startHost, newDataDir } from './host';
import type { Locator } from '@playwright/test';

// The host's clock and zone are the test's, so "in the past" and the DST gap are fixed days.
const NY = { TZ: 'America/New_York' };
const PASS = 'frase de la bóveda';

/** Words that only an English sentence would carry; none may reach a Spanish reader. */
const ENGLISH = /\b(the|that|this|does not|did not|passphrase|vault|file|pick|try|unlock|something went wrong)\b/i;

async function expectSpanish(where: Locator, text: string) {
  await expect(where).toHaveText(text);
  expect(await where.innerText()).not.toMatch(ENGLISH);
}

test('en español: cada error del servicio se lee en español, sin frases en inglés', async ({ page }) => {
  test.setTimeout(120_000);
  const host = await startHost(newDataDir(), ['--test-clock', '2027-03-01T15:00:00Z'], NY);
  try {
    await openApp(page, host);
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByLabel('Nombre', { exact: true }).fill('Rosa');
    await page.getByRole('button', { name: 'Crear perfil' }).click();
    await page.getByRole('button', { name: 'Empezar las preguntas' }).click();
    await page.getByRole('button', { name: 'Guardar respuestas y ver el plan' }).click();
    await page.locator('.card--next button').click();

    // 1. A reminder date the date field accepts but the service refuses: a year past its range.
    const reminder = page.locator('section', { hasText: 'Recordarme este paso' });
    const reminderError = reminder.getByRole('alert');
    await reminder.getByLabel('Fecha', { exact: true }).fill('2101-01-01');
    await reminder.getByRole('button', { name: 'Agregar el recordatorio' }).click();
    await expectSpanish(reminderError, 'Elija un año entre 2000 y 2100.');

    // 2. A time the clocks skip in New York (2027-03-14, 02:30): the suggestion is read in Spanish.
    await reminder.getByLabel('Fecha', { exact: true }).fill('2027-03-14');
    await reminder.getByLabel('Hora', { exact: true }).fill('02:30');
    await reminder.getByRole('button', { name: 'Agregar el recordatorio' }).click();
    await expectSpanish(reminderError, 'Esa hora no existe ese día porque se cambia la hora. Pruebe a las 3:30.');

    // 3. The wrong passphrase on the vault.
    await page.getByRole('button', { name: 'Bóveda', exact: true }).click();
    await page.getByLabel('Frase de contraseña', { exact: true }).fill(PASS);
    await page.getByLabel('Repita la frase de contraseña', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Crear la bóveda' }).click();
    await expect(page.getByRole('status')).toHaveText('Bóveda creada y abierta.');
    await page.locator('header').getByRole('button', { name: 'Cerrar la bóveda' }).click();
    await page.getByLabel('Frase de contraseña', { exact: true }).fill('no es la frase');
    await page.getByRole('button', { name: 'Abrir', exact: true }).click();
    await expectSpanish(
      page.locator('.field__error'),
      'Esa frase no abrió la bóveda. Revísela e intente de nuevo.',
    );

    // 4 and 5. Files that are not a Lockstep export, or come from a newer Lockstep.
    await page.getByRole('button', { name: 'Configuración' }).click();
    const importForm = page.locator('form', { hasText: 'Importar de quien le ayuda' });
    const importError = importForm.locator('.field__error');
    await importForm.getByLabel('Frase de contraseña del archivo', { exact: true }).fill('frase del archivo');
    await importForm.getByLabel('Archivo exportado').setInputFiles({
      name: 'lista.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('leche, pan, huevos'),
    });
    await importForm.getByRole('button', { name: 'Revisar el archivo' }).click();
    await expectSpanish(importError, 'Este no es un archivo exportado de Lockstep.');
    await importForm.getByLabel('Archivo exportado').setInputFiles({
      name: 'futuro.lockstep',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'lockstep-export', version: 99 })),
    });
    await importForm.getByRole('button', { name: 'Revisar el archivo' }).click();
    await expectSpanish(
      importError,
      'Este archivo lo creó una versión más nueva de Lockstep. Actualice Lockstep para importarlo.',
    );

    // Nothing anywhere on the page fell back to the English banner.
    await expect(page.getByText(/Something went wrong|Algo salió mal:/)).toHaveCount(0);
  } finally {
    await host.stop();
  }
});
