import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, createProfile, newDataDir } from './host';

/** The printable plan, downloaded from the plan page as a person would, and read back by poppler. */

const noPoppler = !existsSync('/usr/bin/pdftotext');

test('the printable plan downloads as a paper document: tiers in order, full addresses, page numbers', async ({
  page,
  host,
}) => {
  if (noPoppler) console.warn('Skipping the plan PDF test: pdftotext (poppler-utils) is not installed.');
  test.skip(noPoppler, 'pdftotext (poppler-utils) is not installed');
  await openApp(page, host);
  await createProfile(page, 'Rosa', 'Myself');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
  await expect(page.locator('.card--next')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Printable plan (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^lockstep-plan-\d{4}-\d{2}-\d{2}\.pdf$/);
  const path = join(newDataDir(), file.suggestedFilename());
  await file.saveAs(path);
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const text = raw.replace(/\s+/g, ' ');
  const pages = raw.split('\f').filter((p) => p.trim());

  // Page 1: whose plan, then the first tier; the other tiers follow in order, flowing.
  expect(pages[0]).toContain('Lockstep plan for Rosa');
  expect(pages[0]).toContain('Do these first');
  const at = ['Do these first', 'This week', 'When you can', 'Every year'].map((h) => text.indexOf(h));
  for (const i of at) expect(i).toBeGreaterThan(-1);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  // Full official addresses and numbers, and a page number of the total on every page.
  expect(raw.replace(/\s+/g, '')).toContain('https://www.equifax.com/personal/credit-report-services/credit-freeze/');
  expect(text).toContain('Phone: 1-888-298-0045');
  expect(text).toContain('Equifax Information Services LLC, P.O. Box 105788, Atlanta, GA 30348');
  pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
});
