import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, createProfile } from './host';

/**
 * Issue 15 items 5 and 6: a notice belongs to the page where it was made; the header keeps its
 * height when the vault unlocks (English and Spanish, 1280 px); and every button and link has an
 * accessible name that contains its visible words (WCAG 2.5.3, so voice control finds it).
 */
const shot = (name: string) => join(process.env.LOCKSTEP_SHOTS ?? test.info().outputDir, name);
const PASSPHRASE = 'otter quilt harbor 58 lantern';

const headerHeight = (page: Page) => page.locator('header.topbar').evaluate((el) => el.getBoundingClientRect().height);

async function createVault(page: Page, words: { vault: string; pass: string; again: string; create: string }) {
  await page.getByRole('navigation').getByRole('button', { name: words.vault, exact: true }).click();
  await page.getByLabel(words.pass, { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(words.again, { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: words.create }).click();
}

for (const lang of ['en', 'es'] as const) {
  test(`the header keeps its height when the vault unlocks, and the notice goes with the page (${lang})`, async ({
    page,
    host,
  }) => {
    // scrypt at N=2^17 takes seconds on a busy 2-core machine.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, host);
    const words =
      lang === 'en'
        ? {
            vault: 'Vault',
            pass: 'Passphrase',
            again: 'Passphrase again',
            create: 'Create the vault',
            created: 'Vault created and unlocked.',
            lock: 'Lock the vault',
            people: 'People',
          }
        : {
            vault: 'Bóveda',
            pass: 'Frase de contraseña',
            again: 'Repita la frase de contraseña',
            create: 'Crear la bóveda',
            created: 'Bóveda creada y abierta.',
            lock: 'Cerrar la bóveda',
            people: 'Personas',
          };
    if (lang === 'es') {
      await page.getByRole('button', { name: 'Español' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    }
    const before = await headerHeight(page);
    await page.screenshot({ path: shot(`header-locked-${lang}.png`), clip: { x: 0, y: 0, width: 1280, height: 160 } });
    await createVault(page, words);
    await expect(page.getByRole('status')).toHaveText(words.created, { timeout: 60_000 });
    const lock = page.locator('header').getByRole('button', { name: words.lock });
    await expect(lock).toBeVisible();
    await page.screenshot({ path: shot(`header-unlocked-${lang}.png`), clip: { x: 0, y: 0, width: 1280, height: 160 } });
    expect(await headerHeight(page), 'header height after unlock').toBe(before);
    // The language buttons stay on the row of the lock button.
    const langBox = await page.locator('.language-switch').boundingBox();
    const lockBox = await lock.boundingBox();
    expect(Math.abs(langBox!.y + langBox!.height / 2 - (lockBox!.y + lockBox!.height / 2))).toBeLessThan(8);

    // "Vault created" was said on the vault page; on another page it is gone.
    await page.getByRole('navigation').getByRole('button', { name: words.people, exact: true }).click();
    await expect(page.locator('p.status')).toBeEmpty();
    await expect(page.getByText(words.created)).toHaveCount(0);
  });
}

/**
 * Every visible button and link whose accessible name is set apart from its words (aria-label or
 * aria-labelledby) must contain those words. Returns the ones that do not.
 */
async function nameMismatches(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    const bad: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('button, a[href], [role="button"], [role="link"]'))) {
      if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
      const visible = norm(el.innerText);
      if (!visible) continue;
      const labelledby = el.getAttribute('aria-labelledby');
      const label = labelledby
        ? labelledby
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : el.getAttribute('aria-label');
      if (label === null) continue;
      if (!norm(label).includes(visible)) bad.push(`"${el.innerText.trim()}" is named "${label}"`);
    }
    return bad;
  });
}

for (const lang of ['en', 'es'] as const) {
  test(`every button's name contains its visible words on the main screens (${lang})`, async ({ page, host }) => {
    test.setTimeout(120_000);
    await openApp(page, host);
    const checks: string[] = [];
    const check = async (screen: string) => {
      await expect(page.locator('h1')).toBeVisible();
      for (const problem of await nameMismatches(page)) checks.push(`${screen}: ${problem}`);
    };
    await createProfile(page, 'Maria');
    if (lang === 'es') {
      await page.getByRole('button', { name: 'Español' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    }
    await check('profile, no plan');
    await page.locator('.card--next button').click();
    await check('interview');
    await page.locator('form button[type="submit"]').last().click();
    await expect(page.locator('.plan-tier').first()).toBeVisible();
    await check('plan');
    await page.locator('.card--next button').click();
    await expect(page.locator('.status-line')).toBeVisible();
    await check('step');
    await page.locator('.status-head + .actions .button--primary').click();
    await expect(page.locator('.landed [role="status"]')).not.toBeEmpty();
    await check('step after done');
    const nav = page.getByRole('navigation');
    for (const index of [0, 1, 2, 3, 4, 5]) {
      const button = nav.getByRole('button').nth(index);
      const name = (await button.innerText()).trim();
      await button.click();
      await check(`nav ${name}`);
    }
    expect(checks).toEqual([]);
  });
}
