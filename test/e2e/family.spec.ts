import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, createProfile, newDataDir, startHost, type RunningHost } from './host';
import { expectNoAxeViolations } from './a11y';

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

test('a parent sets up a child, gets three bureau packets, marks one mailed, sees the follow-up, and nothing mixes', async ({
  page,
}) => {
  const noPoppler = !existsSync('/usr/bin/pdftotext');
  if (noPoppler)
    console.warn('Skipping the family PDF test: pdftotext (poppler-utils) is not installed; .ci/run installs it.');
  test.skip(noPoppler, 'pdftotext (poppler-utils) is not installed; .ci/run installs it');
  const dir = newDataDir();
  let host: RunningHost = await startHost(dir, ['--test-clock', '2027-05-03T15:00:00Z'], { TZ: 'America/Chicago' });
  try {
    await openApp(page, host);
    await createProfile(page, 'Mateo', 'My child');
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
    await expect(page.locator('.card--next')).toBeVisible();

    const texts: string[] = [];
    for (const bureau of ['Equifax', 'Experian', 'TransUnion']) {
      await page
        .locator('.step-row', { hasText: bureau })
        .filter({ hasText: /child|protected/i })
        .getByRole('button')
        .click();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Get the mail packet (PDF)' }).click();
      const file = await download;
      const path = join(newDataDir(), file.suggestedFilename());
      await file.saveAs(path);
      expect(file.suggestedFilename()).toBe(`lockstep-freeze-request-${bureau.toLowerCase()}-2027-05-03.pdf`);
      texts.push(pdfText(path));
      if (bureau !== 'TransUnion') await page.getByRole('button', { name: /Back to the plan/ }).click();
    }
    expect(texts[2]).toContain('P.O. Box 380');
    expect(texts[2]).toContain('Woodlyn');
    for (const text of texts) {
      expect(text).toContain('May 3, 2027');
      expect(text).toMatch(/birth certificate/i);
      expect(text).toMatch(/Social Security/);
    }

    // Mark the TransUnion packet mailed: a future date and bad characters are refused first.
    await page.getByLabel('Date you mailed it', { exact: true }).fill('2027-06-01');
    await page.getByRole('button', { name: 'Save the mailing details' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'cannot be in the future' })).toBeVisible();
    await page.getByLabel('Date you mailed it', { exact: true }).fill('2027-05-03');
    await page.getByLabel('Certified-mail tracking number (optional)', { exact: true }).fill('9407<script>');
    await page.getByRole('button', { name: 'Save the mailing details' }).click();
    await expect(page.getByText('Use only letters, digits, spaces and dashes.')).toBeVisible();
    await expectNoAxeViolations(page, 'mailing section with an error');
    await page.getByLabel('Certified-mail tracking number (optional)', { exact: true }).fill('9407 1000 0000 1234');
    await page.getByRole('button', { name: 'Save the mailing details' }).click();
    await expect(page.getByText('Lockstep reminds you to call if there is no reply within 30 days.')).toBeVisible();
    // Waiting is a state (issue 15 item 4): not "To do", with the day the answer is expected.
    await expect(page.locator('.status-line')).toContainText('Waiting for an answer');
    await expect(page.locator('.status-line')).toContainText('Mailed on May 3, 2027, answer expected by June 2, 2027');
    await page.getByRole('button', { name: /Back to the plan/ }).click();
    const mailedRow = page.locator('.step-row', { hasText: /TransUnion/ }).filter({ hasText: 'Mailed on' });
    await expect(mailedRow.locator('.badge')).toHaveText('Waiting for an answer');
    await expect(page.getByRole('heading', { level: 2, name: /^Do these first/ })).toContainText('1 waiting for an answer');
    await page.getByRole('button', { name: /^Due now/ }).click();
    await expect(page.getByText(/No reply yet\? Call about the request you mailed/)).toBeVisible();
    await host.stop();

    // 31 days later the follow-up is due, for Mateo only.
    host = await startHost(dir, ['--test-clock', '2027-06-03T15:00:00Z'], { TZ: 'America/Chicago' });
    await openApp(page, host);
    await page.getByRole('button', { name: /^Due now/ }).click();
    const row = page.locator('.reminder-row', { hasText: 'No reply yet?' });
    await expect(row).toContainText('Mateo');

    // The parent's own profile: its own plan, no packets, nothing of Mateo's.
    await page.getByRole('button', { name: 'People' }).click();
    await createProfile(page, 'Lucia', 'Myself');
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
    await expect(page.getByRole('button', { name: 'Open step: Freeze your credit at Equifax' })).toBeVisible();
    await expect(page.locator('.step-row', { hasText: /child|protected/i })).toHaveCount(0);
    await expect(page.locator('.progress__text')).toHaveText(/^0 of \d+ steps done$/);

    // The family overview: each person's progress, next step and what is due for them.
    await page.getByRole('button', { name: 'People' }).click();
    const mateoCard = page.locator('.profile-card', { hasText: 'Mateo' });
    await expect(mateoCard).toContainText(/0 of \d+ steps done · 1 in progress/);
    await expect(mateoCard).toContainText('Next step (');
    await expect(mateoCard).toContainText(/reminders? due/);
    await expect(page.locator('.profile-card', { hasText: 'Lucia' })).not.toContainText('due');
    await expectNoAxeViolations(page, 'family overview');

    const data = JSON.parse(readFileSync(join(dir, 'lockstep.json'), 'utf8')) as {
      profiles: { id: string; name: string }[];
      plans: Record<string, { checklist: Record<string, { mailedOn?: string; tracking?: string }> }>;
    };
    const mateo = data.profiles.find((p) => p.name === 'Mateo')!.id;
    const lucia = data.profiles.find((p) => p.name === 'Lucia')!.id;
    expect(data.plans[mateo]?.checklist['minor-freeze-transunion']).toMatchObject({
      mailedOn: '2027-05-03',
      tracking: '9407 1000 0000 1234',
    });
    expect(Object.keys(data.plans[lucia]?.checklist ?? {})).toEqual([]);

    // A packet for an adult profile is refused with the reason.
    const refused = await page.evaluate(async (profileId) => {
      const token = sessionStorage.getItem('lockstep.token') ?? '';
      const r = await fetch('/api/documents:mailPacket', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-lockstep-token': token },
        body: JSON.stringify({ input: { profileId, bureau: 'equifax', language: 'en' } }),
      });
      return (await r.json()) as { ok: boolean; error?: { code: string; params: unknown } };
    }, lucia);
    expect(refused.ok).toBe(false);
    // The reason travels as a code and the subject; the page words it in the reader's language.
    expect(refused.error).toEqual({ code: 'packet_not_for_subject', params: { subject: 'self' } });
  } finally {
    await host.stop();
  }
});
