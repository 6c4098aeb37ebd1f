import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveReminders } from '../../../electron/shared/core/reminders/rules';
import {
  catchUp,
  dismiss,
  dueNow,
  markDone,
  markFired,
  nextDue,
  nextDueMs,
  pruneState,
  snooze,
  snoozeTarget,
  toNotify,
  upcoming,
} from '../../../electron/shared/core/reminders/schedule';
import { emptyReminderState, type Reminder, type ReminderState } from '../../../electron/shared/core/reminders/types';
import { buildBenchReminders } from '../../../scripts/bench/reminders-bench';
import { custom, DAY, LA, NY, occurrencesUntil } from './helpers';

const at = (iso: string) => new Date(iso);
const ids = (items: { reminder: Reminder }[]) => items.map((d) => d.reminder.id);

describe('one-off reminder lifecycle', () => {
  const r = custom('2025-03-03', '09:00', NY); // 14:00Z

  it('is not due before its time, then due once, and gone when done', () => {
    let s = emptyReminderState();
    expect(dueNow([r], s, at('2025-03-03T13:59:59Z'))).toEqual([]);
    expect(nextDue([r], s, at('2025-03-03T13:59:59Z'))).toBe('2025-03-03T14:00:00.000Z');
    const due = dueNow([r], s, at('2025-03-03T14:00:00Z'));
    expect(due).toEqual([{ reminder: r, occurrenceAt: r.dueAt, triggerAt: r.dueAt, notified: false }]);
    expect(nextDue([r], s, at('2025-03-03T14:00:00Z'))).toBeNull();
    s = markFired(s, due);
    expect(toNotify([r], s, at('2025-03-04T00:00:00Z'))).toEqual([]);
    expect(dueNow([r], s, at('2025-03-04T00:00:00Z'))).toHaveLength(1); // still in the inbox
    s = markDone(s, r, at('2025-03-04T00:00:00Z'));
    expect(dueNow([r], s, at('2026-01-01T00:00:00Z'))).toEqual([]);
    expect(nextDue([r], s, at('2025-03-04T00:00:00Z'))).toBeNull();
    expect(upcoming([r], s)).toEqual([]);
  });

  it('snoozed, it comes back at the snooze end as a new trigger, notified again once', () => {
    let s = markFired(emptyReminderState(), dueNow([r], emptyReminderState(), at('2025-03-03T14:00:00Z')));
    s = snooze(s, r.id, '2025-03-03T15:00:00Z');
    expect(dueNow([r], s, at('2025-03-03T14:30:00Z'))).toEqual([]);
    expect(nextDue([r], s, at('2025-03-03T14:30:00Z'))).toBe('2025-03-03T15:00:00.000Z');
    const back = toNotify([r], s, at('2025-03-03T15:00:00Z'));
    expect(back).toEqual([
      { reminder: r, occurrenceAt: r.dueAt, triggerAt: '2025-03-03T15:00:00.000Z', notified: false },
    ]);
    s = markFired(s, back);
    expect(toNotify([r], s, at('2025-03-03T16:00:00Z'))).toEqual([]);
    s = dismiss(s, r, at('2025-03-03T16:00:00Z'));
    expect(s.snoozedUntil).toEqual({});
    expect(dueNow([r], s, at('2026-03-03T16:00:00Z'))).toEqual([]);
  });

  it('marking done before it is due completes it early; an invalid snooze changes nothing', () => {
    const s = markDone(emptyReminderState(), r, at('2025-03-01T00:00:00Z'));
    expect(nextDue([r], s, at('2025-03-01T00:00:00Z'))).toBeNull();
    expect(snooze(s, r.id, 'not a date')).toBe(s);
  });
});

