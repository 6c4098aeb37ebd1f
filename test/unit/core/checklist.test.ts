import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATALOG, getStep } from '../../../electron/shared/core/catalog';
import {
  applyChange,
  checkChange,
  nextStep,
  progressOf,
  STEP_STATUSES,
  type Checklist,
  type ChecklistChange,
} from '../../../electron/shared/core/checklist';
import { buildPlan } from '../../../electron/shared/core/plan';
import { looksLikeSsn } from '../../../electron/shared/core/ssn';

const now = new Date('2026-11-23T15:00:00Z');
const later = new Date('2026-11-24T09:30:00Z');
const equifax = getStep('freeze-equifax')!;

describe('applyChange', () => {
  it('marks done with the date, and clears it when the status changes again', () => {
    const done = applyChange(undefined, { kind: 'status', status: 'done' }, now);
    expect(done).toMatchObject({ status: 'done', doneAt: now.toISOString() });
    const back = applyChange(done, { kind: 'status', status: 'todo' }, later);
    expect(back.status).toBe('todo');
    expect(back.doneAt).toBeUndefined();
    expect(back.updatedAt).toBe(later.toISOString());
  });

  it('keeps a trimmed skip reason only while skipped', () => {
    const skipped = applyChange(
      undefined,
      { kind: 'status', status: 'skipped', skipReason: '  waiting for letter ' },
      now,
    );
    expect(skipped.skipReason).toBe('waiting for letter');
    expect(applyChange(skipped, { kind: 'status', status: 'in_progress' }, later).skipReason).toBeUndefined();
  });

  it('ticking a sub-step starts an untouched step; unticking keeps the status', () => {
    const ticked = applyChange(undefined, { kind: 'subStep', subStepId: 'account', done: true }, now);
    expect(ticked).toMatchObject({ status: 'in_progress', subStepsDone: ['account'] });
    const unticked = applyChange(ticked, { kind: 'subStep', subStepId: 'account', done: false }, later);
    expect(unticked).toMatchObject({ status: 'in_progress', subStepsDone: [] });
  });

  it('a note, the outdated flag, and the status never disturb one another', () => {
    let p = applyChange(undefined, { kind: 'note', note: ' called on Monday ' }, now);
    p = applyChange(p, { kind: 'outdated', flagged: true }, now);
    p = applyChange(p, { kind: 'status', status: 'done' }, now);
    expect(p).toMatchObject({ note: 'called on Monday', outdated: true, status: 'done' });
    p = applyChange(p, { kind: 'note', note: '   ' }, later);
    expect(p.note).toBeUndefined();
    expect(applyChange(p, { kind: 'outdated', flagged: false }, later).outdated).toBeUndefined();
  });

  it('never mutates its input (property)', () => {
    const change: fc.Arbitrary<ChecklistChange> = fc.oneof(
      fc.record({
        kind: fc.constant('status' as const),
        status: fc.constantFrom(...STEP_STATUSES),
        skipReason: fc.string(),
      }),
      fc.record({ kind: fc.constant('note' as const), note: fc.string() }),
      fc.record({
        kind: fc.constant('subStep' as const),
        subStepId: fc.constantFrom('account', 'place', 'confirm'),
        done: fc.boolean(),
      }),
      fc.record({ kind: fc.constant('outdated' as const), flagged: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 20 }), (changes) => {
        let p = applyChange(undefined, { kind: 'status', status: 'todo' }, now);
        for (const c of changes) {
          const frozen = structuredClone(p);
          const next = applyChange(p, c, later);
          expect(p).toEqual(frozen);
          expect(new Set(next.subStepsDone).size).toBe(next.subStepsDone.length);
          expect(next.doneAt !== undefined).toBe(next.status === 'done');
          p = next;
        }
      }),
    );
  });
});

describe('checkChange', () => {
  it('wants a reason to skip and a real sub-step', () => {
    expect(checkChange(equifax, { kind: 'status', status: 'skipped' })).toBe('skip_reason_required');
    expect(checkChange(equifax, { kind: 'status', status: 'skipped', skipReason: '   ' })).toBe('skip_reason_required');
    expect(checkChange(equifax, { kind: 'status', status: 'skipped', skipReason: 'later' })).toBeNull();
    expect(checkChange(equifax, { kind: 'subStep', subStepId: 'nope', done: true })).toBe('unknown_sub_step');
    expect(checkChange(equifax, { kind: 'subStep', subStepId: 'place', done: true })).toBeNull();
  });
});

