import { test, expect, openApp, createProfile } from './host';
import type { Page } from '@playwright/test';

/**
 * Issue 14: the plan leads with what protects most, and two T-Mobile groups read sensibly side by
 * side. A former customer (SSN exposed) starts with the credit freezes; a prepaid customer (phone
 * and PIN only) starts with the carrier PIN, and is told why the freezes are optional for them.
 */
async function planFor(page: Page, name: string, group: RegExp) {
  await createProfile(page, name);
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('group', { name: 'Which breach notice applies?' }).getByRole('radio', { name: group }).check();
  await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
  await expect(page.locator('.card--next')).toBeVisible();
  const sections = await page.locator('.plan-section h2').allTextContents();
  const steps = await page
    .locator('.plan-section')
    .getByRole('button', { name: /^Open step:/ })
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return { sections, steps };
}

test('a prepaid plan and a former-customer plan side by side', async ({ page, host }) => {
  test.setTimeout(90_000);
  await openApp(page, host);
  const former = await planFor(page, 'Former', /former or prospective/);
  await expect(page.getByText('Credit freezes: optional for you')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to all profiles' }).click();
  const prepaid = await planFor(page, 'Prepaid', /prepaid customer/);

  // The former customer's SSN was exposed: "Do these first" leads with the credit freezes; the
  // official accounts come later, and the recurring steps close the plan (issue 15).
  expect(former.sections.map((s) => s.split(' · ')[0])).toEqual([
    'Do these first',
    'This week',
    'When you can',
    'Every year',
  ]);
  expect(former.steps[0]).toBe('Open step: Freeze your credit at Equifax');
  const at = (title: RegExp) => former.steps.findIndex((s) => title.test(s));
  expect(at(/Create your online Social Security account|my Social Security/)).toBeGreaterThan(at(/TransUnion/));
  expect(at(/IRS/)).toBeGreaterThan(at(/Innovis/));

  // The prepaid customer's SSN was not exposed: the phone account leads, no freeze is in the list,
  // and one sentence says why the freezes are optional, with a way to each of them.
  expect(prepaid.sections[0]).toMatch(/^Do these first/);
  expect(prepaid.steps[0]).toMatch(/^Open step: Set a new T-Mobile account PIN/);
  expect(prepaid.steps.join(' ')).not.toMatch(/Freeze your/);
  await expect(page.getByRole('heading', { name: 'Credit freezes: optional for you' })).toBeVisible();
  await expect(page.getByText(/the FTC ties credit freezes to an exposed SSN/)).toBeVisible();
  await page.getByRole('button', { name: /^Open step: Set a new T-Mobile account PIN/ }).click();
  await expect(page.getByText(/T-Mobile reset exposed prepaid PINs to random numbers/)).toBeVisible();
  await page.getByRole('button', { name: /Back to the plan/ }).click();
  await page.getByRole('button', { name: 'Freeze your credit at Equifax', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Freeze your credit at Equifax' })).toBeVisible();
});