describe('repeating reminder', () => {
  const weekly = custom('2025-03-03', '09:00', NY, 'weekly');

  it('done completes the shown occurrence and the next one comes a week later at 09:00 local', () => {
    let s = emptyReminderState();
    s = markDone(s, weekly, at('2025-03-03T15:00:00Z'));
    // The clocks change on 2025-03-09: 09:00 EDT is 13:00Z.
    expect(nextDue([weekly], s, at('2025-03-03T15:00:00Z'))).toBe('2025-03-10T13:00:00.000Z');
  });

  it('missed occurrences collapse into the latest one, shown once; done then waits for the next', () => {
    let s = emptyReminderState();
    const now = at('2025-03-26T12:00:00Z'); // three weeks and a bit later
    const due = dueNow([weekly], s, now);
    expect(due).toEqual([
      {
        reminder: weekly,
        occurrenceAt: '2025-03-24T13:00:00.000Z',
        triggerAt: '2025-03-24T13:00:00.000Z',
        notified: false,
      },
    ]);
    // While it sits in the inbox, the next occurrence is the next trigger.
    expect(nextDue([weekly], s, now)).toBe('2025-03-31T13:00:00.000Z');
    s = markDone(s, weekly, now);
    expect(s.done[weekly.id]).toBe('2025-03-24T13:00:00.000Z');
    expect(dueNow([weekly], s, now)).toEqual([]);
    expect(nextDue([weekly], s, now)).toBe('2025-03-31T13:00:00.000Z');
  });

  it('done early skips the pending occurrence only', () => {
    const s = markDone(emptyReminderState(), weekly, at('2025-03-01T00:00:00Z'));
    expect(s.done[weekly.id]).toBe(weekly.dueAt);
    expect(nextDue([weekly], s, at('2025-03-01T00:00:00Z'))).toBe('2025-03-10T13:00:00.000Z');
  });

  it('done while snoozed completes every occurrence up to now, not only the first missed one', () => {
    let s = snooze(emptyReminderState(), weekly.id, '2025-04-01T00:00:00Z');
    s = markDone(s, weekly, at('2025-03-26T12:00:00Z'));
    expect(s.done[weekly.id]).toBe('2025-03-24T13:00:00.000Z');
    expect(dueNow([weekly], s, at('2025-03-26T12:00:00Z'))).toEqual([]);
  });

  it('a dismissed occurrence is set aside; the series goes on', () => {
    const s = dismiss(emptyReminderState(), weekly, at('2025-03-03T14:00:00Z'));
    expect(dueNow([weekly], s, at('2025-03-05T00:00:00Z'))).toEqual([]);
    expect(dueNow([weekly], s, at('2025-03-10T13:00:00Z'))).toHaveLength(1);
  });
});

describe('rule reminders and the schedule', () => {
  it('a follow-up handled once comes back when the step is touched again (same id, later anchor)', () => {
    const checklist = {
      'freeze-equifax': { status: 'in_progress' as const, updatedAt: '2025-03-01T15:00:00Z', subStepsDone: [] },
    };
    const first = deriveReminders('profile-0001', { checklist }, { timeZone: NY }, at('2025-03-01T15:00:00Z'));
    let s = markDone(emptyReminderState(), first[0]!, at('2025-03-04T15:00:00Z'));
    expect(dueNow(first, s, at('2025-03-05T00:00:00Z'))).toEqual([]);
    const touched = { 'freeze-equifax': { ...checklist['freeze-equifax'], updatedAt: '2025-03-05T15:00:00Z' } };
    const again = deriveReminders('profile-0001', { checklist: touched }, { timeZone: NY }, at('2025-03-05T15:00:00Z'));
    expect(again[0]!.id).toBe(first[0]!.id);
    expect(ids(dueNow(again, s, at('2025-03-08T14:00:00Z')))).toEqual([first[0]!.id]);
    s = pruneState(s, []);
    expect(s).toEqual(emptyReminderState());
  });
});

