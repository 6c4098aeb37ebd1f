import type { CatalogStep } from './catalog/types';
import type { StepProgress, StepStatus } from './checklist';

/**
 * Waiting is a state (issue 15 item 4): a step done by mail (it carries the `mail-packet` widget) whose
 * mailing day is saved, and that is not yet done, skipped or set aside, waits for the bureau's answer.
 * It is not "to do": the plan and the family overview count it as in progress, and "what next" passes
 * over it. No import here reaches Temporal, so the plan's screens stay light; the day arithmetic is
 * plain UTC calendar days (no time zone is involved), and a property test holds it equal to the
 * reminder planner's Temporal `addDays`.
 */

/**
 * Days after the mailing day when the answer is expected and the follow-up reminder comes
 * (reminders/mail.ts reads this). No catalog step declares its own mail rule, and the bureaus'
 * time for a mailed request is not confirmed (DOMAIN.md), so this is Lockstep's generous estimate
 * and the screens say so.
 */
export const MAIL_ANSWER_DAYS = 30;

/** Where the expected day comes from: today always Lockstep's mail follow-up, an estimate. */
export type ExpectedBasis = 'mail-follow-up-estimate';

export interface Waiting {
  /** YYYY-MM-DD, as saved. */
  mailedOn: string;
  /** YYYY-MM-DD: the day the follow-up reminder comes if no answer has. */
  expectedBy: string;
  basis: ExpectedBasis;
}

/** What a step shows: its saved status, or `waiting` while a mailed request waits for its answer. */
export type ShownStatus = StepStatus | 'waiting';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** `date` (YYYY-MM-DD) plus `days` calendar days; null for a date no calendar has (2026-02-30). */
export function addCalendarDays(date: string, days: number): string | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March 2: a date that does not exist is refused, not moved.
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  return new Date(at.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export const isMailedStep = (step: Pick<CatalogStep, 'widgets'>): boolean =>
  step.widgets?.includes('mail-packet') === true;

/** The step's waiting state, or null when it is not waiting. Pure. */
export function waitingOf(step: Pick<CatalogStep, 'widgets'>, progress: StepProgress | undefined): Waiting | null {
  if (!progress?.mailedOn || !isMailedStep(step)) return null;
  if (progress.status !== 'todo' && progress.status !== 'in_progress') return null;
  const expectedBy = addCalendarDays(progress.mailedOn, MAIL_ANSWER_DAYS);
  return expectedBy ? { mailedOn: progress.mailedOn, expectedBy, basis: 'mail-follow-up-estimate' } : null;
}

export function shownStatus(step: Pick<CatalogStep, 'widgets'>, progress: StepProgress | undefined): ShownStatus {
  return waitingOf(step, progress) ? 'waiting' : (progress?.status ?? 'todo');
}
