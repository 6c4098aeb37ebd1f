import type { Tier } from './catalog/behaviour';
import type { Text } from './catalog/types';
import { nextStep, progressOf, statusOf, type Checklist } from './checklist';
import type { PlanItem } from './plan';
import { waitingOf } from './waiting';

/**
 * What the family overview shows for one person, from their plan and checklist. The host computes it
 * (it holds the catalog) and sends it already built, so the first screen carries no catalog; the
 * person's own page uses the same counting.
 */
export interface PlanSummary {
  /** Steps that apply, leaving out those marked "does not apply" (as progressOf counts them). */
  total: number;
  done: number;
  /** Of `total`, the steps underway: see `isInProgress`. */
  inProgress: number;
  /** What to do next (nextStep), with its tier; null when nothing is left open. */
  next: { stepId: string; tier: Tier; title: Text } | null;
}

/**
 * Whether a step counts as "in progress" in the overview: it applies and the person has started it.
 * The one place that decides it, so the overview and the plan agree; a mailed request waiting for its
 * answer (issue 15 item 4) belongs here too.
 */
export function isInProgress(item: PlanItem, checklist: Checklist): boolean {
  return (
    item.applies &&
    (statusOf(checklist, item.step.id) === 'in_progress' || waitingOf(item.step, checklist[item.step.id]) !== null)
  );
}

/** The overview line's figures for one plan. Pure. */
export function planSummary(plan: readonly PlanItem[], checklist: Checklist): PlanSummary {
  const { overall } = progressOf(plan, checklist);
  const next = nextStep(plan, checklist);
  return {
    total: overall.total,
    done: overall.done,
    inProgress: plan.filter((item) => isInProgress(item, checklist)).length,
    next: next ? { stepId: next.step.id, tier: next.step.tier, title: next.step.title } : null,
  };
}

/** One person's overview line as the host sends it: the next step's title already in the reader's language. */
export interface ProfileOverview {
  profileId: string;
  /** null: no answers yet, so no plan. */
  plan: {
    total: number;
    done: number;
    inProgress: number;
    next: { stepId: string; tier: Tier; title: string } | null;
  } | null;
}

/** `summary` (or no plan) for the reader's language. Pure. */
export function profileOverview(profileId: string, summary: PlanSummary | null, language: keyof Text): ProfileOverview {
  if (!summary) return { profileId, plan: null };
  const { next, ...counts } = summary;
  return { profileId, plan: { ...counts, next: next ? { ...next, title: next.title[language] } : null } };
}
