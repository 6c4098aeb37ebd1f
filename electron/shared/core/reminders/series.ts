/**
 * A reminder's occurrences as epoch ms: the hot path of planning (10,000 reminders next-due in
 * < 5 ms), so the wall times are stepped with arithmetic and turned into instants through the
 * per-zone offset tables of `zones.ts` (Temporal's rules, 'compatible' disambiguation).
 *
 * Monthly and yearly series keep the anchor's day and clamp it per month, so the 31st gives
 * Feb 28, then Mar 31 again, and Feb 29 gives Feb 28 in common years.
 */
import { daysInMonth, type LocalDate, type LocalTime } from './local-time';
import type { Repeat } from './types';
import { wallToMs, zoneInfo, type Zone } from './zones';

const DAY = 86_400_000;

/** A series of occurrences with what planning needs precomputed. Make one with `makeSeries`. */
export interface Series {
  readonly anchorDate: LocalDate;
  readonly time: LocalTime;
  readonly timeZone: string;
  readonly repeat: Repeat;
  /** The instant of occurrence 0 (the stored dueAt). */
  readonly anchorMs: number;
  readonly zone: Zone;
  /** Occurrence 0's wall clock read as UTC; weekly occurrences are 7-day steps from it. */
  readonly anchorWall: number;
  /** Months since year 0 of the anchor, for monthly and yearly steps. */
  readonly anchorMonthIndex: number;
}

/** Throws a RangeError for an unknown zone. */
export function makeSeries(
  anchorDate: LocalDate,
  time: LocalTime,
  timeZone: string,
  repeat: Repeat,
  anchorMs: number,
): Series {
  return {
    anchorDate,
    time,
    timeZone,
    repeat,
    anchorMs,
    zone: zoneInfo(timeZone),
    anchorWall: Date.UTC(anchorDate.year, anchorDate.month - 1, anchorDate.day, time.hour, time.minute),
    anchorMonthIndex: anchorDate.year * 12 + anchorDate.month - 1,
  };
}

/** Occurrence k's instant, at the same wall time (moved forward out of a DST gap). */
export function occurrenceMs(s: Series, k: number): number {
  if (k === 0 || s.repeat === 'none') return s.anchorMs;
  let wall: number;
  if (s.repeat === 'weekly') wall = s.anchorWall + 7 * k * DAY;
  else {
    const index = s.anchorMonthIndex + (s.repeat === 'monthly' ? k : 12 * k);
    const year = Math.floor(index / 12);
    const month0 = index - year * 12;
    const dim = daysInMonth(year, month0 + 1);
    wall = Date.UTC(year, month0, Math.min(s.anchorDate.day, dim), s.time.hour, s.time.minute);
  }
  return wallToMs(s.zone, wall);
}

/** A guess of the index of the latest occurrence at or before `ms`, off by at most one or two. */
function estimateIndex(s: Series, ms: number): number {
  const elapsed = ms - s.anchorMs;
  if (elapsed <= 0 || s.repeat === 'none') return 0;
  if (s.repeat === 'weekly') return Math.floor(elapsed / (7 * DAY));
  const d = new Date(ms);
  const months = d.getUTCFullYear() * 12 + d.getUTCMonth() - s.anchorMonthIndex;
  return Math.max(0, s.repeat === 'monthly' ? months : Math.floor(months / 12));
}

/**
 * The occurrences around `ms`: the latest at or before it (index -1 when the series starts later)
 * and the first after it (null when a one-off is already past).
 */
export function bracket(s: Series, ms: number): { index: number; atOrBefore: number | null; after: number | null } {
  if (ms < s.anchorMs) return { index: -1, atOrBefore: null, after: s.anchorMs };
  if (s.repeat === 'none') return { index: 0, atOrBefore: s.anchorMs, after: null };
  let k = estimateIndex(s, ms);
  let at = occurrenceMs(s, k);
  while (k > 0 && at > ms) at = occurrenceMs(s, --k);
  for (;;) {
    const next = occurrenceMs(s, k + 1);
    if (next > ms) return { index: k, atOrBefore: at, after: next };
    k++;
    at = next;
  }
}

/** The latest occurrence at or before `ms`, or null if the series has not started by then. */
export function occurrenceAtOrBefore(series: Series, ms: number): { index: number; ms: number } | null {
  const b = bracket(series, ms);
  return b.atOrBefore === null ? null : { index: b.index, ms: b.atOrBefore };
}

/** The first occurrence strictly after `ms`, or null when a one-off reminder is already past. */
export function occurrenceAfter(series: Series, ms: number): { index: number; ms: number } | null {
  const b = bracket(series, ms);
  return b.after === null ? null : { index: b.index + 1, ms: b.after };
}
