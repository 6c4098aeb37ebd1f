import { TIERS, type OrderHint, type PlanCondition, type PlanNote } from './catalog/behaviour';
import type { CatalogStep, SectionId } from './catalog/types';
import { SECTION_IDS } from './catalog/types';
import { effectiveExposures, isTmobileBreach, type Answers } from './interview';

export type { PlanNote } from './catalog/behaviour';

export interface PlanItem {
  step: CatalogStep;
  applies: boolean;
  /**
   * A freeze that does not apply only because what was exposed does not call for it: the plan
   * offers it as optional and says why (a freeze is free and can be placed at any time).
   */
  optional: boolean;
  notes: PlanNote[];
}

const CARRIER_DATA = ['phone', 'account-pin', 'imei-imsi'] as const;

function applies(step: CatalogStep, answers: Answers, exposures: Set<string> | 'any'): boolean {
  const rule = step.appliesTo;
  if (!rule.subjects.includes(answers.subject)) return false;
  if (rule.carriers && !rule.carriers.includes(answers.carrier)) return false;
  if (exposures !== 'any' && rule.exposures && !rule.exposures.some((e) => exposures.has(e))) return false;
  if (rule.tmobileBreachOnly && !isTmobileBreach(answers.breach)) return false;
  if (rule.creditSoonOnly && !answers.creditSoon) return false;
  return true;
}

/** Which of the conditions that ordering hints test hold for these answers. */
function conditionsFor(answers: Answers): ReadonlySet<PlanCondition> {
  const exposures = effectiveExposures(answers);
  const held = new Set<PlanCondition>();
  if (answers.breach === 'tmobile-prepaid') held.add('tmobile-prepaid-breach');
  if (isTmobileBreach(answers.breach) || CARRIER_DATA.some((d) => exposures.has(d))) held.add('carrier-breach');
  return held;
}

function notesFor(step: CatalogStep, answers: Answers, hints: readonly OrderHint[]): PlanNote[] {
  const notes: PlanNote[] = [];
  // A helper without legal authority cannot pass the person's identity checks for them.
  if (step.ownIdentity && answers.subject === 'assisted') notes.push('person-does-it');
  if (step.appliesTo.primaryHolderOnly) {
    const fullAccess = step.appliesTo.fullAccessLineToo === true;
    if (answers.primaryHolder === 'no') notes.push(fullAccess ? 'ask-primary-or-full-access' : 'ask-primary-holder');
    if (answers.primaryHolder === 'unsure')
      notes.push(fullAccess ? 'check-primary-or-full-access' : 'check-primary-holder');
  }
  for (const hint of hints) if (!notes.includes(hint.note)) notes.push(hint.note);
  return notes;
}

/**
 * The personal, ordered plan: every catalog step, by tier (do these first, this week, when you can,
 * every year), then in section order (freezes first), marked as applying or not. A step moves only
 * by its own declared ordering hints, each with its source: to the start of its tier (the plan, for
 * a first-tier step), or to the start of its section. Pure: same answers, same plan.
 */
export function buildPlan(answers: Answers, catalog: readonly CatalogStep[]): PlanItem[] {
  const exposures = effectiveExposures(answers);
  const held = conditionsFor(answers);
  const sectionRank = (s: SectionId) => SECTION_IDS.indexOf(s);
  const activeHints = (step: CatalogStep) => (step.orderHints ?? []).filter((h) => held.has(h.when));
  const rank = (step: CatalogStep, index: number, hints: readonly OrderHint[]): number => {
    const tier = TIERS.indexOf(step.tier) * 1_000_000;
    if (hints.some((h) => h.place === 'plan-start')) return tier - 1;
    if (hints.some((h) => h.place === 'section-start')) return tier + sectionRank(step.section) * 1000 - 1;
    return tier + sectionRank(step.section) * 1000 + index;
  };
  return catalog
    .map((step, index) => {
      const hints = activeHints(step);
      return { step, hints, rank: rank(step, index, hints) };
    })
    .sort((a, b) => a.rank - b.rank)
    .map(({ step, hints }) => {
      const applying = applies(step, answers, exposures);
      return {
        step,
        applies: applying,
        optional: !applying && step.serves?.freeze === true && applies(step, answers, 'any'),
        notes: notesFor(step, answers, hints),
      };
    });
}
