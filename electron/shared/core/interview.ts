import type { Carrier, DataType, Subject } from './catalog/types';
import { DATA_TYPES } from './catalog/types';

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

/** Sensible first answers, from the profile's relationship, so the interview starts half done. */
export function defaultAnswers(relationship: 'myself' | 'parent' | 'child' | 'spouse' | 'other'): Answers {
  const subject: Subject = relationship === 'child' ? 'minor' : relationship === 'spouse' ? 'spouse' : 'self';
  return {
    breach: 'tmobile-unsure',
    exposed: [],
    subject,
    carrier: 'tmobile',
    primaryHolder: 'unsure',
    creditSoon: false,
  };
}
