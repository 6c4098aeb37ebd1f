import { walkEn } from '../walk-en';

/**
 * A person's plan (their page, a step, the questions, the printable plan): the profile list keeps only `plan.progress`.
 * Loaded with the screens that show them (tables.ts); plan-es.ts has exactly these keys.
 */
export const planEn = {
  plan: {
    startTitle: "Let's build the plan",
    startBody: 'Answer six short questions. Lockstep then lists what to do, in the best order.',
    start: 'Start the questions',
    nextTitle: 'Next step',
    openNext: 'Open the next step: {{title}}',
    openNextShort: 'Start this step',
    allDone: 'Every step in this plan is done or set aside. Well done.',
    minutes: 'About {{count}} minutes',
    progressLabel: 'Progress',
    sectionProgress: '{{done}} of {{total}} done',
    changeAnswers: 'Change the answers',
    printable: 'Printable plan (PDF)',
    undo: 'Undo the last change',
    showAll: 'Show all steps, including ones that do not apply',
    optionalFreezesTitle: 'Credit freezes: optional for you',
    optionalFreezesWhy:
      'Your answers do not include your Social Security number, and the FTC ties credit freezes to an exposed SSN; a freeze is still free, so you may place one at any of these agencies.',
    notNeeded: 'Not needed for this plan',
    openStep: 'Open step: {{title}}',
    answersSaved: 'Answers saved. The plan is updated.',
    empty: 'No steps apply with these answers. Try "Show all steps", or change the answers.',
  },
  sections: {
    freezes: 'Credit freezes',
    carrier: 'Your phone account',
    secondary: 'Other freezes',
    alerts: 'Alerts and reports',
    accounts: 'Official accounts to claim',
    protection: 'Protection services',
    deceased: 'For a relative who has died',
  },
  status: {
    todo: 'To do',
    in_progress: 'Started',
    done: 'Done',
    skipped: 'Skipped',
    not_applicable: 'Does not apply',
    waiting: 'Waiting for an answer',
  },
  notes: {
    'ask-primary-holder': 'Only the primary account holder can do this. Ask them to do it.',
    'check-primary-holder': 'Only the primary account holder can do this. Check who that is on the account.',
    'ask-primary-or-full-access':
      'Only the primary account holder, or someone on a line with full-access permission, can do this. Ask one of them to do it.',
    'check-primary-or-full-access':
      'Only the primary account holder, or someone on a line with full-access permission, can do this. Check who that is on the account.',
    'person-does-it':
      'Only the person can do this step, because it checks their own identity. Without legal authority, such as a power of attorney, you cannot do it for them. Sit beside them while they do it.',
    'phone-accounts-file':
      'After a phone-company breach this freeze matters most: it stops someone opening a new phone line in your name.',
    'prepaid-pin-reset':
      'After the breach, T-Mobile reset exposed prepaid PINs to random numbers. Set a new PIN that you will remember.',
  },
  walk: walkEn,
  printPlan: {
    open: 'Print the plan',
    title: 'Recovery plan for {{name}}',
    intro: 'Tick each box when the step is done. Call only the numbers printed here or on the official site.',
    print: 'Print',
  },
};
