import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './host';
import { expectNoAxeViolations } from './a11y';

/**
 * Issue 15, "done when": Maria, 67, got T-Mobile's breach letter. She creates her profile, answers the
 * questions, and completes every step of "Do these first" using only the buttons the app puts in
 * view: each button is asserted to be in the viewport before it is pressed, there is no scrolling
 * call and no address typed. The clicks are counted.
 *
 * The bound: 3 for the profile (Spanish, "Myself", create), the interview's own clicks (start, one per answer that differs from the default,
 * save: at most 8), and 3 per step of the tier (a person should need about three; the app needs one:
 * "Mark as done", after which it takes her to the next step). The walk fails above it.
 */
const WORDS = {
  en: {
    language: 'English',
    name: 'Name',
    myself: 'Myself',
    create: 'Create profile',
    start: 'Start the questions',
    breach: 'T-Mobile: current postpaid customer',
    ssn: 'Social Security number',
    dob: 'Date of birth',
    subject: /^Me, or another adult/,
    carrier: 'T-Mobile',
    primary: 'Is this person the primary account holder?',
    yes: 'Yes',
    save: 'Save answers and see the plan',
    startStep: 'Start this step',
    markDone: 'Mark as done',
    recorded: (step: string) => `${step}: marked done.`,
    finished: 'You finished "Do these first"',
    first: /^Do these first/,
  },
  es: {
    language: 'Español',
    name: 'Nombre',
    myself: 'Yo',
    create: 'Crear perfil',
    start: 'Empezar las preguntas',
    breach: 'T-Mobile: cliente actual de pospago',
    ssn: 'Número de Seguro Social',
    dob: 'Fecha de nacimiento',
    subject: /^Mío, o de otro adulto/,
    carrier: 'T-Mobile',
    primary: '¿Esta persona es el titular principal de la cuenta?',
    yes: 'Sí',
    save: 'Guardar respuestas y ver el plan',
    startStep: 'Empezar este paso',
    markDone: 'Marcar como hecho',
    recorded: (step: string) => `${step}: marcado como hecho.`,
    finished: 'Terminó "Haga esto primero"',
    first: /^Haga esto primero/,
  },
};

const shot = (name: string) => join(process.env.LOCKSTEP_SHOTS ?? test.info().outputDir, name);

for (const lang of ['en', 'es'] as const) {
  test(`Maria (67) does every step of "Do these first" with the buttons in view, in few clicks (${lang})`, async ({
    page,
    host,
  }) => {
    // A long walk: give it room on a slow, shared 2-core machine.
    test.setTimeout(240_000);
    const w = WORDS[lang];
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, host);
    let clicks = 0;
    /** Presses a control the app shows now: it must already be in the viewport (no scrolling). */
    const press = async (target: Locator) => {
      await expect(target).toBeVisible();
      await expect(target).toBeInViewport();
      await target.click();
      clicks++;
    };
    /** The interview is one form longer than a screen: she reads down it, so its answers may scroll. */
    const answer = async (target: Locator) => {
      await target.check();
      clicks++;
    };

    // The profile. Typing her name is the one thing she types.
    if (lang === 'es') await press(page.getByRole('button', { name: w.language }));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.getByLabel(w.name, { exact: true }).fill('Maria');
    await press(page.getByRole('radio', { name: w.myself }));
    await press(page.getByRole('button', { name: w.create }));
    await expect(page.getByRole('heading', { level: 1, name: 'Maria' })).toBeVisible();
    const profileClicks = clicks;

    // The questions.
    await press(page.getByRole('button', { name: w.start }));
    const questions = page.locator('form');
    for (const radio of [w.breach, w.subject, w.carrier]) {
      const control = questions.getByRole('radio', { name: radio, exact: typeof radio === 'string' });
      if (!(await control.isChecked())) await answer(control);
    }
    for (const box of [w.ssn, w.dob]) await answer(questions.getByRole('checkbox', { name: box }));
    const primary = page.getByRole('group', { name: w.primary }).getByRole('radio', { name: w.yes, exact: true });
    if (!(await primary.isChecked())) await answer(primary);
    const save = page.getByRole('button', { name: w.save });
    // The save button ends the form; she has read down to it.
    await save.scrollIntoViewIfNeeded();
    await press(save);
    const interviewClicks = clicks - profileClicks;
    expect(interviewClicks).toBeLessThanOrEqual(8);

    // The plan opens with "Do these first" and the button to start it, in view.
    const tierHeading = page.getByRole('heading', { level: 2, name: w.first });
    await expect(tierHeading).toBeVisible();
    const tierSize = Number((await tierHeading.innerText()).match(/(\d+)\D+$/)?.[1]);
    expect(tierSize).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: shot(`maria-plan-${lang}.png`) });
    const walkStart = clicks;
    await press(page.getByRole('button', { name: w.startStep, exact: true }));

    const done: string[] = [];
    for (let guard = 0; guard < 12; guard++) {
      const title = page.locator('h1');
      await expect(title).toBeFocused();
      const step = (await title.innerText()).trim();
      if (guard === 0) await page.screenshot({ path: shot(`maria-step-${lang}.png`) });
      await press(page.getByRole('button', { name: w.markDone, exact: true }));
      done.push(step);
      const finished = page.getByRole('heading', { level: 2, name: w.finished });
      // The message for THIS step (the one left from the step before may still be on screen for a moment).
      const landed = page.locator('.landed [role="status"]').filter({ hasText: w.recorded(step) });
      await expect(finished.or(landed)).toBeVisible();
      if (await finished.isVisible()) break;
      // Taken to the next step: the message says what was recorded, in view, and the heading is new.
      await expect(landed).toContainText(w.recorded(step));
      await expect(landed).toBeInViewport();
      await expect(title).not.toHaveText(step);
      if (done.length === 1) {
        await page.screenshot({ path: shot(`maria-landed-${lang}.png`) });
        await expectNoAxeViolations(page, `landed ${lang}`);
      }
    }
    const finished = page.getByRole('heading', { level: 2, name: w.finished });
    await expect(finished).toBeFocused();
    await expect(finished).toBeInViewport();
    await page.screenshot({ path: shot(`maria-finish-${lang}.png`) });
    expect(done).toHaveLength(tierSize);
    expect(new Set(done).size).toBe(done.length);

    const walkClicks = clicks - walkStart;
    // The bound stated above: 3 for the profile, 8 for the interview, 3 per step of the tier.
    expect(walkClicks).toBeLessThanOrEqual(3 * tierSize);
    expect(clicks).toBeLessThanOrEqual(3 + 8 + 3 * tierSize);
    test.info().annotations.push({
      type: 'clicks',
      description: `${lang}: profile ${profileClicks}, interview ${interviewClicks}, ${tierSize} steps ${walkClicks}`,
    });
    console.log(`clicks ${lang}: profile ${profileClicks}, interview ${interviewClicks}, ${tierSize} steps ${walkClicks}`);
  });
}

