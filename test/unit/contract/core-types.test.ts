import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  applyChange,
  emptyProgress,
  type ChecklistChange,
  type ProfilePlan,
  type StepProgress,
} from '../../../electron/shared/core/checklist';
import type { Answers } from '../../../electron/shared/core/interview';
import type { Profile, Relationship } from '../../../electron/shared/core/profiles';
import type { answersSchema } from '../../../electron/shared/contract/plan-schemas';
import {
  checklistChangeSchema,
  profilePlanSchema,
  stepProgressSchema,
} from '../../../electron/shared/contract/plan-schemas';
import type { profileSchema, relationshipSchema } from '../../../electron/shared/contract/schemas';
import type { SameType } from '../../../electron/shared/contract/same-type';

/**
 * The core declares the stored types; the contract's schemas must infer exactly them. The type-level
 * cases fail `npm run typecheck` (tsc -b), not vitest; the runtime cases parse what the core builds.
 */
describe('contract schemas and the core types they check', () => {
  it('each schema infers exactly its core type', () => {
    expectTypeOf<z.infer<typeof stepProgressSchema>>().toEqualTypeOf<StepProgress>();
    expectTypeOf<z.infer<typeof checklistChangeSchema>>().toEqualTypeOf<ChecklistChange>();
    expectTypeOf<z.infer<typeof profilePlanSchema>>().toEqualTypeOf<ProfilePlan>();
    expectTypeOf<z.infer<typeof answersSchema>>().toEqualTypeOf<Answers>();
    expectTypeOf<z.infer<typeof profileSchema>>().toEqualTypeOf<Profile>();
    expectTypeOf<z.infer<typeof relationshipSchema>>().toEqualTypeOf<Relationship>();
  });

  it('SameType, which the contract asserts with, tells a drifted type apart', () => {
    type Progress = z.infer<typeof stepProgressSchema>;
    type Change = z.infer<typeof checklistChangeSchema>;
    expectTypeOf<SameType<Progress, StepProgress>>().toEqualTypeOf<true>();
    expectTypeOf<SameType<Progress, Omit<StepProgress, 'outdated'>>>().toEqualTypeOf<false>();
    expectTypeOf<SameType<Progress, StepProgress & { extra?: string }>>().toEqualTypeOf<false>();
    expectTypeOf<SameType<Progress, Omit<StepProgress, 'note'> & { note: string }>>().toEqualTypeOf<false>();
    expectTypeOf<SameType<Change, Exclude<ChecklistChange, { kind: 'thaw' }>>>().toEqualTypeOf<false>();
    expectTypeOf<SameType<Relationship, Relationship | 'cousin'>>().toEqualTypeOf<false>();
  });

  it('the schemas accept every progress and change the core builds', () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    const changes: ChecklistChange[] = [
      { kind: 'status', status: 'skipped', skipReason: 'Already done last year' },
      { kind: 'status', status: 'done' },
      { kind: 'note', note: 'Called on Monday' },
      { kind: 'subStep', subStepId: 'call-bank', done: true },
      { kind: 'outdated', flagged: true },
      { kind: 'mailing', mailedOn: '2026-02-27', tracking: '9407 1000' },
      { kind: 'thaw', bureau: 'experian', endsOn: '2026-03-10' },
    ];
    let progress = emptyProgress(now);
    expect(stepProgressSchema.parse(progress)).toEqual(progress);
    for (const change of changes) {
      expect(checklistChangeSchema.parse(change)).toEqual(change);
      progress = applyChange(progress, change, now);
      expect(stepProgressSchema.parse(progress)).toEqual(progress);
    }
    const plan: ProfilePlan = { answers: null, checklist: { 'a-step': progress }, undo: null };
    expect(profilePlanSchema.parse(plan)).toEqual(plan);
  });
});
