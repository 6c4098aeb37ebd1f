import { TIERS, type Tier } from './catalog/behaviour';
import { statusOf, type Checklist, type StepStatus } from './checklist';
import type { PlanItem } from './plan';
import { waitingOf } from './waiting';

export { TIERS, type Tier } from './catalog/behaviour';

/** Statuses that leave a step for later: a skipped or finished step does not come up again. */
const OPEN: ReadonlySet<StepStatus> = new Set(['todo', 'in_progress']);

/** Still to do or started, and not a mailed request waiting for its answer (waiting.ts). */
export const isOpen = (checklist: Checklist, item: PlanItem): boolean =>
  item.applies &&
  OPEN.has(statusOf(checklist, item.step.id)) &&
  !waitingOf(item.step, checklist[item.step.id]);

export interface TierGroup {
  tier: Tier;
  /** The tier's steps in plan order, applying or not (the caller filters what it shows). */
  items: PlanItem[];
  /** Minutes of the applying steps still to do or started. */
  minutesLeft: number;
  /** Applying steps, leaving out those marked "does not apply", how many of them are done, how many wait. */
  total: number;
  done: number;
  waiting: number;
}

/** The plan cut into its tiers, in tier order; a tier with no step at all is left out. Pure. */
export function planTiers(plan: readonly PlanItem[], checklist: Checklist): TierGroup[] {
  return TIERS.map((tier) => {
    const items = plan.filter((item) => item.step.tier === tier);
    const counted = items.filter((i) => i.applies && statusOf(checklist, i.step.id) !== 'not_applicable');
    return {
      tier,
      items,
      minutesLeft: items.filter((i) => isOpen(checklist, i)).reduce((sum, i) => sum + i.step.minutes, 0),
      total: counted.length,
      done: counted.filter((i) => statusOf(checklist, i.step.id) === 'done').length,
      waiting: counted.filter((i) => waitingOf(i.step, checklist[i.step.id])).length,
    };
  }).filter((group) => group.items.length > 0);
}

/**
 * Where to go after recording a step: the next applying step of the same tier that is still to do or
 * started, looking first after this step, then before it (a person may have begun in the middle).
 * `null` means the tier has nothing left open: show its finish screen. Pure.
 */
export function nextStepAfter(plan: readonly PlanItem[], checklist: Checklist, stepId: string): PlanItem | null {
  const at = plan.findIndex((item) => item.step.id === stepId);
  if (at < 0) return null;
  const tier = plan[at]!.step.tier;
  const candidate = (item: PlanItem) => item.step.tier === tier && item.step.id !== stepId && isOpen(checklist, item);
  return plan.slice(at + 1).find(candidate) ?? plan.slice(0, at).find(candidate) ?? null;
}

/** The first tier after `tier` with an open step, and that step: what comes next after a finish. */
export function nextOpenTier(
  plan: readonly PlanItem[],
  checklist: Checklist,
  tier: Tier,
): { tier: Tier; first: PlanItem; minutesLeft: number } | null {
  for (const group of planTiers(plan, checklist)) {
    if (TIERS.indexOf(group.tier) <= TIERS.indexOf(tier)) continue;
    const first = group.items.find((item) => isOpen(checklist, item));
    if (first) return { tier: group.tier, first, minutesLeft: group.minutesLeft };
  }
  return null;
}
