import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, createProfile, startHost, newDataDir, type RunningHost } from './host';
import { expectNoAxeViolations } from './a11y';

// The host's clock is the test's: `--test-clock` (documented, off by default) starts it at a set instant.
const NY = { TZ: 'America/New_York' };
const at = (dir: string, iso: string) => startHost(dir, ['--test-clock', iso], NY);

test('a reminder comes due, is snoozed, comes back, and is marked done, across restarts', async ({ page }) => {
  const dir = newDataDir();
  let host: RunningHost = await at(dir, '2027-03-01T15:00:00Z');
  try {
    await openApp(page, host);
    await createProfile(page, 'Rem');
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
    await page.getByRole('button', { name: 'Open step: Freeze your credit at Equifax' }).click();
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.locator('.landed [role="status"]')).toContainText('Freeze your credit at Equifax: marked done.');
    await page.getByRole('button', { name: /^Due now/ }).click();
    await expect(page.getByText('Nothing is due.')).toBeVisible();
    await expect(page.getByText('Check that the freeze took effect: Freeze your credit at Equifax')).toBeVisible();
    await host.stop();

    // The next day after 9:00 in New York: the confirmation reminder is due.
    host = await at(dir, '2027-03-02T15:00:00Z');
    await openApp(page, host);
    await expect(page.getByRole('button', { name: 'Due now: 1 reminder' })).toBeVisible();
    await page.getByRole('button', { name: 'Due now: 1 reminder' }).click();
    const row = page.locator('.reminder-row', { hasText: 'Check that the freeze took effect' });
    await expect(row).toBeVisible();
    await expectNoAxeViolations(page, 'inbox with a due reminder');
    await row.getByRole('button', { name: /^Snooze:/ }).click();
    await row.getByLabel('Remind me again').selectOption('hour');
    await row.getByRole('button', { name: 'Snooze', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Reminder snoozed.');
    await expect(page.getByText('Nothing is due.')).toBeVisible();
    await host.stop();

    // Still within the hour: stays away. Two hours later: back.
    host = await at(dir, '2027-03-02T15:30:00Z');
    await openApp(page, host);
    await expect(page.getByRole('button', { name: 'Due now: 0 reminders' })).toBeVisible();
    await host.stop();
    host = await at(dir, '2027-03-02T17:00:00Z');
    await openApp(page, host);
    await page.getByRole('button', { name: 'Due now: 1 reminder' }).click();
    await page
      .locator('.reminder-row')
      .getByRole('button', { name: /^Mark done:/ })
      .click();
    await expect(page.getByRole('status')).toHaveText('Reminder marked done.');
    await host.stop();

    host = await at(dir, '2027-03-05T17:00:00Z');
    await openApp(page, host);
    await expect(page.getByRole('button', { name: 'Due now: 0 reminders' })).toBeVisible();
    const stored = JSON.parse(readFileSync(join(dir, 'lockstep.json'), 'utf8')) as {
      reminders: { state: { done: Record<string, string> } };
    };
    expect(Object.keys(stored.reminders.state.done).some((id) => id.includes('confirm-freeze'))).toBe(true);
  } finally {
    await host.stop();
  }
});

test('custom reminders: bad dates and DST gaps get clear messages and nothing is saved; the calendar file has it', async ({
  page,
}) => {
  const dir = newDataDir();
  const host = await at(dir, '2027-03-01T15:00:00Z');
  try {
    await openApp(page, host);
    await createProfile(page, 'Cal');
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
    await expect(page.getByRole('status')).toHaveText('Answers saved. The plan is updated.');
    const before = readFileSync(join(dir, 'lockstep.json'), 'utf8');
    const profileId = (JSON.parse(before) as { profiles: { id: string }[] }).profiles[0]?.id ?? '';
    const results = await page.evaluate(async (id) => {
      const token = sessionStorage.getItem('lockstep.token') ?? '';
      const post = async (input: unknown) => {
        const r = await fetch('/api/reminders:addCustom', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'x-lockstep-token': token },
          body: JSON.stringify({ input }),
        });
        return (await r.json()) as { ok: boolean; error?: { code: string; params: unknown } };
      };
      const base = { profileId: id, stepId: 'freeze-equifax', localTime: '09:00', repeat: 'none' };
      return [
        await post({ ...base, localDate: '2027-02-30' }),
        await post({ ...base, localDate: '2101-01-01' }),
        await post({ ...base, localDate: '2027-03-14', localTime: '02:30' }),
      ];
    }, profileId);
    expect(results.map((r) => r.ok)).toEqual([false, false, false]);
    // Codes and params cross the boundary; the page words them (errors-es.spec.ts shows the words).
    expect(results.map((r) => r.error)).toEqual([
      { code: 'no_such_date', params: {} },
      { code: 'year_out_of_range', params: { min: 2000, max: 2100 } },
      { code: 'dst_gap', params: { suggestionAt: '03:30' } },
    ]);
    expect(readFileSync(join(dir, 'lockstep.json'), 'utf8')).toBe(before);

    await page.getByRole('button', { name: 'Open step: Freeze your credit at Experian' }).click();
    await page.getByLabel('Date', { exact: true }).fill('2027-04-10');
    await page.getByLabel('Repeat').selectOption('monthly');
    await page.getByRole('button', { name: 'Add the reminder' }).click();
    await expect(page.getByRole('status')).toHaveText('Reminder added.');
    await page.getByRole('button', { name: /^Due now/ }).click();
    await expect(page.getByText('Reminder: Freeze your credit at Experian')).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add Cal’s reminders to my calendar (.ics)' }).click();
    const file = await download;
    const path = join(newDataDir(), file.suggestedFilename());
    await file.saveAs(path);
    const ics = readFileSync(path, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('RRULE:FREQ=MONTHLY');
    expect(ics).toMatch(/UID:custom:[a-z0-9-]+@lockstep\.local/);
  } finally {
    await host.stop();
  }
});

test('the thaw planner: a past end date is refused, and on the last day the inbox asks to re-check the freeze', async ({
  page,
}) => {
  const dir = newDataDir();
  let host = await at(dir, '2027-03-01T15:00:00Z');
  try {
    await openApp(page, host);
    await createProfile(page, 'Loan');
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await page
      .getByRole('group', { name: 'Is a loan, lease or new phone line coming soon?' })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
    await page.getByRole('button', { name: /^Open step: .*(lift|thaw)/i }).click();
    await page.getByLabel('Bureau', { exact: true }).selectOption('experian');
    await page.getByLabel('Last day of the thaw').fill('2027-02-20');
    await page.getByRole('button', { name: 'Add the thaw' }).click();
    await expect(page.getByText('The thaw must end today or later.')).toBeVisible();
    await page.getByLabel('Last day of the thaw').fill('2027-03-10');
    await page.getByRole('button', { name: 'Add the thaw' }).click();
    await expect(page.getByText('Experian: until 2027-03-10')).toBeVisible();
    await expectNoAxeViolations(page, 'thaw planner with a thaw and an error');
    await host.stop();

    host = await at(dir, '2027-03-10T15:00:00Z');
    await openApp(page, host);
    await page.getByRole('button', { name: /^Due now/ }).click();
    await expect(page.getByText('Check that your Experian freeze is back on')).toBeVisible();
  } finally {
    await host.stop();
  }
});
