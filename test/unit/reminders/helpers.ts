/** Test helpers for the reminder tests: a fake clock with one timer slot, and reminder fixtures. */
import { expect } from 'vitest';
import { makeCustomReminder } from '../../../electron/shared/core/reminders/rules';
import { parseLocalDate, parseLocalTime } from '../../../electron/shared/core/reminders/local-time';
import { makeSeries, occurrenceMs } from '../../../electron/shared/core/reminders/series';
import {
  emptyReminderState,
  type DueReminder,
  type Reminder,
  type ReminderState,
  type Repeat,
} from '../../../electron/shared/core/reminders/types';
import { markFired } from '../../../electron/shared/core/reminders/schedule';
import { Scheduler, type DueBatch } from '../../../electron/services/reminders/scheduler';

export const NY = 'America/New_York';
export const LA = 'America/Los_Angeles';
export const DAY = 86_400_000;

let seq = 0;
export function custom(
  localDate: string,
  localTime: string,
  timeZone: string,
  repeat: Repeat = 'none',
  profileId = 'profile-0001',
): Reminder {
  const r = makeCustomReminder({
    uuid: `u${String(++seq).padStart(6, '0')}`,
    profileId,
    stepId: null,
    localDate,
    localTime,
    timeZone,
    repeat,
  });
  if (!r.ok) throw new Error(`bad fixture ${localDate} ${localTime} ${timeZone}: ${r.problem.code}`);
  return r.value;
}

/** Every occurrence of a reminder up to `untilMs`, by plain enumeration (no index estimate). */
export function occurrencesUntil(r: Reminder, untilMs: number): number[] {
  const date = parseLocalDate(r.localDate);
  const time = parseLocalTime(r.localTime);
  if (!date.ok || !time.ok) throw new Error('bad reminder');
  const s = makeSeries(date.value, time.value, r.timeZone, r.repeat, Date.parse(r.dueAt));
  const out: number[] = [];
  for (let k = 0; ; k++) {
    const at = occurrenceMs(s, k);
    if (at > untilMs) break;
    out.push(at);
    if (r.repeat === 'none') break;
  }
  return out;
}

export interface Fire {
  at: number;
  batch: DueBatch;
}

/**
 * A fake host: wall clock, ONE timer slot (setting a second one fails the test), and a store of
 * reminder state that records what onDue delivers (unless `persist` is off: a store that is slow).
 */
export class FakeHost {
  now: number;
  timer: { id: number; at: number; fn: () => void } | null = null;
  timerCalls: number[] = [];
  fires: Fire[] = [];
  state: ReminderState = emptyReminderState();
  persist = true;
  /** How often the scheduler read the data: it ran a planning step. */
  snapshots = 0;
  /** Called inside onDue, to test re-entrant replans. */
  duringDue: (() => void) | null = null;
  readonly scheduler: Scheduler<number>;
  private nextId = 1;

  constructor(
    startMs: number,
    public reminders: Reminder[],
    maxWaitMs?: number,
  ) {
    this.now = startMs;
    this.scheduler = new Scheduler<number>({
      now: () => new Date(this.now),
      setTimer: (fn, ms) => {
        expect(this.timer, 'one timer at a time').toBeNull();
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(2 ** 31 - 1);
        this.timerCalls.push(ms);
        this.timer = { id: this.nextId++, at: this.now + ms, fn };
        return this.timer.id;
      },
      clearTimer: (h) => {
        if (this.timer?.id === h) this.timer = null;
      },
      snapshot: () => {
        this.snapshots++;
        return { reminders: this.reminders, state: this.state };
      },
      onDue: (batch) => {
        this.fires.push({ at: this.now, batch });
        if (this.persist) this.state = markFired(this.state, batch.items);
        this.duringDue?.();
      },
      ...(maxWaitMs === undefined ? {} : { maxWaitMs }),
    });
  }

  /** Lets time pass normally: each timer fires at its deadline. */
  advance(ms: number): void {
    const target = this.now + ms;
    while (this.timer && this.timer.at <= target) {
      const t = this.timer;
      this.now = t.at;
      this.timer = null;
      t.fn();
    }
    this.now = target;
  }

  /** The wall clock jumps (sleep, or a clock change). The timer's deadline is monotonic, so it moves too. */
  jump(ms: number, tellScheduler: boolean): void {
    this.now += ms;
    if (this.timer) this.timer.at += ms;
    if (tellScheduler) this.scheduler.replan();
  }

  /** The timer fires `early` ms before its deadline (timers may). */
  fireEarly(early: number): void {
    if (!this.timer) return;
    const t = this.timer;
    this.now = Math.max(this.now, t.at - early);
    this.timer = null;
    t.fn();
  }

  change(update: (s: ReminderState) => ReminderState): void {
    this.state = update(this.state);
    this.scheduler.replan();
  }

  fired(): DueReminder[] {
    return this.fires.flatMap((f) => f.batch.items);
  }
}
