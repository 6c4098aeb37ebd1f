import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATALOG } from '../../../electron/shared/core/catalog';
import { nextStep, progressOf, statusOf } from '../../../electron/shared/core/checklist';
import { buildPlan } from '../../../electron/shared/core/plan';
import { isInProgress, planSummary, profileOverview } from '../../../electron/shared/core/plan-summary';
import { answersArb, checklistArb as checklistArb_ } from '../arbitraries';

const T = '2026-12-01T10:00:00.000Z';
const checklistArb = checklistArb_(T);

describe('planSummary (the family overview line)', () => {
  it('counts as the plan page does: progressOf for done/total, nextStep for what comes next', () => {
    fc.assert(
      fc.property(answersArb, checklistArb, (answers, checklist) => {
        const plan = buildPlan(answers, CATALOG);
        const summary = planSummary(plan, checklist);
        const { overall } = progressOf(plan, checklist);
        expect([summary.done, summary.total]).toEqual([overall.done, overall.total]);
        const next = nextStep(plan, checklist);
        expect(summary.next?.stepId ?? null).toBe(next?.step.id ?? null);
        if (next) expect(summary.next).toEqual({ stepId: next.step.id, tier: next.step.tier, title: next.step.title });
      }),
    );
  });

  it('in progress: the applying steps that are started, never more than are counted and not done', () => {
    fc.assert(
      fc.property(answersArb, checklistArb, (answers, checklist) => {
        const plan = buildPlan(answers, CATALOG);
        const summary = planSummary(plan, checklist);
        const started = plan.filter((i) => i.applies && statusOf(checklist, i.step.id) === 'in_progress');
        expect(summary.inProgress).toBe(started.length);
        expect(summary.inProgress).toBeLessThanOrEqual(summary.total - summary.done);
        expect(plan.filter((i) => isInProgress(i, checklist))).toEqual(started);
      }),
    );
  });

  it('an untouched plan: nothing done or started, the next step is the plan’s first applying step', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const plan = buildPlan(answers, CATALOG);
        const summary = planSummary(plan, {});
        expect(summary.done).toBe(0);
        expect(summary.inProgress).toBe(0);
        expect(summary.total).toBe(plan.filter((i) => i.applies).length);
        expect(summary.next?.stepId).toBe(plan.find((i) => i.applies)?.step.id);
      }),
    );
  });

  it('a finished plan has no next step', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const plan = buildPlan(answers, CATALOG);
        const all = Object.fromEntries(
          plan.map((i) => [i.step.id, { status: 'done' as const, subStepsDone: [], updatedAt: T }]),
        );
        const summary = planSummary(plan, all);
        expect(summary.done).toBe(summary.total);
        expect(summary.next).toBeNull();
      }),
    );
  });
});

describe('profileOverview', () => {
  it('gives the next step’s title in the reader’s language, and no plan as null', () => {
    const step = CATALOG[0]!;
    const summary = { total: 3, done: 1, inProgress: 1, next: { stepId: step.id, tier: step.tier, title: step.title } };
    expect(profileOverview('prof-0001', summary, 'es')).toEqual({
      profileId: 'prof-0001',
      plan: { total: 3, done: 1, inProgress: 1, next: { stepId: step.id, tier: step.tier, title: step.title.es } },
    });
    expect(profileOverview('prof-0001', summary, 'en').plan?.next?.title).toBe(step.title.en);
    expect(profileOverview('prof-0002', null, 'en')).toEqual({ profileId: 'prof-0002', plan: null });
  });
});
