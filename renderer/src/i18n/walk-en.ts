/** The plan's tiers and the walk from step to step, kept apart so en.ts stays readable. */
export const tiersEn = {
  first: { title: 'Do these first', intro: 'These protect the most. About {{minutes}} minutes left in all.' },
  week: { title: 'This week', intro: 'Worth doing soon, once the first ones are done.' },
  'when-you-can': { title: 'When you can', intro: 'Extra protection that fewer people need straight away.' },
  yearly: { title: 'Every year', intro: 'These come back each year; Lockstep reminds you.' },
  progress: '{{done}} of {{total}} done',
  minutesLeft: 'about {{minutes}} minutes left',
};

/** The message after a step is recorded on its page, and the finish of a tier. */
export const walkEn = {
  recorded: {
    done: '{{step}}: marked done.',
    skipped: '{{step}}: skipped for now.',
    not_applicable: '{{step}}: marked as not applying to you.',
  },
  undo: {
    done: 'Undo: {{step}} marked done',
    skipped: 'Undo: {{step}} skipped',
    not_applicable: 'Undo: {{step}} marked as not applying',
  },
  nextIn: 'Next in "{{tier}}"',
  next: 'Go to the next step: {{step}}',
  finishedTitle: 'You finished "{{tier}}"',
  protectedNow: 'Now in place:',
  nothingDone: 'No step of this part is marked done yet; the ones you skipped wait in the plan.',
  comingNext: 'Coming next: "{{tier}}", about {{minutes}} minutes in all.',
  startNext: 'Start: {{step}}',
  allFinished: 'Nothing else is open in your plan. Lockstep will remind you of what comes back.',
  /** Said in view and read out on the step the person lands on after recording the previous one. */
  nowAt: 'Now: {{step}}, step {{n}} of {{total}} in "{{tier}}".',
  waiting: {
    line: 'Mailed on {{mailed}}, answer expected by {{expected}}',
    estimate:
      'That day is Lockstep’s estimate: {{days}} days after mailing, to allow for the post both ways. The bureau’s own deadline starts when your letter arrives; check it on the official site. A reminder comes that day if no answer has.',
    count: '{{count}} waiting for an answer',
  },
};
