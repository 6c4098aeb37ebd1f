import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, createProfile, startHost, newDataDir } from './host';
import { expectNoAxeViolations } from './a11y';

const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
// Nine digits grouped 3-2-4: an SSN's shape (Lockstep never prints one).
const SSN_LIKE = /(?<![\d-])\d{3}([- ]?)\d{2}\1\d{4}(?![\d-])/;

async function addItem(page: Page, company: string, noticedOn: string, amount: string, last4: string) {
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Add to the case' }) });
  await form.getByLabel('What happened').selectOption({ label: 'A new credit account or card' });
  await form.getByLabel('Company or agency').fill(company);
  await form.getByLabel('Date you noticed it').fill(noticedOn);
  await form.getByLabel('Amount, if any (US dollars)').fill(amount);
  await form.getByLabel('Last four digits of the account (optional)').fill(last4);
  await form.getByRole('button', { name: 'Add to the case' }).click();
  await expect(page.getByRole('article', { name: `A new credit account or card: ${company}` })).toBeVisible();
}

/** Clicks a button that downloads a PDF, saves it, and answers its text as poppler reads it. */
async function pdfFrom(page: Page, click: () => Promise<void>, dir: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: pdfText(path) };
}

test('recovery letters and the case summary: made from the case, read back, mailed, summarised and printed', async ({
  page,
}) => {
  const noPoppler = !existsSync('/usr/bin/pdftotext');
  if (noPoppler)
    console.warn('Skipping this PDF read-back test: pdftotext (poppler-utils) is not installed; .ci/run installs it.');
  test.skip(noPoppler, 'pdftotext (poppler-utils) is not installed; .ci/run installs it');
  test.setTimeout(240_000);
  const dir = newDataDir();
  const host = await startHost(dir, ['--test-clock', '2027-03-01T15:00:00Z'], { TZ: 'America/New_York' });
  try {
    await openApp(page, host);
    await createProfile(page, 'Marta Núñez');
    await page.getByRole('button', { name: 'Open the recovery case' }).click();
    await addItem(page, 'Chase', '2027-02-20', '2,500.00', '1234');
    await addItem(page, 'American Express', '2027-02-21', '900', '5678');
    const chase = page.getByRole('article', { name: 'A new credit account or card: Chase' });

    // The §605B request to each bureau lists both cards; the person, company and item are named.
    const block = chase.locator('.recovery-action', { hasText: 'Ask each credit bureau to block it' });
    const letters: Record<string, string> = {};
    for (const bureau of ['Equifax', 'Experian', 'TransUnion']) {
      const button = block.getByRole('button', {
        name: `Make the letter for ${bureau} (PDF): Ask each credit bureau to block it (§605B)`,
      });
      const pdf = await pdfFrom(page, () => button.click(), dir);
      expect(pdf.name).toBe(`lockstep-block-605b-${bureau.toLowerCase()}-2027-03-01.pdf`);
      letters[bureau] = pdf.text;
    }
    for (const text of Object.values(letters)) {
      expect(text).toContain('Marta Núñez');
      expect(text).toContain(
        'A new credit account or card: Chase; noticed February 20, 2027; amount $2,500.00; account ending 1234',
      );
      expect(text).toContain('American Express');
      expect(text).toMatch(/Social Security number: _{3,}/);
      expect(text).not.toMatch(SSN_LIKE);
    }
    expect(letters.Experian).toContain('P.O. Box 9554');
    expect(letters.TransUnion).toContain('check it on the official site before mailing (transunion.com)');
    await expect(page.getByRole('status')).toHaveText(/The letter is ready/);

    // The dispute letter goes to the company, for this item only.
    const close = chase.locator('.recovery-action', { hasText: 'Close or freeze the account' });
    const dispute = await pdfFrom(
      page,
      () => close.getByRole('button', { name: 'Make the letter (PDF): Close or freeze the account' }).click(),
      dir,
    );
    expect(dispute.name).toBe('lockstep-dispute-company-2027-03-01.pdf');
    expect(dispute.text).toContain('Dispute of an account or charges that resulted from identity theft');
    expect(dispute.text).toContain('Marta Núñez');
    expect(dispute.text).toContain('Chase; noticed February 20, 2027');
    expect(dispute.text).not.toContain('American Express');
    expect(dispute.text).not.toMatch(SSN_LIKE);

    // Mailed: the date and tracking number go on the action; the reply day states the mail-time assumption.
    await block.getByLabel('Date you mailed it').fill('2027-03-01');
    await block.getByLabel('Certified-mail tracking number (optional)').fill('9400 1118 9922');
    await block.getByRole('button', { name: 'Save the mailing date' }).click();
    await expect(block).toContainText('7 days for the mail');
    await expectNoAxeViolations(page, 'recovery case with letter buttons');

    // The case summary (PDF): a dated timeline of every item, contact and mailing.
    const summary = await pdfFrom(page, () => page.getByRole('button', { name: 'Case summary (PDF)' }).click(), dir);
    expect(summary.name).toBe('lockstep-case-summary-2027-03-01.pdf');
    expect(summary.text).toContain('Identity theft case summary: Marta Núñez');
    expect(summary.text).toMatch(
      /February 20, 2027: A new credit account or card: Chase: noticed.*February 21, 2027: A new credit account or card: American Express: noticed.*March 1, 2027: .*letter mailed \(tracking 9400 1118 9922\)/,
    );

    // The print view: the same timeline, styled for paper, with a working print button.
    await page.getByRole('button', { name: 'Print the case summary' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Identity theft case summary: Marta Núñez' }),
    ).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByRole('listitem')).toHaveCount(5);
    await expect(timeline).toContainText('letter mailed (tracking 9400 1118 9922)');
    await expectNoAxeViolations(page, 'case summary print view');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // In Spanish: the letter's instructions and translations are in Spanish; the English stays for the bureau.
    await page.getByRole('button', { name: 'Back to the case' }).click();
    await page.getByRole('button', { name: 'Español' }).click();
    const chaseEs = page.getByRole('article', { name: 'Una cuenta o tarjeta de crédito nueva: Chase' });
    const blockEs = chaseEs.locator('.recovery-action', { hasText: 'Pida a cada agencia de crédito que lo bloquee' });
    const es = await pdfFrom(
      page,
      () =>
        blockEs
          .getByRole('button', {
            name: 'Hacer la carta para Equifax (PDF): Pida a cada agencia de crédito que lo bloquee (§605B)',
          })
          .click(),
      dir,
    );
    expect(es.text).toContain('Antes de enviarla');
    expect(es.text).toContain('Una cuenta o tarjeta de crédito nueva: Chase; notado el 20 de febrero de 2027');
    expect(es.text).toContain('Request to block information that resulted from identity theft');
    expect(es.text).not.toMatch(SSN_LIKE);
    await page.getByRole('button', { name: 'Imprimir el resumen del caso' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Cronología' })).toBeVisible();
  } finally {
    await host.stop();
  }
});
