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
  await page.getByRole('radio', { name: 'Me, or another adult who will do the steps on their own' }).check();
  await expect(holder).toBeVisible();
  await expect(loan).toBeVisible();
  await page.getByRole('group', { name: 'Which mobile carrier?' }).getByRole('radio', { name: 'No mobile phone' }).check();
  await expect(holder).toHaveCount(0);
  await expect(loan).toBeVisible();
});

const WORDS = {
  en: {
    start: 'Start the questions',
    subject: 'Whose plan is this?',
    assisted: 'An adult I help without power of attorney (they do the steps, with my help)',
    primary: 'Is this person the primary account holder?',
    no: 'No',
    save: 'Save answers and see the plan',
    pinStep: 'Open step: Set a new T-Mobile account PIN',
    pinTitle: 'Set a new T-Mobile account PIN',
    personNote: 'Only the person can do this step, because it checks their own identity.',
    holderNote: 'Only the primary account holder can do this. Ask them to do it.',
    holderLine: 'The T-Mobile ID login of the primary account holder',
    change: 'Change the answers',
  },
  es: {
    start: 'Empezar las preguntas',
    subject: '¿De quién es este plan?',
    assisted: 'De un adulto al que ayudo sin poder notarial (hace los pasos con mi ayuda)',
    primary: '¿Esta persona es el titular principal de la cuenta?',
    no: 'No',
    save: 'Guardar respuestas y ver el plan',
    pinStep: 'Abrir el paso: Cambie el PIN de su cuenta de T-Mobile',
    pinTitle: 'Cambie el PIN de su cuenta de T-Mobile',
    personNote: 'Solo la propia persona puede hacer este paso, porque se verifica su identidad.',
    holderNote: 'Solo el titular principal de la cuenta puede hacer esto. Pídale que lo haga.',
    holderLine: 'El acceso de T-Mobile ID del titular principal de la cuenta',
    change: 'Cambiar las respuestas',
  },
} as const;

for (const language of ['en', 'es'] as const) {
  test(`helping a parent without power of attorney (${language}): the plan says they do their own steps, and it stays after a restart`, async ({
    page,
    host,
    restart,
  }) => {
    test.slow();
    const w = WORDS[language];
    const pickLanguage = async () => {
      if (language === 'es') {
        await page.getByRole('button', { name: 'Español' }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      }
    };
    await openApp(page, host);
    await createProfile(page, 'Dad', 'My parent');
    await pickLanguage();
    await page.getByRole('button', { name: w.start }).click();
    // A parent's plan starts as one the helper helps with, not as "me".
    const subject = page.getByRole('group', { name: w.subject });
    await expect(subject.getByRole('radio', { name: w.assisted })).toBeChecked();
    // The adult holds their own phone account: the holder question is asked; Dad is not the holder.
    await page.getByRole('group', { name: w.primary }).getByRole('radio', { name: w.no, exact: true }).check();
    await page.getByRole('button', { name: w.save }).click();

    await page.getByRole('button', { name: w.pinStep }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.pinTitle })).toBeVisible();
    await expect(page.getByText(w.personNote)).toBeVisible();
    await expect(page.getByText(w.holderNote)).toBeVisible();
    // The checklist agrees with "not the primary holder": it names the holder's login, not "yours".
    const ready = page.locator('section', { has: page.locator('#ready-title') });
    await expect(ready).toContainText(w.holderLine);
    await expect(ready).not.toContainText(language === 'en' ? 'Your T-Mobile ID login' : 'Su acceso de T-Mobile ID');

    const again = await restart();
    await openApp(page, again);
    await page.getByRole('button', { name: /Dad/ }).first().click();
    await page.getByRole('button', { name: w.change }).click();
    await expect(page.getByRole('group', { name: w.subject }).getByRole('radio', { name: w.assisted })).toBeChecked();
    await expect(
      page.getByRole('group', { name: w.primary }).getByRole('radio', { name: w.no, exact: true }),
    ).toBeChecked();
  });
}
