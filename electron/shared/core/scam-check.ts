import type { Text } from './catalog/types';

/** "Someone just called me claiming to be…": who they said they were, and the safe move for each. */
export const CLAIMED_CALLERS = ['carrier', 'irs', 'ssa', 'bank', 'police', 'bureau', 'helper'] as const;
export type ClaimedCaller = (typeof CLAIMED_CALLERS)[number];

export const RED_FLAGS = ['pin-or-code', 'ssn', 'gift-card', 'arrest', 'remote-access', 'urgent'] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

export interface CallerAdvice {
  /** Where the real number is: never the one the caller gave. */
  callBack: Text;
  phone?: string;
  url: string;
}

export const CALLER_ADVICE: Record<ClaimedCaller, CallerAdvice> = {
  carrier: {
    callBack: {
      en: 'Call the number on your phone bill, or 611 from your T-Mobile phone.',
      es: 'Llame al número de su factura de teléfono, o al 611 desde su teléfono T-Mobile.',
    },
    phone: '1-800-937-8997',
    url: 'https://www.t-mobile.com/',
  },
  irs: {
    callBack: {
      en: 'The IRS usually writes first. Call the number on irs.gov, not one from the call.',
      es: 'El IRS casi siempre escribe primero. Llame al número de irs.gov, no al de la llamada.',
    },
    url: 'https://www.irs.gov/',
  },
  ssa: {
    callBack: {
      en: 'Call Social Security at the number on ssa.gov.',
      es: 'Llame al Seguro Social al número de ssa.gov.',
    },
    phone: '1-800-772-1213',
    url: 'https://www.ssa.gov/',
  },
  bank: {
    callBack: {
      en: 'Call the number on the back of your card or on your statement.',
      es: 'Llame al número al reverso de su tarjeta o en su estado de cuenta.',
    },
    url: 'https://consumer.ftc.gov/',
  },
  police: {
    callBack: {
      en: 'Look up your local police non-emergency number yourself and call it.',
      es: 'Busque usted el número de la policía local que no es de emergencia y llame.',
    },
    url: 'https://consumer.ftc.gov/',
  },
  bureau: {
    callBack: {
      en: 'Credit bureaus do not call to ask for your details. Use the numbers in your Lockstep plan.',
      es: 'Las agencias de crédito no llaman para pedirle sus datos. Use los números de su plan en Lockstep.',
    },
    url: 'https://www.annualcreditreport.com/',
  },
  helper: {
    callBack: {
      en: 'Real help after a breach is free. Do not pay anyone who calls offering to fix it.',
      es: 'La ayuda real después de una filtración es gratuita. No le pague a nadie que llame ofreciendo arreglarlo.',
    },
    url: 'https://www.identitytheft.gov/',
  },
};

export const REPORT_URL = 'https://reportfraud.ftc.gov/';
/** The facts here are DOMAIN.md's "Scam calls after a breach"; these are where they come from. */
export const SCAM_SOURCES = [
  { url: 'https://consumer.ftc.gov/', title: 'FTC consumer advice' },
  { url: 'https://reportfraud.ftc.gov/', title: 'FTC: Report fraud' },
];
export const SCAM_VERIFIED_ON = '2026-11-23';

/**
 * The verdict. Arrest threats and gift-card demands are always scams; any request for a PIN, code
 * or SSN means hang up. With no red flag, the safe move is still to hang up and call back.
 */
export function assessCall(flags: readonly RedFlag[]): 'scam' | 'hang-up' | 'call-back' {
  if (flags.includes('arrest') || flags.includes('gift-card')) return 'scam';
  if (flags.length > 0) return 'hang-up';
  return 'call-back';
}
