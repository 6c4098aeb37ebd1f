import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dismiss, markDone, nextDueMs, snooze, toNotify } from '../../../electron/shared/core/reminders/schedule';
import type { Reminder, Repeat } from '../../../electron/shared/core/reminders/types';
import { MAX_TIMER_MS, Scheduler } from '../../../electron/services/reminders/scheduler';
import { emptyReminderState } from '../../../electron/shared/core/reminders/types';
import { custom, DAY, FakeHost, LA, NY, occurrencesUntil } from './helpers';

const MIN = 60_000;
const HOUR = 60 * MIN;

const localWall = (ms: number, timeZone: string) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(ms))
      .map((x) => [x.type, x.value]),
  );
  return `${p.weekday} ${p.hour}:${p.minute}`;
};

describe('Scheduler', () => {
  it('holds one timer for the next due reminder and fires it on time', () => {
    const rs = [
      custom('2025-03-03', '09:00', NY),
      custom('2025-03-05', '09:00', NY),
      custom('2025-03-04', '09:00', LA),
    ];
    const host = new FakeHost(Date.parse('2025-03-01T00:00:00Z'), rs);
    host.scheduler.start();
    expect(host.timerCalls).toHaveLength(1);
    expect(host.scheduler.armedFor).toBe(Date.parse('2025-03-03T14:00:00Z'));
    host.advance(10 * DAY);
    expect(host.fires.map((f) => [new Date(f.at).toISOString(), f.batch.items.map((d) => d.reminder.id)])).toEqual([
      ['2025-03-03T14:00:00.000Z', [rs[0]!.id]],
      ['2025-03-04T17:00:00.000Z', [rs[2]!.id]],
      ['2025-03-05T14:00:00.000Z', [rs[1]!.id]],
    ]);
    expect(host.timer).toBeNull();
    expect(host.timerCalls).toHaveLength(3); // one per wake-up, never two at once
  });

  it('a clock jump of several months fires each due reminder once, as one grouped batch, then re-plans', () => {
    const rs = [
      custom('2025-01-10', '09:00', NY),
      custom('2025-02-10', '09:00', NY),
      custom('2025-03-10', '09:00', LA),
      custom('2025-04-10', '09:00', NY),
      custom('2025-01-06', '09:00', NY, 'weekly'),
      custom('2025-08-01', '09:00', NY),
    ];
    const host = new FakeHost(Date.parse('2025-01-01T00:00:00Z'), rs);
    host.scheduler.start();
    host.jump(150 * DAY, true); // asleep until the end of May
    expect(host.fires).toHaveLength(1);
    const [fire] = host.fires;
    expect(fire!.batch.grouped).toBe(true);
    expect(fire!.batch.items.map((d) => d.reminder.id).sort()).toEqual(
      rs
        .slice(0, 5)
        .map((r) => r.id)
        .sort(),
    );
    // Re-planned for the next weekly occurrence, 09:00 New York on the next Monday.
    expect(localWall(host.scheduler.armedFor!, NY)).toBe('Mon 09:00');
    host.scheduler.replan();
    host.scheduler.replan();
    expect(host.fires).toHaveLength(1);
  });

  it('without being told, a late timer (sleep) still fires everything due, once', () => {
    const rs = [
      custom('2025-01-10', '09:00', NY),
      custom('2025-01-20', '09:00', NY),
      custom('2025-01-30', '09:00', NY),
      custom('2025-02-20', '09:00', NY),
    ];
    const host = new FakeHost(Date.parse('2025-01-01T00:00:00Z'), rs);
    host.scheduler.start();
    host.jump(25 * DAY, false);
    host.advance(10 * DAY); // the timer comes 25 days late
    expect(host.fires.map((f) => f.batch.items.length)).toEqual([3]);
    expect(host.fires[0]!.batch.grouped).toBe(false);
    host.advance(30 * DAY);
    expect(host.fired().map((d) => d.reminder.id)).toEqual(rs.map((r) => r.id));
  });

  it('a timer that fires early fires nothing and re-arms for the rest', () => {
    const rs = [custom('2025-03-03', '09:00', NY)];
    const host = new FakeHost(Date.parse('2025-03-03T13:00:00Z'), rs);
    host.scheduler.start();
    host.fireEarly(5);
    expect(host.fires).toEqual([]);
    expect(host.timerCalls).toEqual([HOUR, 5]);
    host.advance(5);
    expect(host.fires).toHaveLength(1);
  });

  it('caps each wait at 2^31-1 ms and re-arms until the reminder is due', () => {
    const rs = [custom('2025-04-10', '09:00', NY)];
    const start = Date.parse('2025-03-01T00:00:00Z');
    const host = new FakeHost(start, rs);
    host.scheduler.start();
    expect(host.timerCalls).toEqual([MAX_TIMER_MS]);
    host.advance(MAX_TIMER_MS);
    expect(host.fires).toEqual([]);
    expect(host.timerCalls).toEqual([MAX_TIMER_MS, Date.parse(rs[0]!.dueAt) - start - MAX_TIMER_MS]);
    host.advance(30 * DAY);
    expect(host.fires.map((f) => f.at)).toEqual([Date.parse(rs[0]!.dueAt)]);
  });

  it('maxWaitMs bounds each wait (a host that cannot hear clock changes)', () => {
    const host = new FakeHost(Date.parse('2025-03-01T00:00:00Z'), [custom('2025-03-02', '09:00', NY)], 15 * MIN);
    host.scheduler.start();
    expect(host.timerCalls).toEqual([15 * MIN]);
  });

  it('does not fire twice while the store has not saved the batch yet, and queues a replan from onDue', () => {
    const rs = [custom('2025-03-03', '09:00', NY), custom('2025-03-03', '09:00', LA)];
    const host = new FakeHost(Date.parse('2025-03-03T14:00:00Z'), rs);
    host.persist = false;
    let nested = 0;
    host.duringDue = () => {
      nested++;
      host.scheduler.replan();
    };
    host.scheduler.start();
    host.scheduler.replan();
    host.advance(3 * HOUR);
    expect(host.fired().map((d) => d.reminder.id)).toEqual([rs[0]!.id, rs[1]!.id]);
    expect(nested).toBe(2);
  });

  it('keeps its timer when onDue throws, and reports the error', () => {
    const rs = [custom('2025-03-03', '09:00', NY), custom('2025-03-04', '09:00', NY)];
    const errors: unknown[] = [];
    let calls = 0;
    let timer: { at: number; fn: () => void } | null = null;
    let now = Date.parse('2025-03-03T14:00:00Z');
    const s = new Scheduler<number>({
      now: () => new Date(now),
      setTimer: (fn, ms) => {
        timer = { at: now + ms, fn };
        return 1;
      },
      clearTimer: () => {
        timer = null;
      },
      snapshot: () => ({ reminders: rs, state: emptyReminderState() }),
      onDue: () => {
        calls++;
        throw new Error('notifier down');
      },
      onError: (e) => errors.push(e),
    });
    s.start();
    expect(errors).toHaveLength(1);
    expect(timer).not.toBeNull();
    now = timer!.at;
    timer!.fn();
    expect(calls).toBe(2);
  });

  it('stop clears the timer; start resumes', () => {
    const host = new FakeHost(Date.parse('2025-03-01T00:00:00Z'), [custom('2025-03-02', '09:00', NY)]);
    host.scheduler.start();
    host.scheduler.stop();
    expect(host.timer).toBeNull();
    host.scheduler.replan();
    expect(host.timer).toBeNull();
    host.advance(2 * DAY);
    expect(host.fires).toEqual([]);
    host.scheduler.start();
    expect(host.fires).toHaveLength(1);
  });

  it.each([NY, LA])(
    'a weekly 09:00 reminder in %s fires at 09:00 local every Monday through both DST changes',
    (tz) => {
      const r = custom('2021-01-04', '09:00', tz, 'weekly');
      const host = new FakeHost(Date.parse('2021-01-01T00:00:00Z'), [r]);
      host.scheduler.start();
      host.advance(365 * DAY);
      const times = host.fires.map((f) => f.at);
      expect(times).toHaveLength(52);
      for (const t of times) expect(localWall(t, tz)).toBe('Mon 09:00');
      expect(new Set(times.map((t) => new Date(t).getUTCHours())).size).toBe(2);
    },
  );
});

