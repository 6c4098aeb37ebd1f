import fc from 'fast-check';
import { CATALOG } from '../../electron/shared/core/catalog';
import { CARRIERS, DATA_TYPES, SUBJECTS } from '../../electron/shared/core/catalog/types';
import { STEP_STATUSES, type Checklist } from '../../electron/shared/core/checklist';
import { BREACH_GROUPS, YES_NO_UNSURE, type Answers } from '../../electron/shared/core/interview';

/** Any interview answers the schema accepts: the one generator the property tests share. */
export const answersArb: fc.Arbitrary<Answers> = fc.record({
  breach: fc.constantFrom(...BREACH_GROUPS),
  exposed: fc.uniqueArray(fc.constantFrom(...DATA_TYPES)),
  subject: fc.constantFrom(...SUBJECTS),
  carrier: fc.constantFrom(...CARRIERS),
  primaryHolder: fc.constantFrom(...YES_NO_UNSURE),
  creditSoon: fc.boolean(),
});

/** A checklist with any status on any catalog step, all written at `updatedAt`. */
export const checklistArb = (updatedAt: string): fc.Arbitrary<Checklist> =>
  fc
    .dictionary(fc.constantFrom(...CATALOG.map((s) => s.id)), fc.constantFrom(...STEP_STATUSES))
    .map((d) => Object.fromEntries(Object.entries(d).map(([id, status]) => [id, { status, subStepsDone: [], updatedAt }])));