/** At 320 px wide, and at 200% zoom at 1280, the plan and the step page lose nothing. */
async function noSideways(page: Page, label: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
  expect(scrollWidth, `horizontal scroll on ${label}`).toBeLessThanOrEqual(clientWidth);
}

for (const view of [
  { name: '320px', width: 320, height: 640, zoom: false },
  { name: '200%', width: 1280, height: 800, zoom: true },
] as const) {
  for (const lang of ['en', 'es'] as const) {
    test(`plan and step page at ${view.name} (${lang}): no sideways scroll, progress buttons reachable`, async ({
      page,
      host,
    }) => {
      test.setTimeout(120_000);
      const w = WORDS[lang];
      // 200% zoom halves the CSS viewport: at 1280 × 800 the page lays out in 640 × 400 CSS px.
      const scale = view.zoom ? 2 : 1;
      await page.setViewportSize({ width: view.width / scale, height: view.height / scale });
      await openApp(page, host);
      await page.getByRole('button', { name: w.language }).click();
      await page.getByLabel(w.name, { exact: true }).fill('Maria');
      await page.getByRole('radio', { name: w.myself }).check();
      await page.getByRole('button', { name: w.create }).click();
      await page.getByRole('button', { name: w.start }).click();
      await page.getByRole('button', { name: w.save }).click();
      await expect(page.getByRole('heading', { level: 2, name: w.first })).toBeVisible();
      await noSideways(page, `plan ${lang}`);
      await page.screenshot({ path: shot(`plan-${view.name}-${lang}.png`), fullPage: true });
      await page.getByRole('button', { name: w.startStep, exact: true }).click();
      await expect(page.locator('.status-line')).toBeVisible();
      await noSideways(page, `step ${lang}`);
      // Every progress button can be reached and pressed, none cut off at the side.
      const buttons = page.locator('.status-head + .actions button');
      expect(await buttons.count()).toBeGreaterThanOrEqual(3);
      for (const button of await buttons.all()) {
        const box = (await button.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual((await page.evaluate(() => document.documentElement.clientWidth)) + 0.5);
      }
      await page.screenshot({ path: shot(`step-${view.name}-${lang}.png`) });
      await page.getByRole('button', { name: w.markDone, exact: true }).click();
      await expect(page.locator('.landed [role="status"]')).not.toBeEmpty();
      await noSideways(page, `landed step ${lang}`);
      await page.screenshot({ path: shot(`landed-${view.name}-${lang}.png`) });
    });
  }
}
