import { test, expect } from './host';

test('an address without its token says how to get in, in English and Spanish, and reads nothing', async ({
  page,
  host,
}) => {
  const origin = new URL(host.url).origin;
  await page.goto(`${origin}/`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Open Lockstep from the address it printed' }),
  ).toBeVisible();
  const en = page.locator('#no-token section[lang="en"]');
  await expect(en).toContainText(`${origin}/#token=`);
  await expect(en).toContainText('start Lockstep again (npm start)');
  const es = page.locator('#no-token section[lang="es"]');
  await expect(
    es.getByRole('heading', { level: 2, name: 'Abra Lockstep desde la dirección que mostró' }),
  ).toBeVisible();
  await expect(es).toContainText('inicie Lockstep otra vez (npm start)');
  await expect(page.getByText('Loading…')).toBeHidden();
  await expect(page.getByText(/Something went wrong/)).toHaveCount(0);

  // A token from an earlier start: the host refuses it, and the same page says what to do.
  await page.goto(`${origin}/#token=from-an-earlier-start`);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Open Lockstep from the address it printed' }),
  ).toBeVisible();

  // The printed address still works in the same tab.
  // Same page, new fragment: the browser does not load it again by itself.
  await page.goto(host.url);
  await page.reload();
  await expect(page.locator('#no-token')).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
});

test.describe('a Spanish-speaking browser', () => {
  test.use({ locale: 'es-ES' });
  test('reads the Spanish first', async ({ page, host }) => {
    await page.goto(`${new URL(host.url).origin}/`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Abra Lockstep desde la dirección que mostró' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('#no-token section[lang="es"]')).toContainText('después de la palabra “ready”');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Open Lockstep from the address it printed' }),
    ).toBeVisible();
  });
});
