/**
 * Scam check.
 * Loaded with the screens that show them (tables.ts); scam-es.ts has exactly these keys.
 */
export const scamEn = {
  scam: {
    title: 'Someone just called me',
    intro:
      'A caller may know your Social Security number, birth date or PIN from the breach. That does not prove who they are.',
    callerLegend: 'Who did they say they were?',
    callers: {
      carrier: 'My phone company',
      irs: 'The IRS',
      ssa: 'Social Security',
      bank: 'My bank or card company',
      police: 'The police or a court',
      bureau: 'A credit bureau',
      helper: 'Someone offering to fix my identity theft',
    },
    flagsLegend: 'Did they do any of these? Tick all that apply.',
    flags: {
      'pin-or-code': 'Asked for a PIN, password or a code sent to my phone',
      ssn: 'Asked for my Social Security number',
      'gift-card': 'Wanted payment by gift card, wire transfer or crypto',
      arrest: 'Threatened arrest, a lawsuit or losing benefits',
      'remote-access': 'Asked me to install an app or let them into my computer',
      urgent: 'Said I had to act right now',
    },
    check: 'What should I do?',
    verdict: {
      scam: 'This is a scam.',
      'hang-up': 'Treat this as a scam. Hang up.',
      'call-back': 'Be careful. Check before you do anything.',
    },
    hangUp: 'Hang up. Do not call back the number they gave you.',
    report: 'Report it to the FTC:',
    reportLink: 'Open ReportFraud.ftc.gov',
    knowledge:
      'Arrest threats and gift-card demands are always scams. Real companies do not ask you for a PIN or code in a call they started.',
    officialSite: 'Open the official website',
  },
};
