import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, createProfile, startHost, newDataDir, type RunningHost } from './host';
import { expectNoAxeViolations } from './a11y';

// The host's clock is the test's (`--test-clock`), so the reply-due reminder can be reached.
const NY = { TZ: 'America/New_York' };
const at = (dir: string, iso: string) => startHost(dir, ['--test-clock', iso], NY);

test('a recovery case: add an item, log a call, mail a request; after a restart it is all there and the reply is due', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = newDataDir();
  let host: RunningHost = await at(dir, '2027-03-01T15:00:00Z');
  try {
    await openApp(page, host);
    await createProfile(page, 'Rosa');
    await page.getByRole('button', { name: 'Open the recovery case' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Someone used my details: Rosa' })).toBeVisible();
    await expect(page.getByText('Nothing added yet.')).toBeVisible();

    // A full card number is refused with words; nothing is kept.
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Add to the case' }) });
    await form.getByLabel('What happened').selectOption({ label: 'A new credit account or card' });
    await form.getByLabel('Company or agency').fill('Synchrony');
    await form.getByLabel('Date you noticed it').fill('2027-02-27');
    await form.getByLabel('Amount, if any (US dollars)').fill('1,250.00');
    await form.getByLabel('Last four digits of the account (optional)').fill('4111 1111 1111 4821');
    await form.getByRole('button', { name: 'Add to the case' }).click();
    await expect(form.getByRole('alert')).toHaveText(/Keep only the last four digits/);
    await form.getByLabel('Last four digits of the account (optional)').fill('4821');
    await form.getByRole('button', { name: 'Add to the case' }).click();
    await expect(page.getByRole('status')).toHaveText('Added to the case.');

    const item = page.getByRole('article', { name: 'A new credit account or card: Synchrony' });
    await expect(item).toContainText('Account ending 4821');
    await expect(item).toContainText('$1,250.00');
    // The actions, in order.
    const titles = await item.locator('.recovery-actions > li h5').allTextContents();
    expect(titles.slice(0, 3)).toEqual([
      "Call the company's fraud department",
      'Close or freeze the account',
      'Report it to the FTC at IdentityTheft.gov',
    ]);

    // Log the call: who, when, what they said.
    const call = item.getByRole('group', { name: "Record a contact: Call the company's fraud department" });
    await call.getByLabel('Who you contacted').fill('Fraud desk, agent Lee');
    await call.getByLabel('When').fill('2027-02-28');
    await call.getByLabel('What they said').fill('Account closed; letter to follow');
    await call.getByRole('button', { name: 'Record a contact' }).click();
    await expect(page.getByRole('status')).toHaveText('Contact recorded.');
    await expect(item).toContainText('Fraud desk, agent Lee: Account closed; letter to follow');

    await item.getByRole('button', { name: 'Mark done: Close or freeze the account' }).click();
    await expect(item.getByRole('button', { name: 'Not done yet: Close or freeze the account' })).toBeVisible();

    // The §609(e) request is mailed: the reply-due day states the mail-time assumption.
    const records = item.locator('.recovery-action', { hasText: 'Ask the business for its records' });
    await records.getByLabel('Date you mailed it').fill('2027-03-01');
    await records.getByRole('button', { name: 'Save the mailing date' }).click();
    await expect(records).toContainText('A reply is due by April 7, 2027');
    await expect(records).toContainText('7 days for the mail to arrive (an assumption)');
    await expectNoAxeViolations(page, 'recovery case with one item');
    await host.stop();

    // After the reply was due: everything is still there, and the reminder is due now.
    host = await at(dir, '2027-04-07T15:00:00Z');
    await openApp(page, host);
    await page.getByRole('button', { name: 'Open the plan for Rosa' }).click();
    await page.getByRole('button', { name: 'Open the recovery case' }).click();
    const again = page.getByRole('article', { name: 'A new credit account or card: Synchrony' });
    await expect(again).toContainText('Fraud desk, agent Lee: Account closed; letter to follow');
    await expect(again.getByRole('button', { name: 'Not done yet: Close or freeze the account' })).toBeVisible();
    await page.getByRole('button', { name: 'Due now: 1 reminder' }).click();
    await expect(page.locator('.reminder-row', { hasText: 'Ask the business for its records' })).toContainText(
      'Reply due by 2027-04-07',
    );

    // On disk: the case, and no full account number anywhere in the file.
    const onDisk = readFileSync(join(dir, 'lockstep.json'), 'utf8');
    expect(onDisk).toContain('Synchrony');
    expect(onDisk).toContain('Fraud desk, agent Lee');
    expect(onDisk).not.toContain('4111');
    expect(onDisk).not.toMatch(/"reference": "\d{5,}/);
  } finally {
    await host.stop();
  }
});
