/**
 * The reminder state machine, pure: what is due, when the next one comes, and what the user's
 * actions (done, dismiss, snooze) change. `now` is always a parameter; state is never mutated.
 *
 * Each reminder is a series of occurrences (one, unless it repeats). Per reminder:
 * - handled-through H = the later of `done` and `dismissed` (both hold an occurrence instant);
 * - the pending occurrence P = the first occurrence after H (the first one when nothing is handled);
 * - it shows from fireAt = max(P, snoozedUntil) on;
 * - while it shows, the occurrence it stands for is the LATEST one up to now: missed occurrences of
 *   a repeating reminder collapse into one instead of flooding the inbox;
 * - trigger = max(that occurrence, snoozedUntil): each trigger is notified once (`lastFiredAt`).
 * Marking done or dismissing handles the latest occurrence up to now once the pending one has come
 * round (snoozed or not), or the pending one itself when done early; the next occurrence of a
 * repeating reminder then comes as planned.
 */
import {
  addDays,
  checkLocal,
  instantToLocal,
  isoToMs,
  parseLocalDate,
  parseLocalTime,
  localToInstantMs,
  type LocalTimeProblem,
  type LocalTimeResult,
  type Instant,
} from './local-time';
import { bracket, makeSeries, type Series } from './series';
import { GROUP_THRESHOLD, type DueReminder, type Reminder, type ReminderState } from './types';

/**
 * A reminder's occurrences as numbers. Cheap enough to build on every call (no memo keyed by
 * object, which would cost more than it saves when reminders come fresh from the store).
 */
export function seriesOf(reminder: Reminder): Series {
  const anchorMs = isoToMs(reminder.dueAt);
  const date = parseLocalDate(reminder.localDate);
  const time = parseLocalTime(reminder.localTime);
  if (Number.isNaN(anchorMs) || !date.ok || !time.ok)
    throw new RangeError(`Reminder ${reminder.id} has a bad dueAt, local date or local time`);
  return makeSeries(date.value, time.value, reminder.timeZone, reminder.repeat, anchorMs);
}

const msOf = (iso: string | undefined): number => (iso === undefined ? -Infinity : isoToMs(iso));
const isoOf = (ms: number) => new Date(ms).toISOString();

interface Pending {
  /** null for a one-off: its only occurrence is pendingMs. */
  series: Series | null;
  /** The first unhandled occurrence. */
  pendingMs: number;
  snoozeMs: number;
  fireAtMs: number;
}

function pendingOf(reminder: Reminder, state: ReminderState): Pending | null {
  const id = reminder.id;
  let series: Series | null = null;
  if (reminder.repeat !== 'none') {
    try {
      series = seriesOf(reminder);
    } catch {
      // A series that cannot be read (say, its zone left the tz database) still shows once at its
      // stored instant, rather than stopping every other reminder from being planned.
      series = null;
    }
  }
  const anchorMs = series ? series.anchorMs : isoToMs(reminder.dueAt);
  // Unreadable: skipped. The contract checks reminders on the way in, so this is damage, not input.
  if (Number.isNaN(anchorMs)) return null;
  const done = state.done[id];
  const dismissed = state.dismissed[id];
  let pendingMs = anchorMs;
  if (done !== undefined || dismissed !== undefined) {
    const handled = Math.max(msOf(done), msOf(dismissed));
    if (handled >= anchorMs) {
      if (!series) return null;
      pendingMs = bracket(series, handled).after as number;
    }
  }
  const snoozed = state.snoozedUntil[id];
  const snoozeMs = snoozed === undefined ? -Infinity : isoToMs(snoozed);
  return { series, pendingMs, snoozeMs, fireAtMs: snoozeMs > pendingMs ? snoozeMs : pendingMs };
}

/** The latest occurrence at or before `nowMs`, for a pending reminder that is due. */
const shownOccurrence = (p: Pending, nowMs: number): number =>
  p.series ? (bracket(p.series, nowMs).atOrBefore as number) : p.pendingMs;