describe('damaged data', () => {
  it('a reminder that cannot be read does not stop the others', () => {
    const good = custom('2025-03-03', '09:00', NY);
    const badDue = { ...custom('2025-03-03', '09:00', NY), dueAt: 'garbage' };
    const badZone = { ...custom('2025-03-03', '09:00', NY, 'weekly'), timeZone: 'Mars/Olympus' };
    const rs = [badDue, badZone, good];
    expect(ids(dueNow(rs, emptyReminderState(), at('2025-03-04T00:00:00Z')))).toEqual([badZone.id, good.id].sort());
    expect(nextDue(rs, emptyReminderState(), at('2025-03-01T00:00:00Z'))).toBe('2025-03-03T14:00:00.000Z');
  });
});

describe('catch-up after months closed', () => {
  const rs = [
    custom('2025-01-10', '09:00', NY),
    custom('2025-02-10', '09:00', LA),
    custom('2025-03-09', '09:00', NY),
    custom('2025-04-10', '08:00', 'UTC'),
    custom('2025-01-06', '09:00', NY, 'weekly'),
    custom('2025-01-31', '09:00', NY, 'monthly'),
    custom('2025-09-01', '09:00', NY), // still in the future
  ];

  it('each reminder that came due shows exactly once, grouped; a repeat shows its latest occurrence', () => {
    const lastRun = at('2025-01-08T00:00:00Z');
    const now = at('2025-06-15T12:00:00Z');
    const c = catchUp(rs, emptyReminderState(), lastRun, now);
    expect(c.grouped).toBe(true);
    expect(c.whileClosed).toBe(6);
    expect(ids(c.items).sort()).toEqual(ids(rs.slice(0, 6).map((reminder) => ({ reminder }))).sort());
    const weekly = c.items.find((d) => d.reminder.repeat === 'weekly')!;
    expect(weekly.occurrenceAt).toBe('2025-06-09T13:00:00.000Z');
    const monthly = c.items.find((d) => d.reminder.repeat === 'monthly')!;
    expect(monthly.occurrenceAt).toBe('2025-05-31T13:00:00.000Z');
    // Sorted by trigger.
    expect(c.items.map((d) => d.triggerAt)).toEqual([...c.items.map((d) => d.triggerAt)].sort());
    const s = markFired(emptyReminderState(), c.items);
    expect(catchUp(rs, s, now, now).items).toEqual([]);
    expect(catchUp(rs, s, now, at('2025-06-16T13:00:00Z')).items).toHaveLength(1); // the next weekly one
  });

  it('three or fewer are not grouped; a trigger from before the last run that was never notified still shows', () => {
    const c = catchUp(rs.slice(0, 2), emptyReminderState(), at('2025-02-01T00:00:00Z'), at('2025-03-01T00:00:00Z'));
    expect(c).toMatchObject({ grouped: false, whileClosed: 1 });
    expect(c.items).toHaveLength(2);
  });
});

describe('snoozeTarget', () => {
  const now = at('2025-03-08T20:00:00Z'); // Saturday 15:00 in New York
  it('an hour, tomorrow and next week at the reminder time, or a picked time', () => {
    expect(snoozeTarget({ kind: 'hour' }, now, NY, '09:00')).toEqual({ ok: true, value: '2025-03-08T21:00:00.000Z' });
    // Tomorrow is the spring-forward Sunday: 09:00 EDT.
    expect(snoozeTarget({ kind: 'tomorrow' }, now, NY, '09:00')).toEqual({
      ok: true,
      value: '2025-03-09T13:00:00.000Z',
    });
    expect(snoozeTarget({ kind: 'next-week' }, now, NY, '09:00')).toEqual({
      ok: true,
      value: '2025-03-15T13:00:00.000Z',
    });
    expect(snoozeTarget({ kind: 'pick', localDate: '2025-03-20', localTime: '18:30' }, now, LA, '09:00')).toEqual({
      ok: true,
      value: '2025-03-21T01:30:00.000Z',
    });
  });
  it('refuses a gap, a past time and bad input', () => {
    expect(snoozeTarget({ kind: 'pick', localDate: '2025-03-09', localTime: '02:30' }, now, NY, '09:00')).toMatchObject(
      { ok: false, problem: { code: 'dst_gap' } },
    );
    expect(snoozeTarget({ kind: 'pick', localDate: '2025-03-08', localTime: '09:00' }, now, NY, '09:00')).toEqual({
      ok: false,
      problem: { code: 'not_in_future' },
    });
    expect(snoozeTarget({ kind: 'tomorrow' }, now, 'Mars/Olympus', '09:00')).toMatchObject({
      ok: false,
      problem: { code: 'unknown_time_zone' },
    });
    expect(snoozeTarget({ kind: 'pick', localDate: '2021-02-30', localTime: '09:00' }, now, NY, '09:00')).toMatchObject(
      { ok: false, problem: { code: 'no_such_date' } },
    );
  });
});

