/**
 * Local wall time in an IANA zone ⇄ instants, with Intl only (no tz library, no clock).
 *
 * Intl is slow per call (~20 µs), so each zone's UTC offsets are read once per year: a scan in
 * 2-day steps finds the transitions and a binary search pins each to the second. After that every
 * conversion is arithmetic. A zone that changes its offset and back within 2 days would be missed
 * (no zone does).
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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/** Parses YYYY-MM-DD, checking that the day exists. The year range is checked by `checkLocal`. */
export function parseLocalDate(value: string): LocalTimeResult<LocalDate> {
  const year =
    value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 ? digits(value, 0, 4) : -1;
  const month = year < 0 ? -1 : digits(value, 5, 2);
  const day = month < 0 ? -1 : digits(value, 8, 2);
  if (day < 0) return { ok: false, problem: { code: 'bad_date_format', value } };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { ok: false, problem: { code: 'no_such_date', value } };
  return { ok: true, value: { year, month, day } };
}

/** Parses HH:mm, 00:00 to 23:59. */
export function parseLocalTime(value: string): LocalTimeResult<LocalTime> {
  const hour = value.length === 5 && value.charCodeAt(2) === 58 ? digits(value, 0, 2) : -1;
  const minute = hour < 0 ? -1 : digits(value, 3, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return { ok: false, problem: { code: 'bad_time_format', value } };
  return { ok: true, value: { hour, minute } };
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

/**
 * Epoch ms of an ISO instant. The canonical form toISOString writes (what Lockstep stores) is read
 * by hand, several times faster than Date.parse; anything else goes to Date.parse (NaN if invalid).
 */
export function isoToMs(iso: string): number {
  if (iso.length === 24 && iso.charCodeAt(23) === 90 && iso.charCodeAt(10) === 84) {
    const y = digits(iso, 0, 4);
    const mo = digits(iso, 5, 2);
    const d = digits(iso, 8, 2);
    const h = digits(iso, 11, 2);
    const mi = digits(iso, 14, 2);
    const sec = digits(iso, 17, 2);
    const ms = digits(iso, 20, 3);
    const seps =
      iso.charCodeAt(4) === 45 &&
      iso.charCodeAt(7) === 45 &&
      iso.charCodeAt(13) === 58 &&
      iso.charCodeAt(16) === 58 &&
      iso.charCodeAt(19) === 46;
    // digits() gives -1 for a non-digit, which fails these range checks.
    if (
      seps &&
      y >= 0 &&
      ms >= 0 &&
      mo >= 1 &&
      mo <= 12 &&
      d >= 1 &&
      h >= 0 &&
      h <= 23 &&
      mi >= 0 &&
      mi <= 59 &&
      sec >= 0 &&
      sec <= 59
    ) {
      if (d <= 28 || d <= daysInMonth(y, mo))
        return daysFromCivil(y, mo, d) * DAY + h * HOUR + mi * MINUTE + sec * 1000 + ms;
    }
  }
  return Date.parse(iso);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digits(s: string, from: number, len: number): number {
  let v = 0;
  for (let i = from; i < from + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Zones

/** Names look like IANA ids (Area/Location, UTC, Etc/GMT+5); offsets such as "+05:00" are refused. */
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

interface YearTable {
  start: number;
  end: number;
  startOffset: number;
  /** Instants where the offset changes, and the offset from then on. */
  at: number[];
  offset: number[];
}

/** A zone's formatter and its offset tables, one per UTC year, filled on first use. */
export interface ZoneInfo {
  readonly name: string;
  readonly format: Intl.DateTimeFormat;
  readonly years: Map<number, YearTable>;
  last: YearTable | null;
}

const zones = new Map<string, ZoneInfo | null>();

function lookupZone(timeZone: string): ZoneInfo | null {
  let z = zones.get(timeZone);
  if (z !== undefined) return z;
  z = null;
  if (timeZone.length <= 64 && ZONE_SHAPE.test(timeZone)) {
    try {
      const format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      z = { name: timeZone, format, years: new Map(), last: null };
    } catch {
      z = null;
    }
  }
  zones.set(timeZone, z);
  return z;
}

export const isTimeZone = (timeZone: string): boolean => lookupZone(timeZone) !== null;

export function checkTimeZone(timeZone: string): LocalTimeProblem | null {
  return isTimeZone(timeZone) ? null : { code: 'unknown_time_zone', value: timeZone };
}

/** The zone's tables; throws a RangeError for a name `checkTimeZone` rejects. */
export function zoneInfo(timeZone: string): ZoneInfo {
  const z = lookupZone(timeZone);
  if (!z) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return z;
}

/** The zone's offset (wall − UTC, ms) at an instant, read from Intl. Slow: only for the year tables. */
function intlOffset(f: Intl.DateTimeFormat, ms: number): number {
  const t = ms - (((ms % 1000) + 1000) % 1000);
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(t))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wall - t;
}

const PROBE = 2 * DAY;

function yearTable(z: ZoneInfo, year: number): YearTable {
  let table = z.years.get(year);
  if (table) return table;
  const f = z.format;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  table = { start, end, startOffset: intlOffset(f, start), at: [], offset: [] };
  let prevT = start;
  let prevO = table.startOffset;
  for (let t = start + PROBE; ; t += PROBE) {
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
  z.years.set(year, table);
  return table;
}

const AVG_YEAR = 365.2425 * DAY;

function tableFor(z: ZoneInfo, ms: number): YearTable {
  let year = Math.floor(ms / AVG_YEAR) + 1970;
  let t = yearTable(z, year);
  while (ms < t.start) t = yearTable(z, --year);
  while (ms >= t.end) t = yearTable(z, ++year);
  return t;
}

/** Offset in ms at an instant; the hot path of every conversion. */
export function offsetIn(z: ZoneInfo, ms: number): number {
  let t = z.last;
  if (t === null || ms < t.start || ms >= t.end) z.last = t = tableFor(z, ms);
  const at = t.at;
  let o = t.startOffset;
  for (let i = 0; i < at.length && ms >= (at[i] as number); i++) o = t.offset[i] as number;
  return o;
}

/** The zone's UTC offset in ms at an instant (wall = instant + offset). */
export function offsetAt(timeZone: string, ms: number): number {
  return offsetIn(zoneInfo(timeZone), ms);
}

/**
 * The instant of a wall time given as "wall clock read as UTC" ms. Ambiguous → the earlier
 * instant; a gap → moved forward by the gap (the offset from before the jump). `flags` reports which.
 */
export function wallToMs(z: ZoneInfo, wall: number, flags?: { ambiguous: boolean; gap: boolean }): number {
  const before = offsetIn(z, wall - DAY);
  const after = offsetIn(z, wall + DAY);
  // One offset all around: no transition near, the common case.
  if (before === after) return wall - before;
  const a = wall - before;
  const b = wall - after;
  const aOk = a + offsetIn(z, a) === wall;
  const bOk = b + offsetIn(z, b) === wall;
  if (flags) {
    flags.ambiguous = aOk && bOk;
    flags.gap = !aOk && !bOk;
  }
  if (aOk && bOk) return Math.min(a, b);
  if (bOk) return b;
  return a;
}

/** Every offset change in [fromMs, toMs): for VTIMEZONE blocks. */
export function transitionsBetween(
  timeZone: string,
  fromMs: number,
  toMs: number,
): { at: number; from: number; to: number }[] {
  const out: { at: number; from: number; to: number }[] = [];
  const y0 = new Date(fromMs).getUTCFullYear();
  const y1 = new Date(toMs).getUTCFullYear();
  const z = zoneInfo(timeZone);
  for (let y = y0; y <= y1; y++) {
    const table = yearTable(z, y);
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
export function instantToLocal(
  ms: number,
  timeZone: string,
): { date: LocalDate; time: LocalTime; localDate: string; localTime: string } {
  const d = new Date(ms + offsetAt(timeZone, ms));
  const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  const time = { hour: d.getUTCHours(), minute: d.getUTCMinutes() };
  return { date, time, localDate: formatLocalDate(date), localTime: formatLocalTime(time) };
}

const wallOf = (date: LocalDate, time: LocalTime) =>
  Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);

/**
 * The instant of a wall time in a zone. The zone must be valid (checked by `checkTimeZone`).
 * gap 'reject' returns null for a time the clocks skip; 'later' moves it forward by the gap.
 */
export function localToInstantMs(
  date: LocalDate,
  time: LocalTime,
  timeZone: string,
  gap: 'reject' | 'later',
): Instant | null {
  const flags = { ambiguous: false, gap: false };
  const ms = wallToMs(zoneInfo(timeZone), wallOf(date, time), flags);
  if (flags.gap && gap === 'reject') return null;
  return { ms, iso: new Date(ms).toISOString(), ambiguous: flags.ambiguous, shifted: flags.gap };
}

/** Range and existence checks for a wall time a user typed, in the order a form shows them. */
export function checkLocal(
  localDate: string,
  localTime: string,
  timeZone: string,
): LocalTimeResult<Instant & { date: LocalDate; time: LocalTime }> {
  const date = parseLocalDate(localDate);
  if (!date.ok) return date;
  const { year } = date.value;
  if (year < MIN_YEAR || year > MAX_YEAR)
    return { ok: false, problem: { code: 'year_out_of_range', year, min: MIN_YEAR, max: MAX_YEAR } };
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

/** A series of occurrences with what planning needs precomputed. Make one with `makeSeries`. */
export interface Series {
  readonly anchorDate: LocalDate;
  readonly time: LocalTime;
  readonly timeZone: string;
  readonly repeat: Repeat;
  /** The instant of occurrence 0 (the stored dueAt). */
  readonly anchorMs: number;
  readonly zone: ZoneInfo;
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
    anchorWall: wallOf(anchorDate, time),
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
