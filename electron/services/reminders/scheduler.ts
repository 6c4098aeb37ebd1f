/**
 * The reminder scheduler: ONE timer, armed for the next due instant, and nothing in between.
 *
 * Every wake-up (the timer, `replan()` after a data change, a system resume or a clock change)
 * does the same thing: read the clock, notify every due trigger not yet notified (each once, as one
 * batch, grouped when there are many), then arm the timer for the next due instant. So a timer that
 * fires early just re-arms, one that fires late (sleep) or a clock that jumps forward delivers
 * everything that came due in between, once each. setTimeout cannot wait longer than 2^31−1 ms
 * (about 24.8 days); longer waits are re-armed in steps.
 *
 * Notified triggers are remembered here as well as in the store (`lastFiredAt`), so a batch is not
 * repeated if the host has not saved it yet when the next wake-up comes.
 */
import { nextDueMs, toNotify } from '../../shared/core/reminders/schedule';
import { GROUP_THRESHOLD, type DueReminder, type Reminder, type ReminderState } from '../../shared/core/reminders/types';

/** The longest delay setTimeout honours; a larger one fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export interface DueBatch {
  items: DueReminder[];
  /** More than GROUP_THRESHOLD items: show one summary notification. */
  grouped: boolean;
}

export interface SchedulerDeps<H = unknown> {
  now(): Date;
  setTimer(fn: () => void, ms: number): H;
  clearTimer(handle: H): void;
  /** The reminders of every profile and their state, as stored now. */
  snapshot(): { reminders: readonly Reminder[]; state: ReminderState };
  /**
   * Called with each batch of newly due reminders. The host notifies and records them with
   * `markFired` (it may call `replan()` from here; that is queued, not nested).
   */
  onDue(batch: DueBatch): void;
  /** A throwing onDue is reported here; the scheduler keeps going. */
  onError?(error: unknown): void;
  /**
   * The longest single wait, default MAX_TIMER_MS. A host that cannot hear about wall-clock changes
   * may pass a shorter one; it is not polling, just a bound on how late a clock change is noticed.
   */
  maxWaitMs?: number;
}

export class Scheduler<H = unknown> {
  private handle: { h: H } | null = null;
  private running = false;
  private again = false;
  private stopped = false;
  /** `id@trigger` of items already handed to onDue and still due. */
  private fired = new Set<string>();
  /** The instant the armed timer aims at (for tests and diagnostics). */
  armedFor: number | null = null;

  constructor(private readonly deps: SchedulerDeps<H>) {}

  /** Starts (or restarts) the scheduler: delivers what is due (catch-up) and arms the timer. */
  start(): void {
    this.stopped = false;
    this.replan();
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  /** Re-reads the clock and the data; call on wake, on a clock change and after any data change. */
  replan(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        this.step();
      } while (this.again && !this.stopped);
    } finally {
      this.running = false;
    }
  }

  private disarm(): void {
    if (this.handle) this.deps.clearTimer(this.handle.h);
    this.handle = null;
    this.armedFor = null;
  }

  private step(): void {
    this.disarm();
    const nowMs = this.deps.now().getTime();
    const { reminders, state } = this.deps.snapshot();
    const due = toNotify(reminders, state, new Date(nowMs));
    const keys = new Set(due.map(keyOf));
    // Forget what is no longer due (handled, or notified in the store) so the set stays small.
    for (const k of this.fired) if (!keys.has(k)) this.fired.delete(k);
    const fresh = due.filter((d) => !this.fired.has(keyOf(d)));
    for (const d of fresh) this.fired.add(keyOf(d));
    if (fresh.length > 0) {
      try {
        this.deps.onDue({ items: fresh, grouped: fresh.length > GROUP_THRESHOLD });
      } catch (error) {
        // A failed notification must not leave the scheduler without its timer.
        this.deps.onError?.(error);
      }
    }
    if (this.stopped) return;
    // onDue may have changed the data (it usually saves lastFiredAt): plan from what is stored now.
    const after = this.deps.snapshot();
    const next = nextDueMs(after.reminders, after.state, nowMs);
    if (next === null) return;
    const wait = Math.min(Math.max(0, next - nowMs), this.deps.maxWaitMs ?? MAX_TIMER_MS, MAX_TIMER_MS);
    this.armedFor = next;
    this.handle = {
      h: this.deps.setTimer(() => {
        this.handle = null;
        this.armedFor = null;
        this.replan();
      }, wait),
    };
  }
}

const keyOf = (d: DueReminder) => `${d.reminder.id}@${d.triggerAt}`;
