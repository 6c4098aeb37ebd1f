/**
 * Local wall time in an IANA zone ⇄ instants, with Intl only (no tz library, no clock).
 *
 * Intl is slow per call, so each zone's UTC offsets are read once per year: a day-by-day scan finds
 * the transitions and a binary search pins each to the second. After that every conversion is
 * arithmetic. A zone that changes its offset twice within one day is not supported (none does).
 *
 * Policies, the same as RFC 5545 and Temporal's "compatible":
 * - a wall time in a DST gap (02:30 on a spring-forward day) does not exist. User input gets a
 *   `dst_gap` problem; computed times (repeats, rules) move forward by the gap (02:30 → 03:30);
 * - a wall time that happens twice (01:30 on a fall-back day) is the EARLIER instant (the first 01:30,
 *   still in daylight time), so a reminder never comes an hour late.
 */
import type { Repeat } from './types';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type LocalTimeProblem =
  | { code: 'bad_date_format'; value: string }
  | { code: 'bad_time_format'; value: string }
  | { code: 'year_out_of_range'; year: number; min: number; max: number }
  /** A date that no calendar has: Feb 30, or Feb 29 in a year that is not a leap year. */
  | { code: 'no_such_date'; value: string }
  | { code: 'unknown_time_zone'; value: string }
  /** The clocks skip this time on that day; `suggestion` is the same moment read after the jump. */
  | { code: 'dst_gap'; localDate: string; localTime: string; timeZone: string; suggestion: string };

export type LocalTimeResult<T> = { ok: true; value: T } | { ok: false; problem: LocalTimeProblem };

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalTime {
  hour: number;
  minute: number;
}

