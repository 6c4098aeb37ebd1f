import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATALOG } from '../../../electron/shared/core/catalog';
import { statusOf, type Checklist } from '../../../electron/shared/core/checklist';
import type { Answers } from '../../../electron/shared/core/interview';
import { buildPlan } from '../../../electron/shared/core/plan';
import { answersArb, checklistArb as checklistArb_ } from '../arbitraries';
import { TIERS, isOpen, nextOpenTier, nextStepAfter, planTiers } from '../../../electron/shared/core/plan-tiers';

const T = '2026-12-01T10:00:00.000Z';
const checklistArb = checklistArb_(T);
const maria: Answers = {
  breach: 'tmobile-postpaid',
  exposed: [],
  subject: 'self',
  carrier: 'tmobile',
  primaryHolder: 'yes',
  creditSoon: false,
};

describe('plan tiers', () => {
  it('the plan respects the tier order whatever the answers', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const ranks = buildPlan(a, CATALOG).map((i) => TIERS.indexOf(i.step.tier));
        expect(ranks.every((r) => r >= 0)).toBe(true);
        for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1]!);
      }),
    );
  });

  it('planTiers keeps every step once, in plan order, grouped in tier order', () => {
    fc.assert(
      fc.property(answersArb, checklistArb, (a, checklist) => {
        const plan = buildPlan(a, CATALOG);
        const groups = planTiers(plan, checklist);
        expect(groups.flatMap((g) => g.items)).toEqual(plan);
        expect(groups.map((g) => g.tier)).toEqual(TIERS.filter((t) => groups.some((g) => g.tier === t)));
        for (const g of groups) {
          expect(g.items.every((i) => i.step.tier === g.tier)).toBe(true);
          const open = g.items.filter((i) => isOpen(checklist, i));
          expect(g.minutesLeft).toBe(open.reduce((n, i) => n + i.step.minutes, 0));
          expect(g.done).toBeLessThanOrEqual(g.total);
        }
      }),
    );
  });

  it('Maria (T-Mobile letter): the three freezes and the carrier PIN come first, in about 55 minutes', () => {
    const plan = buildPlan(maria, CATALOG);
    const [first] = planTiers(plan, {});
    expect(first?.tier).toBe('first');
    expect(first?.items.filter((i) => i.applies).map((i) => i.step.id)).toEqual([
      'freeze-equifax',
      'freeze-experian',
      'freeze-transunion',
      'tmobile-pin',
    ]);
    expect(first?.minutesLeft).toBe(55);
    const yearly = planTiers(plan, {}).find((g) => g.tier === 'yearly');
    expect(yearly?.items.map((i) => i.step.id)).toEqual(expect.arrayContaining(['irs-ip-pin', 'credit-reports']));
  });
});

describe('nextStepAfter', () => {
  it('is an open, applying step of the same tier, never the step itself; null only when the tier has none', () => {
    fc.assert(
      fc.property(answersArb, checklistArb, fc.nat(), (a, checklist, pickAt) => {
        const plan = buildPlan(a, CATALOG);
        const current = plan[pickAt % plan.length]!;
        const next = nextStepAfter(plan, checklist, current.step.id);
        const others = plan.filter(
          (i) => i.step.tier === current.step.tier && i.step.id !== current.step.id && isOpen(checklist, i),
        );
        if (!next) {
          expect(others).toEqual([]);
          return;
        }
        expect(others).toContain(next);
        expect(['todo', 'in_progress']).toContain(statusOf(checklist, next.step.id));
        // The first open one after the current step, when there is one.
        const later = plan.slice(plan.indexOf(current) + 1).filter((i) => others.includes(i));
        if (later.length) expect(next).toBe(later[0]);
        else expect(next).toBe(others[0]);
      }),
    );
  });

  it('walks Maria through the first tier, then says it is finished', () => {
    const plan = buildPlan(maria, CATALOG);
    const checklist: Checklist = {};
    const walked: string[] = [];
    let at: string | undefined = 'freeze-equifax';
    while (at) {
      walked.push(at);
      checklist[at] = { status: 'done', subStepsDone: [], updatedAt: T };
      at = nextStepAfter(plan, checklist, at)?.step.id;
    }
    expect(walked).toEqual(['freeze-equifax', 'freeze-experian', 'freeze-transunion', 'tmobile-pin']);
    expect(nextOpenTier(plan, checklist, 'first')?.tier).toBe('week');
  });

  it('skipped and not-applicable steps are passed over; an earlier open step is offered last', () => {
    const plan = buildPlan(maria, CATALOG);
    const mark = (status: 'skipped' | 'not_applicable' | 'done') => ({ status, subStepsDone: [], updatedAt: T });
    const checklist: Checklist = { 'freeze-transunion': mark('skipped'), 'tmobile-pin': mark('not_applicable') };
    expect(nextStepAfter(plan, checklist, 'freeze-experian')?.step.id).toBe('freeze-equifax');
    expect(nextStepAfter(plan, checklist, 'no-such-step')).toBeNull();
  });
});
