import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, snapshotDir as snapshot } from './host';
import { expectNoAxeViolations } from './a11y';

test('guide mode walks a caller through the script and leaves the data folder byte-for-byte unchanged', async ({
  page,
  host,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, host);
  const before = snapshot(host.dataDir);
  await page.getByRole('button', { name: 'Guide a caller' }).click();
  await expect(page.getByRole('note')).toContainText('This call is not being saved');
  await page.getByRole('radio', { name: 'T-Mobile: prepaid customer' }).check();
  await expectNoAxeViolations(page, 'guide setup');
  await page.getByRole('button', { name: /Start the script/ }).click();
  await expect(page.getByText('Step 1 of')).toBeVisible();
  await expect(page.getByText('Never ask the caller for their Social Security number or PIN.')).toBeVisible();
  const firstTitle = await page.locator('#guide-step-title').innerText();
  await page.getByRole('radio', { name: 'Done on the call' }).check();
  await expectNoAxeViolations(page, 'guide step');
  // Keyboard: Alt+Right goes on, Alt+Left comes back.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByText('Step 2 of')).toBeVisible();
  await page.getByRole('radio', { name: 'Caller will do it later' }).check();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.locator('#guide-step-title')).toHaveText(firstTitle);
  await expect(page.getByRole('radio', { name: 'Done on the call' })).toBeChecked();

  // Jump to the end through the Next button.
  while (await page.getByRole('button', { name: /Next →|Finish →/ }).isVisible()) {
    await page.getByRole('button', { name: /Next →|Finish →/ }).click();
  }
  const summary = await page.getByLabel('Call summary (no secrets)').inputValue();
  expect(summary).toContain(`${firstTitle}: Done on the call`);
  expect(summary).toContain('Next steps for the caller:');
  await page.getByRole('button', { name: 'Copy call summary' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(summary);
  await expectNoAxeViolations(page, 'guide finish');

  await page.getByRole('button', { name: 'End the call and clear it' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, end and clear' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Lockstep' })).toBeVisible();
  expect(snapshot(host.dataDir)).toEqual(before);
});

test('a guided call can be saved as a profile when the rep chooses', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Guide a caller' }).click();
  await page.getByRole('button', { name: /Start the script/ }).click();
  await page.getByRole('radio', { name: 'Done on the call' }).check();
  while (await page.getByRole('button', { name: /Next →|Finish →/ }).isVisible()) {
    await page.getByRole('button', { name: /Next →|Finish →/ }).click();
  }
  await page.getByLabel('Name', { exact: true }).fill('Caller Carmen');
  await page.getByRole('button', { name: 'Save as a profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Caller Carmen' })).toBeVisible();
  await expect(page.locator('.progress__text')).toHaveText(/^1 of \d+ steps done$/);
  const data = JSON.parse(readFileSync(join(host.dataDir, 'lockstep.json'), 'utf8')) as {
    profiles: { name: string }[];
  };
  expect(data.profiles.map((p) => p.name)).toEqual(['Caller Carmen']);
});

test('the scam check always ends in a safe action, in English and Spanish', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Scam check' }).click();
  await page.getByRole('radio', { name: 'The IRS' }).check();
  await page.getByRole('checkbox', { name: 'Wanted payment by gift card, wire transfer or crypto' }).check();
  await page.getByRole('button', { name: 'What should I do?' }).click();
  await expect(page.getByRole('heading', { name: 'This is a scam.' })).toBeVisible();
  await expect(page.getByText('Hang up. Do not call back the number they gave you.')).toBeVisible();
  await expectNoAxeViolations(page, 'scam verdict');
  await page
    .context()
    .route('https://reportfraud.ftc.gov/**', (r) => r.fulfill({ body: 'FTC stand-in', contentType: 'text/plain' }));
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Open ReportFraud.ftc.gov' }).click();
  expect((await popup).url()).toBe('https://reportfraud.ftc.gov/');
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('checkbox', { name: /tarjetas de regalo/ }).uncheck();
  await page.getByRole('radio', { name: 'El Seguro Social' }).check();
  await page.getByRole('button', { name: '¿Qué debo hacer?' }).click();
  await expect(page.getByRole('heading', { name: 'Tenga cuidado. Verifique antes de hacer nada.' })).toBeVisible();
  await expect(page.getByText('1-800-772-1213')).toBeVisible();
  await expectNoAxeViolations(page, 'scam verdict (es)');
});
