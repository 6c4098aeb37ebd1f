import type { Source, Text } from '../catalog/types';

/**
 * The legal facts a recovery case relies on, each with its official source and the day it was
 * checked. A figure the sources at hand did not confirm is not stated: `confirmed: false` makes the
 * app say "check on the official site" instead.
 */
export interface LegalFact {
  id: LegalFactId;
  text: Text;
  /** The number of days the law gives, when confirmed; absent when the figure was not confirmed. */
  days?: { count: number; business: boolean };
  /** A period the law states in years, when confirmed: counted on the calendar (Feb 29 + 1 year = Feb 28). */
  years?: number;
  confirmed: boolean;
  sources: Source[];
  /** YYYY-MM-DD the fact was checked against the sources. */
  verifiedOn: string;
}

export const LEGAL_FACT_IDS = ['fcra-605b-block', 'fcra-609e-records', 'extended-fraud-alert'] as const;
export type LegalFactId = (typeof LEGAL_FACT_IDS)[number];

export const LEGAL_FACTS: Readonly<Record<LegalFactId, LegalFact>> = {
  // DOMAIN.md cites the statute for four business days, but the only copies found while checking
  // were third-party pages, never the FTC or the statute itself: the figure is not stated.
  'fcra-605b-block': {
    id: 'fcra-605b-block',
    text: {
      en: 'Fair Credit Reporting Act §605B: a credit bureau must block information that resulted from identity theft once it has your identity theft report, proof of identity, the items and your statement. How many days it has: check on the official site.',
      es: 'Ley de Informe Justo de Crédito, §605B: una agencia de crédito debe bloquear la información que resultó de un robo de identidad cuando tenga su informe de robo de identidad, prueba de identidad, los datos y su declaración. Cuántos días tiene: verifique en el sitio oficial.',
    },
    confirmed: false,
    sources: [
      { url: 'https://www.identitytheft.gov/', title: 'FTC: IdentityTheft.gov' },
      {
        url: 'https://www.ftc.gov/legal-library/browse/statutes/fair-credit-reporting-act',
        title: 'FTC: Fair Credit Reporting Act (statute text)',
      },
    ],
    verifiedOn: '2026-12-02',
  },
  'fcra-609e-records': {
    id: 'fcra-609e-records',
    text: {
      en: 'Fair Credit Reporting Act §609(e): after your written request, a business must give you the records of an account opened or used in your name within 30 days, free of charge.',
      es: 'Ley de Informe Justo de Crédito, §609(e): después de su solicitud por escrito, una empresa debe darle los registros de una cuenta abierta o usada a su nombre en 30 días, sin costo.',
    },
    days: { count: 30, business: false },
    confirmed: true,
    sources: [
      {
        url: 'https://www.ftc.gov/business-guidance/blog/2017/12/identity-theft-show-me-records',
        title: 'FTC business blog: Identity theft? Show me the records (December 2017)',
      },
    ],
    verifiedOn: '2026-12-02',
  },
  'extended-fraud-alert': {
    id: 'extended-fraud-alert',
    text: {
      en: 'An identity theft victim can get an extended fraud alert, which lasts seven years. It needs an identity theft report.',
      es: 'Una víctima de robo de identidad puede pedir una alerta de fraude extendida, que dura siete años. Necesita un informe de robo de identidad.',
    },
    years: 7,
    confirmed: true,
    sources: [
      {
        url: 'https://www.ftc.gov/business-guidance/blog/2017/09/fraud-alerts-vs-credit-freezes-ftc-faqs',
        title: 'FTC business blog: Fraud alerts vs. credit freezes: FTC FAQs',
      },
    ],
    verifiedOn: '2026-12-02',
  },
};

/**
 * Mail-time assumption for reply-due dates: a letter is taken to arrive this many days after it is
 * mailed. Lockstep's own assumption, stated to the person beside every reply-due date.
 */
export const MAIL_DAYS_ASSUMED = 7;

/**
 * When no confirmed legal deadline applies, Lockstep waits this long after arrival before asking
 * the person to follow up (its own choice, like the freeze packets' 30-day follow-up).
 */
export const FALLBACK_WAIT_DAYS = 30;
