import { SECTION_IDS } from './types';
import type { ReportingAgency } from './behaviour';
import type { CatalogStep } from './types';
import { alertSteps } from './steps/alerts';
import { carrierSteps } from './steps/carrier';
import { deceasedSteps } from './steps/deceased';
import { accountSteps } from './steps/accounts';
import { freezeSteps } from './steps/freezes';
import { protectionSteps } from './steps/protection';
import { secondarySteps } from './steps/secondary';

const ALL_STEPS: readonly CatalogStep[] = [
  ...accountSteps,
  ...carrierSteps,
  ...freezeSteps,
  ...secondarySteps,
  ...alertSteps,
  ...protectionSteps,
  ...deceasedSteps,
];

const sectionRank = (step: CatalogStep) => SECTION_IDS.indexOf(step.section);

/**
 * Every step, in the section order of SECTION_IDS. A file may hold a step of another section
 * (report-identity-theft lives with protection but belongs to alerts), so sort; the sort is
 * stable, so steps keep their file order within a section.
 */
export const CATALOG: readonly CatalogStep[] = Object.freeze(
  [...ALL_STEPS].sort((a, b) => sectionRank(a) - sectionRank(b)),
);

export const STEP_BY_ID: ReadonlyMap<string, CatalogStep> = new Map(CATALOG.map((step) => [step.id, step]));

export function getStep(id: string): CatalogStep | undefined {
  return STEP_BY_ID.get(id);
}

/** The step that sends this agency a freeze request by mail for someone else: it shows the mail-packet widget. */
export function packetStepFor(agency: ReportingAgency): CatalogStep | undefined {
  return CATALOG.find((step) => step.serves?.agency === agency && step.widgets?.includes('mail-packet'));
}

/** The freezes a person places for themselves, one per agency: where a lost freeze PIN or login is reset. */
export const SELF_FREEZE_STEPS: readonly CatalogStep[] = CATALOG.filter(
  (step) => step.serves?.freeze === true && step.appliesTo.subjects.includes('self'),
);