export interface Instant {
  /** Epoch milliseconds. */
  ms: number;
  iso: string;
  /** The wall time happened twice (fall back); the earlier instant was taken. */
  ambiguous: boolean;
  /** The wall time fell in a gap and was moved forward (only with gap: 'later'). */
  shifted: boolean;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

export const formatLocalDate = (d: LocalDate) => `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
export const formatLocalTime = (t: LocalTime) => `${pad2(t.hour)}:${pad2(t.minute)}`;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses YYYY-MM-DD, checking that the day exists. The year range is checked by `checkLocal`. */
export function parseLocalDate(value: string): LocalTimeResult<LocalDate> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return { ok: false, problem: { code: 'bad_date_format', value } };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: { code: 'no_such_date', value } };
  return { ok: true, value: { year, month, day } };
}

/** Parses HH:mm, 00:00 to 23:59. */
export function parseLocalTime(value: string): LocalTimeResult<LocalTime> {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!m) return { ok: false, problem: { code: 'bad_time_format', value } };
  return { ok: true, value: { hour: Number(m[1]), minute: Number(m[2]) } };
}

/** Local calendar arithmetic on plain dates; no zone involved. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Months later on the same day, clamped to the month's last day (Jan 31 + 1 month → Feb 28 or 29). */
export function addMonthsClamped(date: LocalDate, months: number): LocalDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export const compareLocalDates = (a: LocalDate, b: LocalDate) => a.year - b.year || a.month - b.month || a.day - b.day;

// ---------------------------------------------------------------------------------------------
// Zones

/** Names look like IANA ids (Area/Location, UTC, Etc/GMT+5); offsets such as "+05:00" are refused. */
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f !== undefined) return f;
  f = null;
  if (timeZone.length <= 64 && ZONE_SHAPE.test(timeZone)) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
  }
  formatters.set(timeZone, f);
  return f;
}

export const isTimeZone = (timeZone: string): boolean => formatterFor(timeZone) !== null;

export function checkTimeZone(timeZone: string): LocalTimeProblem | null {
  return isTimeZone(timeZone) ? null : { code: 'unknown_time_zone', value: timeZone };
}

function requireFormatter(timeZone: string): Intl.DateTimeFormat {
  const f = formatterFor(timeZone);
  if (!f) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return f;
}

/** The zone's offset (wall − UTC, ms) at an instant, read from Intl. Slow: only for the year tables. */
function intlOffset(f: Intl.DateTimeFormat, ms: number): number {
  const t = ms - (((ms % 1000) + 1000) % 1000);
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(t))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wall - t;
}

interface YearTable {
  start: number;
  startOffset: number;
  /** Instants where the offset changes, and the offset from then on. */
  at: number[];
  offset: number[];
}

const tables = new Map<string, Map<number, YearTable>>();

function yearTable(timeZone: string, year: number): YearTable {
  let byYear = tables.get(timeZone);
  if (!byYear) tables.set(timeZone, (byYear = new Map()));
  let table = byYear.get(year);
  if (table) return table;
  const f = requireFormatter(timeZone);
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  table = { start, startOffset: intlOffset(f, start), at: [], offset: [] };
  let prevT = start;
  let prevO = table.startOffset;
  for (let t = start + DAY; ; t += DAY) {
    const probe = Math.min(t, end);
    const o = intlOffset(f, probe);
    if (o !== prevO) {
      // Binary search on whole seconds for the first instant with the new offset.
      let lo = prevT;
      let hi = probe;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (intlOffset(f, mid) === prevO) lo = mid;
        else hi = mid;
      }
      if (hi < end) {
        table.at.push(hi);
        table.offset.push(o);
      }
      prevO = o;
    }
    prevT = probe;
    if (probe >= end) break;
  }
  byYear.set(year, table);
  return table;
}

/** The zone's UTC offset in ms at an instant (wall = instant + offset). */
export function offsetAt(timeZone: string, ms: number): number {
  const table = yearTable(timeZone, new Date(ms).getUTCFullYear());
  let offset = table.startOffset;
  for (let i = 0; i < table.at.length && ms >= (table.at[i] as number); i++) offset = table.offset[i] as number;
  return offset;
}

/** Every offset change in [fromMs, toMs): for VTIMEZONE blocks. */
export function transitionsBetween(timeZone: string, fromMs: number, toMs: number): { at: number; from: number; to: number }[] {
  const out: { at: number; from: number; to: number }[] = [];
  const y0 = new Date(fromMs).getUTCFullYear();
  const y1 = new Date(toMs).getUTCFullYear();
  for (let y = y0; y <= y1; y++) {
    const table = yearTable(timeZone, y);
    let prev = table.startOffset;
    table.at.forEach((at, i) => {
      const to = table.offset[i] as number;
      if (at >= fromMs && at < toMs) out.push({ at, from: prev, to });
      prev = to;
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Conversions

/** The wall time of an instant in a zone (minutes; seconds are dropped). */
export function instantToLocal(ms: number, timeZone: string): { date: LocalDate; time: LocalTime; localDate: string; localTime: string } {
  const d = new Date(ms + offsetAt(timeZone, ms));
  const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  const time = { hour: d.getUTCHours(), minute: d.getUTCMinutes() };
  return { date, time, localDate: formatLocalDate(date), localTime: formatLocalTime(time) };
}

/**
 * The instant of a wall time in a zone. The zone must be valid (checked by `checkTimeZone`).
 * gap 'reject' returns null for a time the clocks skip; 'later' moves it forward by the gap.
 */
export function localToInstantMs(date: LocalDate, time: LocalTime, timeZone: string, gap: 'reject' | 'later'): Instant | null {
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const before = offsetAt(timeZone, wall - DAY);
  const after = offsetAt(timeZone, wall + DAY);
  const a = wall - before;
  const b = wall - after;
  const aOk = a + offsetAt(timeZone, a) === wall;
  const bOk = b !== a && b + offsetAt(timeZone, b) === wall;
  let ms: number;
  let ambiguous = false;
  let shifted = false;
  if (aOk && bOk) {
    ms = Math.min(a, b);
    ambiguous = true;
  } else if (aOk) ms = a;
  else if (bOk) ms = b;
  else {
    if (gap === 'reject') return null;
    // Read with the offset from before the jump: 02:30 EST is 03:30 EDT.
    ms = a;
    shifted = true;
  }
  return { ms, iso: new Date(ms).toISOString(), ambiguous, shifted };
}

/** Range and existence checks for a wall time a user typed, in the order a form shows them. */
export function checkLocal(localDate: string, localTime: string, timeZone: string): LocalTimeResult<Instant & { date: LocalDate; time: LocalTime }> {
  const date = parseLocalDate(localDate);
  if (!date.ok) return date;
  const { year } = date.value;
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, problem: { code: 'year_out_of_range', year, min: MIN_YEAR, max: MAX_YEAR } };
  const time = parseLocalTime(localTime);
  if (!time.ok) return time;
  const zoneProblem = checkTimeZone(timeZone);
  if (zoneProblem) return { ok: false, problem: zoneProblem };
  const instant = localToInstantMs(date.value, time.value, timeZone, 'reject');
  if (!instant) {
    const moved = localToInstantMs(date.value, time.value, timeZone, 'later') as Instant;
    const suggestion = instantToLocal(moved.ms, timeZone).localTime;
    return { ok: false, problem: { code: 'dst_gap', localDate, localTime, timeZone, suggestion } };
  }
  return { ok: true, value: { ...instant, date: date.value, time: time.value } };
}

/** The instant of a user-typed wall time, or the typed problem. */
export function localToInstant(localDate: string, localTime: string, timeZone: string): LocalTimeResult<Instant> {
  const r = checkLocal(localDate, localTime, timeZone);
  if (!r.ok) return r;
  const { ms, iso, ambiguous, shifted } = r.value;
  return { ok: true, value: { ms, iso, ambiguous, shifted } };
}

// ---------------------------------------------------------------------------------------------
// Repeats

/**
 * The local date of occurrence `k` (k ≥ 0) of a series anchored at `anchor`. Monthly and yearly
 * series keep the anchor's day and clamp it per month, so the 31st gives Feb 28, then Mar 31 again,
 * and Feb 29 gives Feb 28 in common years.
 */
export function occurrenceDate(anchor: LocalDate, repeat: Repeat, k: number): LocalDate {
  switch (repeat) {
    case 'none':
      return anchor;
    case 'weekly':
      return addDays(anchor, 7 * k);
    case 'monthly':
      return addMonthsClamped(anchor, k);
    case 'yearly':
      return addMonthsClamped(anchor, 12 * k);
  }
}

export interface Series {
  anchorDate: LocalDate;
  time: LocalTime;
  timeZone: string;
  repeat: Repeat;
  /** The instant of occurrence 0 (the stored dueAt). */
  anchorMs: number;
}

/** Occurrence k's instant, at the same wall time (moved forward out of a DST gap). */
export function occurrenceMs(series: Series, k: number): number {
  if (k === 0 || series.repeat === 'none') return series.anchorMs;
  return (localToInstantMs(occurrenceDate(series.anchorDate, series.repeat, k), series.time, series.timeZone, 'later') as Instant).ms;
}

/** A guess of the index of the latest occurrence at or before `ms`, off by at most one or two. */
function estimateIndex(series: Series, ms: number): number {
  const elapsed = ms - series.anchorMs;
  if (elapsed <= 0) return 0;
  switch (series.repeat) {
    case 'none':
      return 0;
    case 'weekly':
      return Math.floor(elapsed / (7 * DAY));
    case 'monthly':
    case 'yearly': {
      const d = new Date(ms);
      const months = (d.getUTCFullYear() - series.anchorDate.year) * 12 + (d.getUTCMonth() + 1 - series.anchorDate.month);
      return Math.max(0, series.repeat === 'monthly' ? months : Math.floor(months / 12));
    }
  }
}

/** The latest occurrence at or before `ms`, or null if the series has not started by then. */
export function occurrenceAtOrBefore(series: Series, ms: number): { index: number; ms: number } | null {
  if (ms < series.anchorMs) return null;
  if (series.repeat === 'none') return { index: 0, ms: series.anchorMs };
  let k = estimateIndex(series, ms);
  let at = occurrenceMs(series, k);
  while (k > 0 && at > ms) at = occurrenceMs(series, --k);
  for (;;) {
    const next = occurrenceMs(series, k + 1);
    if (next > ms) return { index: k, ms: at };
    k++;
    at = next;
  }
}

/** The first occurrence strictly after `ms`, or null when a one-off reminder is already past. */
export function occurrenceAfter(series: Series, ms: number): { index: number; ms: number } | null {
  if (ms < series.anchorMs) return { index: 0, ms: series.anchorMs };
  if (series.repeat === 'none') return null;
  const latest = occurrenceAtOrBefore(series, ms) as { index: number };
  return { index: latest.index + 1, ms: occurrenceMs(series, latest.index + 1) };
}