function dueItem(reminder: Reminder, p: Pending, state: ReminderState, nowMs: number): DueReminder {
  const occurrence = shownOccurrence(p, nowMs);
  const trigger = Math.max(occurrence, p.snoozeMs);
  return {
    reminder,
    occurrenceAt: isoOf(occurrence),
    triggerAt: isoOf(trigger),
    notified: msOf(state.lastFiredAt[reminder.id]) >= trigger,
  };
}

const byTrigger = (a: DueReminder, b: DueReminder) =>
  a.triggerAt.localeCompare(b.triggerAt) ||
  a.occurrenceAt.localeCompare(b.occurrenceAt) ||
  (a.reminder.id < b.reminder.id ? -1 : a.reminder.id > b.reminder.id ? 1 : 0);

/** Everything due now and not handled or snoozed, each reminder once, oldest trigger first. */
export function dueNow(reminders: readonly Reminder[], state: ReminderState, now: Date): DueReminder[] {
  const nowMs = now.getTime();
  const out: DueReminder[] = [];
  for (const r of reminders) {
    const p = pendingOf(r, state);
    if (p && p.fireAtMs <= nowMs) out.push(dueItem(r, p, state, nowMs));
  }
  return out.sort(byTrigger);
}

/** The due reminders not yet notified for their current trigger: what a notification shows. */
export function toNotify(reminders: readonly Reminder[], state: ReminderState, now: Date): DueReminder[] {
  return dueNow(reminders, state, now).filter((d) => !d.notified);
}

/** The next instant after `now` at which something becomes due (or a repeat comes round again). */
export function nextDueMs(reminders: readonly Reminder[], state: ReminderState, nowMs: number): number | null {
  let best = Infinity;
  for (const r of reminders) {
    const p = pendingOf(r, state);
    if (!p) continue;
    let at: number;
    if (p.fireAtMs > nowMs) at = p.fireAtMs;
    else if (!p.series) continue;
    else at = bracket(p.series, nowMs).after as number;
    if (at < best) best = at;
  }
  return best === Infinity ? null : best;
}

/** ISO form of `nextDueMs`, for the single timer. */
export function nextDue(reminders: readonly Reminder[], state: ReminderState, now: Date): string | null {
  const ms = nextDueMs(reminders, state, now.getTime());
  return ms === null ? null : isoOf(ms);
}

/** Records that these due items were notified, so each trigger is shown once. */
export function markFired(state: ReminderState, items: readonly DueReminder[]): ReminderState {
  if (items.length === 0) return state;
  const lastFiredAt = { ...state.lastFiredAt };
  for (const d of items)
    if (msOf(lastFiredAt[d.reminder.id]) < isoToMs(d.triggerAt)) lastFiredAt[d.reminder.id] = d.triggerAt;
  return { ...state, lastFiredAt };
}

function handle(state: ReminderState, reminder: Reminder, now: Date, into: 'done' | 'dismissed'): ReminderState {
  const p = pendingOf(reminder, state);
  if (!p) return state;
  const nowMs = now.getTime();
  // Come round (even if snoozed): the latest occurrence, so missed ones are not left behind.
  // Not yet come round: the pending one, completed early.
  const occurrence = p.pendingMs <= nowMs ? shownOccurrence(p, nowMs) : p.pendingMs;
  const { [reminder.id]: _s, ...snoozedUntil } = state.snoozedUntil;
  return { ...state, [into]: { ...state[into], [reminder.id]: isoOf(occurrence) }, snoozedUntil };
}

/** Completes the shown occurrence; a repeating reminder's next occurrence still comes. */
export const markDone = (state: ReminderState, reminder: Reminder, now: Date): ReminderState =>
  handle(state, reminder, now, 'done');

/** Sets the shown occurrence aside without doing it; like done, the next occurrence still comes. */
export const dismiss = (state: ReminderState, reminder: Reminder, now: Date): ReminderState =>
  handle(state, reminder, now, 'dismissed');

/** Hides the pending occurrence until `until`. An invalid instant leaves the state as it was. */
export function snooze(state: ReminderState, id: string, until: Date | string): ReminderState {
  const ms = typeof until === 'string' ? Date.parse(until) : until.getTime();
  if (Number.isNaN(ms)) return state;
  return { ...state, snoozedUntil: { ...state.snoozedUntil, [id]: isoOf(ms) } };
}

