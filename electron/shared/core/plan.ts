import type { CatalogStep, SectionId } from './catalog/types';
import { SECTION_IDS } from './catalog/types';
import { effectiveExposures, isTmobileBreach, type Answers } from './interview';

/** Why a step sits where it does, or what to know before doing it. Rendered from i18n keys. */
export type PlanNote =
  'before-freezes' | 'ask-primary-holder' | 'check-primary-holder' | 'high-after-carrier-breach' | 'prepaid-first';

export interface PlanItem {
  step: CatalogStep;
  applies: boolean;
  notes: PlanNote[];
}

const CARRIER_DATA = ['phone', 'account-pin', 'imei-imsi'] as const;

function applies(step: CatalogStep, answers: Answers, exposures: Set<string>): boolean {
  const rule = step.appliesTo;
  if (!rule.subjects.includes(answers.subject)) return false;
  if (rule.carriers && !rule.carriers.includes(answers.carrier)) return false;
  if (rule.exposures && !rule.exposures.some((e) => exposures.has(e))) return false;
  if (rule.tmobileBreachOnly && !isTmobileBreach(answers.breach)) return false;
  if (rule.creditSoonOnly && !answers.creditSoon) return false;
  return true;
}

function notesFor(step: CatalogStep, answers: Answers, carrierBreach: boolean): PlanNote[] {
  const notes: PlanNote[] = [];
  if (step.section === 'first') notes.push('before-freezes');
  if (step.appliesTo.primaryHolderOnly) {
    if (answers.primaryHolder === 'no') notes.push('ask-primary-holder');
    if (answers.primaryHolder === 'unsure') notes.push('check-primary-holder');
  }
  if (step.id === 'freeze-nctue' && carrierBreach) notes.push('high-after-carrier-breach');
  if (step.id === 'tmobile-pin' && answers.breach === 'tmobile-prepaid') notes.push('prepaid-first');
  return notes;
}

/**
 * The personal, ordered plan: every catalog step, in section order, marked as applying or not.
 * Steps that need identity checks against credit files come before the freezes; the prepaid group
 * resets its PIN first; after a carrier breach the telecom exchange (NCTUE) leads the secondary
 * freezes. Pure: same answers, same plan.
 */
export function buildPlan(answers: Answers, catalog: readonly CatalogStep[]): PlanItem[] {
  const exposures = effectiveExposures(answers);
  const carrierBreach = isTmobileBreach(answers.breach) || CARRIER_DATA.some((d) => exposures.has(d));
  const sectionRank = (s: SectionId) => SECTION_IDS.indexOf(s);
  const rank = (step: CatalogStep, index: number): number => {
    if (step.id === 'tmobile-pin' && answers.breach === 'tmobile-prepaid') return -1;
    if (step.id === 'freeze-nctue' && carrierBreach) return sectionRank('secondary') * 1000 - 1;
    return sectionRank(step.section) * 1000 + index;
  };
  return catalog
    .map((step, index) => ({ step, index }))
    .sort((a, b) => rank(a.step, a.index) - rank(b.step, b.index))
    .map(({ step }) => ({
      step,
      applies: applies(step, answers, exposures),
      notes: notesFor(step, answers, carrierBreach),
    }));
}
