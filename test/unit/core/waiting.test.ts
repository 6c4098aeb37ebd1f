import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATALOG } from '../../../electron/shared/core/catalog';
import { nextStep, progressOf, STEP_STATUSES, type Checklist } from '../../../electron/shared/core/checklist';
import { buildPlan } from '../../../electron/shared/core/plan';
import { nextStepAfter, planTiers } from '../../../electron/shared/core/plan-tiers';
import { addDays, formatLocalDate, parseLocalDate } from '../../../electron/shared/core/reminders/local-time';
import { mailFollowUps } from '../../../electron/shared/core/reminders/mail';
import {
  MAIL_ANSWER_DAYS,
  addCalendarDays,
  isMailedStep,
  shownStatus,
  waitingOf,
} from '../../../electron/shared/core/waiting';
import type { Answers } from '../../../electron/shared/core/interview';
import { planSummary } from '../../../electron/shared/core/plan-summary';

const T = '2026-12-01T10:00:00.000Z';
const mailed = CATALOG.filter(isMailedStep);
const notMailed = CATALOG.filter((s) => !isMailedStep(s));
const child: Answers = {
  breach: 'tmobile-postpaid',
  exposed: ['ssn'],
  subject: 'minor',
  carrier: 'tmobile',
  primaryHolder: 'no',
  creditSoon: false,
};

/** Any real calendar day from 2000 to 2100, leap days and month ends included. */
const dayArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const edgeDayArb = fc.oneof(
  dayArb,
  fc.constantFrom('2024-02-29', '2028-01-31', '2026-12-31', '2027-02-28', '2100-02-28', '2000-02-29', '2026-03-08'),
);

describe('waiting for a mailed answer', () => {
  it('the catalog has mailed steps (a child’s freezes) and the rest never wait', () => {
    expect(mailed.length).toBeGreaterThan(0);
    for (const step of notMailed)
      expect(waitingOf(step, { status: 'todo', mailedOn: '2026-11-02', subStepsDone: [], updatedAt: T })).toBeNull();
  });

  it('a mailed step waits while to do or started, with the answer expected 30 days after mailing', () => {
    const step = mailed[0]!;
    for (const status of ['todo', 'in_progress'] as const) {
      const w = waitingOf(step, { status, mailedOn: '2026-11-02', subStepsDone: [], updatedAt: T });
      expect(w).toEqual({ mailedOn: '2026-11-02', expectedBy: '2026-12-02', basis: 'mail-follow-up-estimate' });
      expect(shownStatus(step, { status, mailedOn: '2026-11-02', subStepsDone: [], updatedAt: T })).toBe('waiting');
    }
    for (const status of ['done', 'skipped', 'not_applicable'] as const) {
      const progress = { status, mailedOn: '2026-11-02', subStepsDone: [], updatedAt: T };
      expect(waitingOf(step, progress)).toBeNull();
      expect(shownStatus(step, progress)).toBe(status);
    }
    expect(waitingOf(step, { status: 'todo', subStepsDone: [], updatedAt: T })).toBeNull();
    expect(waitingOf(step, undefined)).toBeNull();
    expect(shownStatus(step, undefined)).toBe('todo');
  });

  it('a date no calendar has is not a waiting state', () => {
    for (const bad of ['2026-02-30', '2027-02-29', '2026-13-01', '2026-1-01', 'x'])
      expect(waitingOf(mailed[0]!, { status: 'todo', mailedOn: bad, subStepsDone: [], updatedAt: T })).toBeNull();
  });

  it('the expected day is the follow-up reminder’s day, equal to Temporal’s, across month ends and leap years', () => {
    fc.assert(
      fc.property(edgeDayArb, fc.constantFrom(...mailed), fc.constantFrom('todo', 'in_progress'), (day, step, status) => {
        const w = waitingOf(step, { status, mailedOn: day, subStepsDone: [], updatedAt: T });
        const parsed = parseLocalDate(day);
        if (!parsed.ok) throw new Error(day);
        expect(w?.expectedBy).toBe(formatLocalDate(addDays(parsed.value, MAIL_ANSWER_DAYS)));
        expect(w!.expectedBy > day).toBe(true);
        // The follow-up reminder exists and falls on the expected day.
        const checklist: Checklist = { [step.id]: { status, mailedOn: day, subStepsDone: [], updatedAt: T } };
        const reminders = mailFollowUps('p1', checklist, { timeZone: 'America/New_York', reminderTime: '09:00' });
        expect(reminders.map((r) => r.localDate)).toEqual([w!.expectedBy]);
      }),
      { numRuns: 300 },
    );
  });

  it('addCalendarDays adds whole days, and each later day is one more', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 400 }), (day, n) => {
        const a = addCalendarDays(day, n)!;
        const b = addCalendarDays(day, n + 1)!;
        expect(addCalendarDays(a, 1)).toBe(b);
        expect(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)).toBe((n + 1) * 86_400_000);
      }),
    );
  });

  it('in the plan: counted as in progress, not as to do, and passed over by "what next"', () => {
    const plan = buildPlan(child, CATALOG);
    const first = plan.find((i) => i.applies && isMailedStep(i.step))!;
    expect(first).toBeDefined();
    const checklist: Checklist = {
      [first.step.id]: { status: 'todo', mailedOn: '2026-11-20', subStepsDone: [], updatedAt: T },
    };
    expect(progressOf(plan, checklist).overall).toMatchObject({ done: 0, waiting: 1 });
    const tier = planTiers(plan, checklist).find((g) => g.tier === first.step.tier)!;
    expect(tier.waiting).toBe(1);
    expect(nextStep(plan, checklist)?.step.id).not.toBe(first.step.id);
    expect(nextStepAfter(plan, checklist, plan[0]!.step.id)?.step.id).not.toBe(first.step.id);
  });

  it('whatever the checklist, waiting and done never overlap and never exceed the total', () => {
    const statusArb = fc.constantFrom(...STEP_STATUSES);
    const progressArb = fc.record({ status: statusArb, mailed: fc.option(edgeDayArb, { nil: undefined }) });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...CATALOG.map((s) => s.id)), progressArb), (entries) => {
        const checklist: Checklist = Object.fromEntries(
          Object.entries(entries).map(([id, p]) => [
            id,
            { status: p.status, subStepsDone: [], updatedAt: T, ...(p.mailed ? { mailedOn: p.mailed } : {}) },
          ]),
        );
        const plan = buildPlan(child, CATALOG);
        const { overall } = progressOf(plan, checklist);
        expect(overall.done + overall.waiting).toBeLessThanOrEqual(overall.total);
        const next = nextStep(plan, checklist);
        if (next) expect(waitingOf(next.step, checklist[next.step.id])).toBeNull();
      }),
    );
  });
});

describe('the family overview counts a waiting step as in progress', () => {
  it('planSummary: a mailed child freeze is in progress, not next', () => {
    const plan = buildPlan(child, CATALOG);
    const first = plan.find((i) => i.applies && isMailedStep(i.step))!;
    const before = planSummary(plan, {});
    const after = planSummary(plan, {
      [first.step.id]: { status: 'todo', mailedOn: '2026-11-20', subStepsDone: [], updatedAt: T },
    });
    expect(before.inProgress).toBe(0);
    expect(after.inProgress).toBe(1);
    expect(after.done).toBe(0);
    expect(after.next?.stepId).not.toBe(first.step.id);
  });
});