describe('progress and next step', () => {
  const plan = buildPlan(
    {
      breach: 'tmobile-postpaid',
      exposed: [],
      subject: 'self',
      carrier: 'tmobile',
      primaryHolder: 'yes',
      creditSoon: false,
    },
    CATALOG,
  );
  const applying = plan.filter((i) => i.applies);

  it('counts applying steps, leaves out not-applicable ones, and counts only done as done', () => {
    const first = applying[0]!.step.id;
    const second = applying[1]!.step.id;
    const third = applying[2]!.step.id;
    const checklist: Checklist = {
      [first]: applyChange(undefined, { kind: 'status', status: 'done' }, now),
      [second]: applyChange(undefined, { kind: 'status', status: 'not_applicable' }, now),
      [third]: applyChange(undefined, { kind: 'status', status: 'skipped', skipReason: 'x' }, now),
    };
    const { overall, bySection } = progressOf(plan, checklist);
    expect(overall).toEqual({ done: 1, total: applying.length - 1, waiting: 0 });
    const sum = Object.values(bySection).reduce((n, t) => n + (t?.total ?? 0), 0);
    expect(sum).toBe(overall.total);
  });

  it('next is the started step if any, else the first to-do in plan order; skipped ones wait', () => {
    expect(nextStep(plan, {})?.step.id).toBe(applying[0]!.step.id);
    const started = applying[3]!.step.id;
    expect(
      nextStep(plan, { [started]: applyChange(undefined, { kind: 'status', status: 'in_progress' }, now) })?.step.id,
    ).toBe(started);
    const skipFirst = {
      [applying[0]!.step.id]: applyChange(undefined, { kind: 'status', status: 'skipped', skipReason: 'x' }, now),
    };
    expect(nextStep(plan, skipFirst)?.step.id).toBe(applying[1]!.step.id);
    const allDone = Object.fromEntries(
      applying.map((i) => [i.step.id, applyChange(undefined, { kind: 'status', status: 'done' }, now)]),
    );
    expect(nextStep(plan, allDone)).toBeNull();
  });
});

describe('looksLikeSsn', () => {
  it.each(['123-45-6789', '123 45 6789', '123456789', 'my number is 078-05-1120 ok'])('flags %s', (text) => {
    expect(looksLikeSsn(text)).toBe(true);
  });
  it.each([
    '1-888-298-0045',
    '888-298-0045',
    '1234567890',
    '12-345-6789',
    '123-456-789',
    'PIN 4821',
    '123-45 6789',
    '',
  ])('does not flag %s', (text) => {
    expect(looksLikeSsn(text)).toBe(false);
  });
  it('flags any 3-2-4 digit group joined by one separator, wherever it sits (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{3}$/),
        fc.stringMatching(/^\d{2}$/),
        fc.stringMatching(/^\d{4}$/),
        fc.constantFrom('-', ' ', ''),
        fc.stringMatching(/^[a-z ]{0,10}$/),
        (a, b, c, sep, around) => {
          expect(looksLikeSsn(`${around} ${a}${sep}${b}${sep}${c} ${around}`)).toBe(true);
        },
      ),
    );
  });
});

describe('mailing and thaw changes', () => {
  it('records a mailing date and tracking number, and refuses a date after today', () => {
    const p = applyChange(undefined, { kind: 'mailing', mailedOn: '2026-11-20', tracking: ' 9407 11 ' }, now);
    expect(p).toMatchObject({ mailedOn: '2026-11-20', tracking: '9407 11' });
    expect(checkChange(equifax, { kind: 'mailing', mailedOn: '2026-11-24' }, '2026-11-23')).toBe('mailed_in_future');
    expect(checkChange(equifax, { kind: 'mailing', mailedOn: '2026-11-23' }, '2026-11-23')).toBeNull();
  });

  it('adds and removes thaws without duplicates, and refuses one that already ended', () => {
    let p = applyChange(undefined, { kind: 'thaw', bureau: 'experian', endsOn: '2026-12-01' }, now);
    p = applyChange(p, { kind: 'thaw', bureau: 'experian', endsOn: '2026-12-01' }, now);
    p = applyChange(p, { kind: 'thaw', bureau: 'equifax', endsOn: '2026-12-05' }, now);
    expect(p.thaws).toEqual([
      { bureau: 'experian', endsOn: '2026-12-01' },
      { bureau: 'equifax', endsOn: '2026-12-05' },
    ]);
    p = applyChange(p, { kind: 'thaw', bureau: 'experian', endsOn: '2026-12-01', remove: true }, later);
    expect(p.thaws).toEqual([{ bureau: 'equifax', endsOn: '2026-12-05' }]);
    expect(checkChange(equifax, { kind: 'thaw', bureau: 'equifax', endsOn: '2026-11-22' }, '2026-11-23')).toBe(
      'thaw_in_past',
    );
    expect(
      checkChange(equifax, { kind: 'thaw', bureau: 'equifax', endsOn: '2026-11-22', remove: true }, '2026-11-23'),
    ).toBeNull();
  });
});
