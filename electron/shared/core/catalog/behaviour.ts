/**
 * What a step declares about its own behaviour. The plan builder, the reminder derivation, the step
 * page, the mail packets and the vault's reset list each read these declarations in one loop over
 * the catalog; no code outside the catalog names a step id. README "Steps are data" says who reads what.
 */
import type { Repeat } from '../reminders/types';
import type { Source, Text } from './types';

/** Parts of a step page beyond the common ones (details, sub-steps, status, note, reminders), in this order. */
export const WIDGETS = ['pin-checker', 'mail-packet', 'thaw-dates'] as const;
export type Widget = (typeof WIDGETS)[number];

/**
 * When to do a step, in this order: the plan, the guide-mode script and the printable plan all group
 * by tier. How the catalog chooses (each step file says why beside its own tier):
 * - `first`: what protects most for a few minutes each, today: the three main bureaus' freezes (the
 *   FTC's identity-theft checklist puts a freeze first), the carrier PIN or port-out lock after a
 *   phone-account breach, a child's freezes, and for a relative who died the SSA and bureau reports.
 * - `week`: worth doing soon, building on the first tier (extra carrier locks, NCTUE, a fraud alert,
 *   claiming the SSA account, offers with an enrolment window).
 * - `when-you-can`: extra files and conveniences fewer people need at once.
 * - `yearly`: recurring by nature (a new IRS IP PIN each year, checking the credit reports).
 */
export const TIERS = ['first', 'week', 'when-you-can', 'yearly'] as const;
export type Tier = (typeof TIERS)[number];

/** Facts about the interview's answers that an ordering hint can test. */
export const PLAN_CONDITIONS = ['tmobile-prepaid-breach', 'carrier-breach'] as const;
export type PlanCondition = (typeof PLAN_CONDITIONS)[number];

/**
 * Where a hinted step moves: to the very start of the plan, or to the start of its own section. Tiers
 * come first, so `plan-start` means the start of the step's tier; a catalog test keeps every step with
 * a `plan-start` hint in the first tier, so it is the very start of the plan.
 */
export const PLACEMENTS = ['plan-start', 'section-start'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** Why a step sits where it does, or what to know before doing it. Rendered from i18n keys `notes.<note>`. */
export const PLAN_NOTES = [
  'ask-primary-holder',
  'check-primary-holder',
  'ask-primary-or-full-access',
  'check-primary-or-full-access',
  'person-does-it',
  'phone-accounts-file',
  'prepaid-pin-reset',
] as const;
export type PlanNote = (typeof PLAN_NOTES)[number];

/**
 * A note the plan shows when a condition holds, and optionally a move against the section order.
 * Either way it cites the official page that supports it: a hint without a source is a defect.
 */
export interface OrderHint {
  when: PlanCondition;
  /** Absent: the step stays in place and only shows the note. */
  place?: Placement;
  /** The one line the plan shows to say why. */
  note: PlanNote;
  source: Source;
}

/** Consumer reporting agencies where a person can place a security freeze. */
export const REPORTING_AGENCIES = [
  'equifax',
  'experian',
  'transunion',
  'nctue',
  'innovis',
  'chexsystems',
  'lexisnexis',
] as const;
export type ReportingAgency = (typeof REPORTING_AGENCIES)[number];

/** The agency a step is done at, so packets, mailing and the vault's reset list find steps by data. */
export interface Serves {
  agency: ReportingAgency;
  /** The step places a freeze there (and so has a freeze PIN or login to keep). */
  freeze: boolean;
}

export interface Duration {
  months?: number;
  days?: number;
}

/**
 * A reminder a step makes. Reminder ids are `rule:<kind>:<profileId>:<stepId>[:…]`: keep `kind`
 * stable, or reminders the user already handled come back.
 * - `from: 'done'`: anchored on the day the step was marked done.
 * - `from: 'thaw'`: one reminder per temporary thaw the step's thaw planner holds, on its last day.
 */
export interface ReminderRule {
  kind: string;
  from: 'done' | 'thaw';
  /** Due this long after the anchor day (month ends clamp: 31 January + 1 month is 28 or 29 February). */
  after?: Duration;
  /** Come this many days before the end date (anchor + after), to leave time to act. */
  leadDays?: number;
  /** Instead of `after`: this day of the year that follows the anchor's year. */
  nextYearOn?: { month: number; day: number };
  /** A rotating series of credit-report checks, every `reportEveryMonths` of the user's settings. */
  series?: 'report-checks';
  repeat?: Repeat;
  /** Name of the parameter that carries the end date (anchor + after) into the title, e.g. `expiresOn`. */
  endParam?: string;
  /** Placeholders: `{{step}}`, `{{bureau}}`, and `{{<endParam>}}` or any parameter the rule sets. */
  title: Text;
}
