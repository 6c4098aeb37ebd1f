import type { Carrier, DataType, Subject } from './catalog/types';
import { DATA_TYPES } from './catalog/types';
import type { Relationship } from './profiles';

export const BREACH_GROUPS = [
  'tmobile-postpaid',
  'tmobile-former',
  'tmobile-prepaid',
  'tmobile-unsure',
  'other',
] as const;
export type BreachGroup = (typeof BREACH_GROUPS)[number];

export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
export type YesNoUnsure = (typeof YES_NO_UNSURE)[number];

/** The interview's answers. Every answer is a choice; none can hold an SSN or an account number. */
export interface Answers {
  breach: BreachGroup;
  exposed: DataType[];
  subject: Subject;
  carrier: Carrier;
  primaryHolder: YesNoUnsure;
  creditSoon: boolean;
}

/** What each T-Mobile 2021 group had exposed (DOMAIN.md). "Not sure" assumes the worst. */
const GROUP_EXPOSURES: Record<BreachGroup, readonly DataType[]> = {
  'tmobile-postpaid': ['ssn', 'dob', 'license', 'phone', 'address', 'imei-imsi'],
  'tmobile-former': ['ssn', 'dob', 'license'],
  'tmobile-prepaid': ['phone', 'account-pin'],
  'tmobile-unsure': DATA_TYPES,
  other: [],
};

export function effectiveExposures(answers: Pick<Answers, 'breach' | 'exposed'>): Set<DataType> {
  return new Set([...GROUP_EXPOSURES[answers.breach], ...answers.exposed]);
}

export const isTmobileBreach = (breach: BreachGroup) => breach.startsWith('tmobile-');

/**
 * Whose plan, first guess from the profile's relationship: a parent or someone else is an adult the
 * user helps, and most helpers hold no power of attorney, so `assisted` (the person does the steps,
 * the helper beside them); the interview offers `represented` for those who do.
 */
const SUBJECT_FOR: Record<Relationship, Subject> = {
  myself: 'self',
  parent: 'assisted',
  child: 'minor',
  spouse: 'spouse',
  other: 'assisted',
};

/** Sensible first answers, from the profile's relationship, so the interview starts half done. */
export function defaultAnswers(relationship: Relationship): Answers {
  const subject = SUBJECT_FOR[relationship];
  return {
    breach: 'tmobile-unsure',
    exposed: [],
    subject,
    carrier: 'tmobile',
    primaryHolder: 'unsure',
    creditSoon: false,
  };
}
