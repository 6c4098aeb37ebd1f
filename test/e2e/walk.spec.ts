import { test, expect, openApp, createProfile } from './host';
import { expectNoAxeViolations } from './a11y';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Issue 15: the plan opens with "Do these first"; a step page leads with the action, and after
 * "Mark as done" a message in view says what was recorded, offers "Undo" for that change only,
 * and leads to the next step of the tier; the tier ends with a finish message. Maria (67) got
 * T-Mobile's breach letter; she uses only buttons the app puts on the first screen.
 */
const WORDS = {
  en: {
    start: 'Start the questions',
    save: 'Save answers and see the plan',
    first: /^Do these first/,
    startStep: 'Start this step',
    markDone: 'Mark as done',
    first4: [
      'Freeze your credit at Equifax',
      'Freeze your credit at Experian',
      'Freeze your credit at TransUnion',
      'Set a new T-Mobile account PIN',
    ],
    undo: (step: string) => `Undo: ${step} marked done`,
    next: (step: string) => `Go to the next step: ${step}`,
    recorded: (step: string) => `${step}: marked done.`,
    undone: 'Last change undone.',
    finished: 'You finished "Do these first"',
    todo: 'To do',
  },
  es: {
    start: 'Empezar las preguntas',
    save: 'Guardar respuestas y ver el plan',
    first: /^Haga esto primero/,
    startStep: 'Empezar este paso',
    markDone: 'Marcar como hecho',
    first4: [] as string[],
    undo: (step: string) => `Deshacer: ${step} marcado como hecho`,
    next: (step: string) => `Ir al paso siguiente: ${step}`,
    recorded: (step: string) => `${step}: marcado como hecho.`,
    undone: 'Se deshizo el último cambio.',
    finished: 'Terminó "Haga esto primero"',
    todo: 'Por hacer',
  },
};

/** Screenshots for a person to look at: LOCKSTEP_SHOTS=<dir> keeps them out of test-results. */
const shot = (name: string) => join(process.env.LOCKSTEP_SHOTS ?? test.info().outputDir, name);

/** The button is on the first screen: no scrolling needed to see or press it. */
async function inFirstScreen(page: Page, name: string) {
  const button = page.getByRole('button', { name, exact: true });
  await expect(button).toBeVisible();
  await expect(button).toBeInViewport();
  return button;
}

test('Maria walks "Do these first": start, mark done, undo, next, finish, and a restart keeps it', async ({
  page,
  host,
  restart,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const t = WORDS.en;
  await openApp(page, host);
  await createProfile(page, 'Maria');
  await page.getByRole('button', { name: t.start }).click();
  await page.getByRole('button', { name: t.save }).click();
  await expect(page.getByRole('heading', { level: 2, name: t.first })).toBeVisible();
  // The next-step card on the first screen says which part of the plan it belongs to.
  await expect(page.locator('.card--next')).toContainText('Do these first');
  await page.screenshot({ path: shot('walk-plan-en.png'), fullPage: false });

  let clicks = 0;
  await (await inFirstScreen(page, t.startStep)).click();
  clicks++;
  const [equifax, experian] = t.first4 as [string, string, string, string];
  await expect(page.getByRole('heading', { level: 1, name: equifax })).toBeVisible();
  await page.screenshot({ path: shot('walk-step-en.png'), fullPage: false });
  await (await inFirstScreen(page, t.markDone)).click();
  clicks++;

  // She is taken to the next step of the tier: its heading has focus, and a message in view (a live
  // region) says what was recorded on the previous one, with Undo naming that step and change.
  await expect(page.getByRole('heading', { level: 1, name: experian })).toBeFocused();
  const landed = page.locator('.landed [role="status"]');
  await expect(landed).toContainText(t.recorded(equifax));
  await expect(landed).toContainText(`Now: ${experian}, step 2 of 4 in "Do these first".`);
  await expect(landed).toBeInViewport();
  await page.screenshot({ path: shot('walk-landed-en.png'), fullPage: false });
  await expectNoAxeViolations(page, 'step page with the walk message');
  // Undo takes her back to Equifax, as it was.
  await (await inFirstScreen(page, t.undo(equifax))).click();
  await expect(page.getByRole('heading', { level: 1, name: equifax })).toBeFocused();
  await expect(page.locator('p.status')).toHaveText(t.undone);
  await expect(page.locator('.status-line')).toContainText(t.todo);

  // Again, then on through the tier: one press a step, every button on the first screen.
  await (await inFirstScreen(page, t.markDone)).click();
  let at = equifax;
  for (const step of t.first4.slice(1)) {
    await expect(page.getByRole('heading', { level: 1, name: step })).toBeFocused();
    await expect(landed).toContainText(t.recorded(at));
    await (await inFirstScreen(page, t.markDone)).click();
    clicks++;
    at = step;
  }
  expect(at).not.toBe(experian);
  // The last of the tier: she stays, and the finish says what is in place and what comes next.
  await expect(page.getByRole('heading', { level: 2, name: t.finished })).toBeFocused();
  await expect(page.getByText('Now in place:')).toBeVisible();
  await expect(page.getByText(/^Coming next: "This week", about \d+ minutes in all\.$/)).toBeVisible();
  await expectNoAxeViolations(page, 'tier finish');
  // One click to start the tier, then one a step ("Mark as done"): well under 3 a step.
  expect(clicks).toBeLessThanOrEqual(1 + t.first4.length);

  // After a restart the four are still done, and nothing offers to undo a change no longer in view.
  const again = await restart();
  await openApp(page, again);
  await page.getByRole('button', { name: 'Open the plan for Maria' }).click();
  await expect(page.getByRole('heading', { level: 2, name: t.first })).toContainText('4 of 4 done');
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`el plan y un paso en español (${colorScheme}, 200%): "Haga esto primero" y el mensaje con deshacer`, async ({
    page,
    host,
  }) => {
    test.setTimeout(90_000);
    const t = WORDS.es;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme });
    await openApp(page, host);
    await createProfile(page, 'Maria');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByRole('button', { name: t.start }).click();
    await page.getByRole('button', { name: t.save }).click();
    await expect(page.getByRole('heading', { level: 2, name: t.first })).toBeVisible();
    await expectNoAxeViolations(page, `plan es ${colorScheme}`);
    await page.screenshot({ path: shot(`walk-plan-es-${colorScheme}.png`) });
    await page.getByRole('button', { name: t.startStep, exact: true }).click();
    await expect(page.getByRole('button', { name: /^← Volver al plan/ })).toBeVisible();
    const title = (await page.locator('h1').innerText()).trim();
    await page.getByRole('button', { name: t.markDone, exact: true }).click();
    await expect(page.locator('h1')).not.toHaveText(title);
    await expect(page.locator('h1')).toBeFocused();
    await expect(page.locator('.landed [role="status"]')).toContainText(t.recorded(title));
    await expect(page.getByRole('button', { name: t.undo(title) })).toBeInViewport();
    await expectNoAxeViolations(page, `step es ${colorScheme}`);
    await page.evaluate(() => (document.body.style.zoom = '200%'));
    await page.screenshot({ path: shot(`walk-step-es-${colorScheme}-200.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow at 200%').toBeLessThanOrEqual(0);
  });
}
