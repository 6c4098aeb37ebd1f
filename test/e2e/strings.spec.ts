import type { Page } from '@playwright/test';
import { test, expect, openApp, createProfile } from './host';
import { en, es } from '../unit/i18n-all';

/**
 * Issue 18: each screen's words load with the screen (renderer/src/i18n/screens). No screen may show
 * a raw key ('vault.title', 'step.markDone'…) at any moment: not while its words are on the way,
 * not after a language switch, not on a deep link. A MutationObserver, installed before the app's
 * first script, looks at the page's text and its accessible names on every change.
 */
const RAW = `\\b(?:${Object.keys(en).join('|')})\\.[A-Za-z][\\w-]*`;

async function watchForRawKeys(page: Page) {
  await page.addInitScript((source: string) => {
    const raw = new RegExp(source, 'g');
    const seen: string[] = [];
    (window as unknown as { rawKeys: string[] }).rawKeys = seen;
    const look = () => {
      if (!document.body) return;
      const names = [...document.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((el) =>
        ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''),
      );
      for (const text of [document.body.innerText, document.title, ...names])
        for (const m of text.matchAll(raw)) seen.push(`${m[0]} (at ${location.hash})`);
    };
    new MutationObserver(look).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  }, RAW);
}

const rawKeys = (page: Page) => page.evaluate(() => (window as unknown as { rawKeys: string[] }).rawKeys);

/** Opens a screen from the header and waits for its heading. */
async function visit(page: Page, nav: string, heading: string) {
  await page.getByRole('navigation').getByRole('button', { name: nav }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('no screen shows a raw string key, in English or Spanish, by click, after a switch or on a deep link', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  await watchForRawKeys(page);
  await openApp(page, host);
  // Proof the watcher sees what the page shows, even for a moment: a key put in and taken out is caught.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'vault.title';
    document.body.append(p);
    setTimeout(() => p.remove(), 0);
  });
  await expect.poll(async () => (await rawKeys(page)).map((k) => k.split(' ')[0])).toContain('vault.title');
  await page.evaluate(() => (window as unknown as { rawKeys: string[] }).rawKeys.splice(0));
  await createProfile(page, 'Ana', 'Myself');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Questions for Ana' })).toBeVisible();
  await page.getByRole('button', { name: 'Save answers and see the plan' }).click();
  await expect(page.locator('.card--next')).toBeVisible();
  await page
    .getByRole('button', { name: /^Open step: / })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the plan' }).click();
  await page.getByRole('button', { name: en.recovery.open }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Someone used my details: Ana' })).toBeVisible();
  await visit(page, 'Due now', en.inbox.title);
  await visit(page, 'Vault', en.vault.title);
  await visit(page, 'Scam check', en.scam.title);
  await visit(page, 'Guide a caller', en.guide.title);
  await visit(page, 'Settings', en.settings.title);
  await expect(page.getByRole('heading', { name: en.transfer.exportTitle })).toBeVisible();
  expect(await rawKeys(page)).toEqual([]);

  // Switch on the settings page: its words and every screen's shown so far come in Spanish first.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: es.settings.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: es.transfer.exportTitle })).toBeVisible();
  await visit(page, es.nav.vault, es.vault.title);
  await visit(page, es.nav.inbox, es.inbox.title);
  await visit(page, es.nav.scam, es.scam.title);
  await visit(page, es.nav.guide, es.guide.title);
  await visit(page, es.nav.people, es.profiles.title);
  await page.getByRole('button', { name: es.profiles.open.replace('{{name}}', 'Ana') }).click();
  await expect(page.locator('.card--next')).toBeVisible();
  await page
    .getByRole('button', { name: /^Abrir el paso: / })
    .first()
    .click();
  await expect(page.getByRole('button', { name: es.step.markDone })).toBeVisible();
  const stepHash = await page.evaluate(() => location.hash);
  expect(await rawKeys(page)).toEqual([]);

  // Deep links: a fresh load on each screen, its words fetched in the start-up round.
  const profileHash = stepHash.replace(/\/step\/.*$/, '');
  const links: [string, () => Promise<void>][] = [
    [stepHash, () => expect(page.getByRole('button', { name: es.step.markDone })).toBeVisible()],
    [profileHash, () => expect(page.locator('.card--next')).toBeVisible()],
    [`${profileHash}/interview`, () => expect(page.getByRole('button', { name: es.interview.save })).toBeVisible()],
    [`${profileHash}/print`, () => expect(page.getByRole('button', { name: es.printPlan.print })).toBeVisible()],
    ['#/vault', () => expect(page.getByRole('heading', { level: 1, name: es.vault.title })).toBeVisible()],
    ['#/inbox', () => expect(page.getByRole('heading', { level: 1, name: es.inbox.title })).toBeVisible()],
    ['#/settings', () => expect(page.getByRole('heading', { level: 1, name: es.settings.title })).toBeVisible()],
    ['#/guide', () => expect(page.getByRole('heading', { level: 1, name: es.guide.title })).toBeVisible()],
    ['#/scam-check', () => expect(page.getByRole('heading', { level: 1, name: es.scam.title })).toBeVisible()],
  ];
  const origin = new URL(host.url).origin;
  for (const [hash, shown] of links) {
    await page.goto(`${origin}/${hash}`);
    await page.reload();
    await shown();
    expect(await rawKeys(page), hash).toEqual([]);
  }

  // And back to English on a deep-linked step: its modules come in English before the switch.
  await page.goto(`${origin}/${stepHash}`);
  await page.reload();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: en.step.markDone })).toBeVisible();
  expect(await rawKeys(page)).toEqual([]);
});
