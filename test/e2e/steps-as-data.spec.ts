import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, createProfile, startHost, newDataDir, type RunningHost } from './host';

/**
 * Two behaviours declared only in their step files (the driver's-licence step's yearly record check
 * and E-Verify's renewal reminder) reach the plan, the step page, the "Due now" inbox on the test
 * clock, and the calendar file, in both languages.
 */
const NY = { TZ: 'America/New_York' };
const at = (dir: string, iso: string) => startHost(dir, ['--test-clock', iso], NY);

const WORDS = {
  en: {
    dmv: 'Ask your state’s DMV about your license number',
    everify: 'Lock your number in E-Verify',
    open: (title: string) => `Open step: ${title}`,
    markDone: 'Mark as done',
    marked: /marked done|Marked as done/,
    inbox: /^Due now/,
    dmvReminder: 'Yearly check: ask your state’s DMV for your driving record again',
    everifyReminder: 'Your E-Verify Self Lock ends 2028-03-01: renew it in myE-Verify',
    back: /Back to the plan/,
    exportFor: (name: string) => `Add ${name}’s reminders to my calendar (.ics)`,
  },
  es: {
    dmv: 'Consulte al DMV de su estado sobre su número de licencia',
    everify: 'Bloquee su número en E-Verify',
    open: (title: string) => `Abrir el paso: ${title}`,
    markDone: 'Marcar como hecho',
    marked: /marcado como hecho/i,
    inbox: /^Pendientes/,
    dmvReminder: 'Revisión anual: pida otra vez su historial de manejo al DMV de su estado',
    everifyReminder: 'Su bloqueo Self Lock de E-Verify termina el 2028-03-01: renuévelo en myE-Verify',
    back: /Volver al plan/,
    exportFor: (name: string) => `Agregar los recordatorios de ${name} a mi calendario (.ics)`,
  },
} as const;

for (const language of ['en', 'es'] as const) {
  test(`the DMV step and the E-Verify renewal reminder work end to end (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    const w = WORDS[language];
    const dir = newDataDir();
    let host: RunningHost = await at(dir, '2027-03-01T15:00:00Z');
    try {
      await openApp(page, host);
      await createProfile(page, 'Dana');
      await page.getByRole('button', { name: 'Start the questions' }).click();
      await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
      await expect(page.locator('.card--next')).toBeVisible();
      if (language === 'es') {
        await page.getByRole('button', { name: 'Español' }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      }

      for (const title of [w.dmv, w.everify]) {
        await page.getByRole('button', { name: w.open(title) }).click();
        await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
        await page.getByRole('button', { name: w.markDone }).click();
        // Taken on to the next step (or, the tier's last, kept here): either way it says what was recorded.
        await expect(page.getByRole('status').filter({ hasText: w.marked })).toBeVisible();
        await page.getByRole('button', { name: w.back }).click();
      }
      await host.stop();

      // A year later (after 09:00 in New York): the yearly record check is due, and E-Verify's
      // renewal came due 30 days before the lock ends.
      host = await at(dir, '2028-03-01T15:00:00Z');
      await openApp(page, host);
      await page.getByRole('button', { name: w.inbox }).click();
      await expect(page.getByText(w.dmvReminder)).toBeVisible();
      await expect(page.getByText(w.everifyReminder)).toBeVisible();

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: w.exportFor('Dana') }).click();
      const file = await download;
      const path = join(newDataDir(), file.suggestedFilename());
      await file.saveAs(path);
      const ics = readFileSync(path, 'utf8').replace(/\r\n[ \t]/g, '');
      expect(ics).toMatch(/UID:rule:recheck-driving-record:[a-z0-9-]+:licence-dmv@lockstep\.local/);
      expect(ics).toMatch(/UID:rule:renew-everify-lock:[a-z0-9-]+:everify-self-lock@lockstep\.local/);
      expect(ics).toContain('RRULE:FREQ=YEARLY');
      expect(ics).toContain(`SUMMARY:${w.dmvReminder}`);
    } finally {
      await host.stop();
    }
  });
}
