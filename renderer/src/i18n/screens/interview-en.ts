/**
 * The six questions.
 * Loaded with the screens that show them (tables.ts); interview-es.ts has exactly these keys.
 */
export const interviewEn = {
  interview: {
    title: 'Questions for {{name}}',
    intro:
      'Six questions. The answers stay on this computer. None of them asks for a Social Security or account number.',
    breachLegend: 'Which breach notice applies?',
    breach: {
      'tmobile-postpaid': 'T-Mobile: current postpaid customer',
      'tmobile-former': 'T-Mobile: former or prospective customer (applied for credit)',
      'tmobile-prepaid': 'T-Mobile: prepaid customer',
      'tmobile-unsure': 'T-Mobile, but not sure which group',
      other: 'Another breach, or no notice',
    },
    exposedLegend: 'What was exposed?',
    exposedHint: 'Tick any you know of. Lockstep adds what your T-Mobile group had.',
    exposed: {
      ssn: 'Social Security number',
      dob: 'Date of birth',
      license: "Driver's license or ID number",
      phone: 'Phone number',
      'account-pin': 'Account PIN',
      'imei-imsi': 'Phone identifiers (IMEI or IMSI)',
      address: 'Home address',
    },
    subjectLegend: 'Whose plan is this?',
    subject: {
      self: 'Me, or another adult who will do the steps on their own',
      minor: 'A child under 16',
      represented: 'An adult I help under power of attorney or guardianship',
      spouse: 'My spouse or partner',
      deceased: 'A relative who has died',
      assisted: 'An adult I help without power of attorney (they do the steps, with my help)',
    },
    carrierLegend: 'Which mobile carrier?',
    carrier: {
      tmobile: 'T-Mobile',
      verizon: 'Verizon',
      att: 'AT&T',
      other: 'Another carrier',
      none: 'No mobile phone',
    },
    primaryLegend: 'Is this person the primary account holder?',
    primaryHint: 'The primary holder is the one whose name is on the bill.',
    primary: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
    creditLegend: 'Is a loan, lease or new phone line coming soon?',
    creditHint: 'If so, the plan shows how to lift a freeze for a short time.',
    yes: 'Yes',
    no: 'No',
    preview: 'With these answers, the plan has {{count}} steps.',
    save: 'Save answers and see the plan',
    cancel: 'Cancel',
  },
};