export interface CatchUp {
  /** Due and not yet notified, each once, oldest first. */
  items: DueReminder[];
  /** How many of them came due after `lastRunAt`, while the app was closed. */
  whileClosed: number;
  /** More than GROUP_THRESHOLD: show one summary notification, not one each. */
  grouped: boolean;
}

/**
 * What to show at launch (or after a sleep or a clock jump): every due trigger not yet notified,
 * each once. Triggers from before `lastRunAt` that were never notified (a crash) are included too.
 */
export function catchUp(
  reminders: readonly Reminder[],
  state: ReminderState,
  lastRunAt: Date | string | null,
  now: Date,
): CatchUp {
  const items = toNotify(reminders, state, now);
  const since =
    lastRunAt === null ? -Infinity : typeof lastRunAt === 'string' ? Date.parse(lastRunAt) : lastRunAt.getTime();
  return {
    items,
    whileClosed: items.filter((d) => Date.parse(d.triggerAt) > since).length,
    grouped: items.length > GROUP_THRESHOLD,
  };
}

/** Reminders not fully handled, with when each shows next (or showed, when due), soonest first. */
export function upcoming(reminders: readonly Reminder[], state: ReminderState): { reminder: Reminder; at: string }[] {
  const out: { reminder: Reminder; at: string; ms: number }[] = [];
  for (const r of reminders) {
    const p = pendingOf(r, state);
    if (p) out.push({ reminder: r, at: isoOf(p.fireAtMs), ms: p.fireAtMs });
  }
  return out
    .sort((a, b) => a.ms - b.ms || (a.reminder.id < b.reminder.id ? -1 : 1))
    .map(({ reminder, at }) => ({ reminder, at }));
}

/** Drops state kept for reminders that no longer exist (deleted, or superseded rule occurrences). */
export function pruneState(state: ReminderState, reminders: readonly Reminder[]): ReminderState {
  const ids = new Set(reminders.map((r) => r.id));
  const keep = (rec: Record<string, string>) => Object.fromEntries(Object.entries(rec).filter(([id]) => ids.has(id)));
  return {
    done: keep(state.done),
    dismissed: keep(state.dismissed),
    snoozedUntil: keep(state.snoozedUntil),
    lastFiredAt: keep(state.lastFiredAt),
  };
}

export type SnoozeChoice =
  | { kind: 'hour' }
  | { kind: 'tomorrow' }
  | { kind: 'next-week' }
  | { kind: 'pick'; localDate: string; localTime: string };

export type SnoozeProblem = LocalTimeProblem | { code: 'not_in_future' };

/**
 * The instant a snooze choice means: an hour from now, tomorrow or a week from today at the
 * user's reminder time, or a picked wall time (checked like any typed date and time).
 */
export function snoozeTarget(
  choice: SnoozeChoice,
  now: Date,
  timeZone: string,
  reminderTime: string,
): { ok: true; value: string } | { ok: false; problem: SnoozeProblem } {
  const nowMs = now.getTime();
  let r: LocalTimeResult<Instant>;
  if (choice.kind === 'hour') return { ok: true, value: isoOf(nowMs + 3_600_000) };
  if (choice.kind === 'pick') r = checkLocal(choice.localDate, choice.localTime, timeZone);
  else {
    const time = parseLocalTime(reminderTime);
    if (!time.ok) return time;
    const zone = checkLocal('2000-01-01', '00:00', timeZone);
    if (!zone.ok) return zone;
    const today = instantToLocal(nowMs, timeZone).date;
    const day = addDays(today, choice.kind === 'tomorrow' ? 1 : 7);
    r = { ok: true, value: localToInstantMs(day, time.value, timeZone, 'later') as Instant };
  }
  if (!r.ok) return r;
  if (r.value.ms <= nowMs) return { ok: false, problem: { code: 'not_in_future' } };
  return { ok: true, value: r.value.iso };
}