type Action =
  | { t: 'advance'; ms: number }
  | { t: 'jump'; ms: number; tell: boolean }
  | { t: 'early'; ms: number }
  | { t: 'snooze'; i: number; ms: number }
  | { t: 'done'; i: number }
  | { t: 'dismiss'; i: number };

const START = Date.parse('2021-02-01T00:00:00Z');

const arbReminders = fc
  .array(
    fc.record({
      day: fc.integer({ min: -20, max: 320 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.constantFrom(0, 30),
      zone: fc.constantFrom(NY, LA, 'UTC'),
      repeat: fc.constantFrom<Repeat>('none', 'none', 'weekly', 'monthly', 'yearly'),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((specs) => {
    const out: Reminder[] = [];
    for (const s of specs) {
      const date = new Date(START + s.day * DAY).toISOString().slice(0, 10);
      try {
        out.push(custom(date, `${String(s.hour).padStart(2, '0')}:${s.minute === 0 ? '00' : '30'}`, s.zone, s.repeat));
      } catch {
        // a time in a DST gap: the form would refuse it
      }
    }
    return out;
  })
  .filter((rs) => rs.length > 0);

const arbAction: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ t: fc.constant('advance' as const), ms: fc.integer({ min: MIN, max: 20 * DAY }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('jump' as const),
      ms: fc.integer({ min: HOUR, max: 200 * DAY }),
      tell: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('early' as const), ms: fc.integer({ min: 1, max: HOUR }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('snooze' as const),
      i: fc.nat(7),
      ms: fc.integer({ min: MIN, max: 10 * DAY }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('done' as const), i: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('dismiss' as const), i: fc.nat(7) }) },
);

describe('Scheduler properties (fake clock)', () => {
  it('no reminder is lost or fires twice; order is kept; one timer aimed at the next due instant', () => {
    fc.assert(
      fc.property(arbReminders, fc.array(arbAction, { maxLength: 30 }), fc.boolean(), (reminders, actions, persist) => {
        const host = new FakeHost(START, reminders);
        host.persist = persist;
        const touched = new Set<string>();
        let jumped = false;
        let skewed = false;
        const check = () => {
          // Nothing due is left un-notified (with a slow store, the scheduler's own memory counts).
          const unsent = toNotify(host.reminders, host.state, new Date(host.now)).filter(
            (d) => !host.fired().some((f) => f.reminder.id === d.reminder.id && f.triggerAt === d.triggerAt),
          );
          if (!skewed) expect(unsent).toEqual([]);
          // The single timer aims at the next due instant.
          if (!skewed) expect(host.scheduler.armedFor).toBe(nextDueMs(host.reminders, host.state, host.now));
          expect(host.timer === null).toBe(host.scheduler.armedFor === null);
        };
        host.scheduler.start();
        check();
        for (const a of actions) {
          const firesBefore = host.fires.length;
          const wasSkewed = skewed;
          const stepsBefore = host.snapshots;
          switch (a.t) {
            case 'advance':
              host.advance(a.ms);
              break;
            case 'jump':
              jumped = true;
              host.jump(a.ms, a.tell);
              break;
            case 'early':
              host.fireEarly(a.ms);
              break;
            case 'snooze':
            case 'done':
            case 'dismiss': {
              const r = reminders[a.i % reminders.length]!;
              touched.add(r.id);
              const now = new Date(host.now);
              host.change((s) =>
                a.t === 'snooze'
                  ? snooze(s, r.id, new Date(host.now + a.ms))
                  : a.t === 'done'
                    ? markDone(s, r, now)
                    : dismiss(s, r, now),
              );
              break;
            }
          }
          // A jump the scheduler was not told about leaves the timer late until it next runs.
          if (a.t === 'jump' && !a.tell) skewed = skewed || host.timer !== null;
          else if (host.snapshots > stepsBefore) skewed = false;
          // A fire during normal time passing happens exactly at its trigger.
          if (a.t === 'advance' && !wasSkewed) {
            for (const f of host.fires.slice(firesBefore))
              for (const d of f.batch.items) expect(Date.parse(d.triggerAt)).toBe(f.at);
          }
          check();
        }
        // Let everything still pending come due.
        host.advance(800 * DAY);
        skewed = false;
        check();

        const fired = host.fired();
        // Never early, never twice.
        for (const f of host.fires)
          for (const d of f.batch.items) expect(Date.parse(d.triggerAt)).toBeLessThanOrEqual(f.at);
        const keys = fired.map((d) => `${d.reminder.id}@${d.triggerAt}`);
        expect(new Set(keys).size).toBe(keys.length);
        // Order kept: triggers come out in time order, batch after batch.
        const triggers = fired.map((d) => Date.parse(d.triggerAt));
        expect(triggers).toEqual([...triggers].sort((x, y) => x - y));
        // Grouping flag.
        for (const f of host.fires) expect(f.batch.grouped).toBe(f.batch.items.length > 3);
        // Untouched reminders, checked against a plain enumeration of their occurrences.
        for (const r of reminders) {
          if (touched.has(r.id)) continue;
          const occ = occurrencesUntil(r, host.now);
          const mine = fired.filter((d) => d.reminder.id === r.id).map((d) => Date.parse(d.triggerAt));
          for (const m of mine) expect(occ).toContain(m);
          if (occ.length > 0) expect(mine).toContain(occ[occ.length - 1]);
          // Without jumps every occurrence fires, except those already missed at the start,
          // which collapse into the latest of them.
          const missed = occ.filter((o) => o <= START);
          if (!jumped) expect(mine).toEqual([...missed.slice(-1), ...occ.filter((o) => o > START)]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
