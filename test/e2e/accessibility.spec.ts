import { test, expect, openApp, createProfile } from './host';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';

/**
 * Each axe pass takes seconds on a slow 2-core machine, so the walk is split into three parts per
 * language and colour scheme, and each part gets its own timeout instead of Playwright's 30 s default.
 */
const AXE_WALK_TIMEOUT = 120_000;

const WORDS = {
  en: {
    create: 'Create profile',
    name: 'Name',
    rename: 'Rename',
    del: 'Delete profile',
    back: 'Back to all profiles',
    start: 'Start the questions',
    save: 'Save answers and see the plan',
    skip: 'Skip for now',
    note: 'Note for this step',
    saveNote: 'Save note',
    backToPlan: /Back to the plan/,
    settings: 'Settings',
  },
  es: {
    create: 'Crear perfil',
    name: 'Nombre',
    rename: 'Cambiar nombre',
    del: 'Eliminar perfil',
    back: 'Volver a todos los perfiles',
    start: 'Empezar las preguntas',
    save: 'Guardar respuestas y ver el plan',
    skip: 'Omitir por ahora',
    note: 'Nota para este paso',
    saveNote: 'Guardar nota',
    backToPlan: /Volver al plan/,
    settings: 'Configuración',
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

async function createRosa(page: Page, t: Words) {
  await page.getByLabel(t.name, { exact: true }).fill('Rosa');
  await page.getByRole('button', { name: t.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rosa' })).toBeVisible();
}

async function answerInterview(page: Page, t: Words) {
  await page.getByRole('button', { name: t.start }).click();
  await page.getByRole('button', { name: t.save }).click();
  await expect(page.locator('.card--next')).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const language of ['en', 'es'] as const) {
    const t = WORDS[language];
    test.describe(`axe (WCAG 2.2 AA) in ${language}, ${colorScheme}`, () => {
      test.beforeEach(async ({ page, host }) => {
        test.setTimeout(AXE_WALK_TIMEOUT);
        await page.emulateMedia({ colorScheme });
        await openApp(page, host);
        if (language === 'es') {
          await page.getByRole('button', { name: 'Español' }).click();
          await expect(page.locator('html')).toHaveAttribute('lang', 'es');
        }
      });

      test('welcome and profile screens', async ({ page }) => {
        await expectNoAxeViolations(page, 'welcome (no profiles)');
        await page.getByRole('button', { name: t.create }).click();
        await expectNoAxeViolations(page, 'create form with an error');
        await createRosa(page, t);
        await expectNoAxeViolations(page, 'profile page with status message');

        await page.getByRole('button', { name: t.rename }).click();
        await expectNoAxeViolations(page, 'rename form');
        await page.keyboard.press('Escape');

        await page.getByRole('button', { name: t.del }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoAxeViolations(page, 'delete confirmation dialog');
        await page.keyboard.press('Escape');
      });

      test('interview, plan and step page', async ({ page }) => {
        await createRosa(page, t);
        await page.getByRole('button', { name: t.start }).click();
        await expectNoAxeViolations(page, 'interview');
        await page.getByRole('button', { name: t.save }).click();
        await expect(page.locator('.card--next')).toBeVisible();
        await expectNoAxeViolations(page, 'plan with next step and checklist');
        await page.getByRole('switch').check();
        await expectNoAxeViolations(page, 'plan showing all steps');

        await page.locator('.card--next button').click();
        await expectNoAxeViolations(page, 'step page');
        await page.getByRole('button', { name: t.skip }).click();
        await expectNoAxeViolations(page, 'skip form');
        await page.getByLabel(t.note).fill('123-45-6789');
        await page.getByRole('button', { name: t.saveNote }).click();
        await expect(page.locator('.field--error textarea')).toBeVisible();
        await expectNoAxeViolations(page, 'SSN warning on a note');
      });

      test('profile list, settings and restore dialog', async ({ page }) => {
        await createRosa(page, t);
        await answerInterview(page, t);
        await page.locator('.card--next button').click();
        await page.getByRole('button', { name: t.backToPlan }).click();
        await page.getByRole('button', { name: t.back }).click();
        await expectNoAxeViolations(page, 'profile list');

        await page.getByRole('button', { name: t.settings }).click();
        await expect(page.locator('.step-row').first()).toBeVisible();
        await expectNoAxeViolations(page, 'settings with backups');
        await page.locator('.step-row button').first().click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoAxeViolations(page, 'restore confirmation dialog');
        await page.keyboard.press('Escape');
      });
    });
  }
}

test('the whole profile flow works from the keyboard alone', async ({ page, host }) => {
  await openApp(page, host);
  // Skip link first, then the language buttons, then the form.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel('Name', { exact: true }).focus();
  await page.keyboard.type('Keyboard Kim');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // Myself -> My parent
  await expect(page.getByRole('radio', { name: 'My parent' })).toBeChecked();
  await page.keyboard.press('Enter'); // submits the form
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard Kim' })).toBeFocused();
  await page.getByRole('button', { name: 'Delete profile' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Yes, delete it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Lockstep' })).toBeVisible();
});

test('at 320 px wide and at 200% zoom nothing scrolls sideways', async ({ page, host }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, host);
  await createProfile(page, 'A rather long name for a narrow window, to test wrapping');
  for (const zoom of ['100%', '200%']) {
    await page.evaluate((z) => (document.body.style.zoom = z), zoom);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow at ${zoom}`).toBeLessThanOrEqual(0);
  }
});
