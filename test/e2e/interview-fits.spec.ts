import { test, expect, openApp, createProfile } from './host';

test('the interview asks only what applies: not the phone holder or a loan for a child under 16', async ({
  page,
  host,
}) => {
  await openApp(page, host);
  await createProfile(page, 'Mateo', 'My child');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  const holder = page.getByRole('group', { name: 'Is this person the primary account holder?' });
  const loan = page.getByRole('group', { name: 'Is a loan, lease or new phone line coming soon?' });
  await expect(page.getByRole('radio', { name: 'A child under 16' })).toBeChecked();
  await expect(holder).toHaveCount(0);
  await expect(loan).toHaveCount(0);
  // The same person, answered as an adult T-Mobile customer: both questions come back.
  await page.getByRole('radio', { name: 'Me, or another adult who will do the steps themselves' }).check();
  await expect(holder).toBeVisible();
  await expect(loan).toBeVisible();
  await page.getByRole('group', { name: 'Which mobile carrier?' }).getByRole('radio', { name: 'No mobile phone' }).check();
  await expect(holder).toHaveCount(0);
  await expect(loan).toBeVisible();
});