/** A plain model of nextDue: linear enumeration of each series and the state rules written out. */
function modelNextDue(reminders: readonly Reminder[], state: ReminderState, nowMs: number): number | null {
  let best = Infinity;
  const ms = (iso: string | undefined) => (iso === undefined ? -Infinity : Date.parse(iso));
  for (const r of reminders) {
    const handled = Math.max(ms(state.done[r.id]), ms(state.dismissed[r.id]));
    const snoozeMs = ms(state.snoozedUntil[r.id]);
    const horizon = Math.max(nowMs, handled, snoozeMs, Date.parse(r.dueAt)) + 400 * DAY;
    const occ = occurrencesUntil(r, horizon);
    const pending = occ.find((o) => o > handled);
    if (pending === undefined) continue;
    const fire = Math.max(pending, snoozeMs);
    let candidate: number | undefined;
    if (fire > nowMs) candidate = fire;
    else if (r.repeat !== 'none') candidate = occ.find((o) => o > nowMs);
    if (candidate !== undefined && candidate < best) best = candidate;
  }
  return best === Infinity ? null : best;
}

describe('10,000 reminders', () => {
  it('nextDue matches a brute-force model', () => {
    const now = at('2026-06-01T12:00:00Z');
    const { reminders, state } = buildBenchReminders(10_000, now, 11);
    expect(reminders).toHaveLength(10_000);
    for (const t of [now.getTime(), now.getTime() + 3 * DAY + 1234, now.getTime() - 200 * DAY]) {
      expect(nextDueMs(reminders, state, t)).toBe(modelNextDue(reminders, state, t));
    }
  });

  it('nextDue matches the model on random small sets and states', () => {
    const arb = fc.record({
      specs: fc.array(
        fc.record({
          day: fc.integer({ min: 0, max: 500 }),
          hour: fc.integer({ min: 0, max: 23 }),
          zone: fc.constantFrom(NY, LA, 'UTC'),
          repeat: fc.constantFrom('none' as const, 'weekly' as const, 'monthly' as const, 'yearly' as const),
          done: fc.option(fc.integer({ min: -30, max: 600 }), { nil: undefined }),
          snooze: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
      now: fc.integer({ min: 0, max: 700 }),
    });
    const base = Date.UTC(2024, 0, 1);
    fc.assert(
      fc.property(arb, ({ specs, now }) => {
        const rs: Reminder[] = [];
        const s = emptyReminderState();
        for (const sp of specs) {
          const date = new Date(base + sp.day * DAY).toISOString().slice(0, 10);
          let r: Reminder;
          try {
            r = custom(date, `${String(sp.hour).padStart(2, '0')}:00`, sp.zone, sp.repeat);
          } catch {
            continue; // a DST gap
          }
          rs.push(r);
          if (sp.done !== undefined) s.done[r.id] = new Date(base + sp.done * DAY).toISOString();
          if (sp.snooze !== undefined)
            s.snoozedUntil[r.id] = new Date(base + sp.snooze * DAY + 3_600_000).toISOString();
        }
        const t = base + now * DAY + 1;
        expect(nextDueMs(rs, s, t)).toBe(modelNextDue(rs, s, t));
      }),
      { numRuns: 300 },
    );
  });
});
