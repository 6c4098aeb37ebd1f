/**
 * Local wall time in an IANA zone ⇄ instants: a thin adapter over Temporal (the runtime's own
 * `Temporal` where present, else `temporal-polyfill`; the package picks). It keeps the shapes the
 * reminder code uses (plain `{ year, month, day }` records, epoch ms, typed problems for a form).
 *
 * Policy: Temporal's `disambiguation: 'compatible'`, the same as RFC 5545:
 * - a wall time in a DST gap (02:30 on a spring-forward day) does not exist. User input gets a
 *   `dst_gap` problem; computed times (repeats, rules) move forward by the gap (02:30 → 03:30);
 * - a wall time that happens twice (01:30 on a fall-back day) is the EARLIER instant (the first 01:30,
 *   still in daylight time), so a reminder never comes an hour late.
 *
 * Zone rules come from Temporal only: `zones.ts` keeps each zone's offsets and transitions, read
 * from Temporal, as epoch ms, so a conversion with no transition within a day is arithmetic; near
 * one, Temporal itself decides. Repeating series, the planner's hot path, live in `series.ts`.
 */
import { Temporal } from 'temporal-polyfill';
import { isTimeZone, offsetAt, offsetIn, zoneInfo } from './zones';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

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

/** Days in a Gregorian month: plain arithmetic, as the series hot path needs it per occurrence. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
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

/**
 * Parses exactly YYYY-MM-DD, checking that the day exists. The year range is checked by
 * `checkLocal`. (Temporal's parser takes more forms than a form field should, so the shape is
 * checked here.)
 */
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

const plainDate = (d: LocalDate) => new Temporal.PlainDate(d.year, d.month, d.day);
const fromPlain = (p: Temporal.PlainDate): LocalDate => ({ year: p.year, month: p.month, day: p.day });

/** Local calendar arithmetic on plain dates; no zone involved. */
export const addDays = (date: LocalDate, days: number): LocalDate => fromPlain(plainDate(date).add({ days }));

/** Months later on the same day, clamped to the month's last day (Jan 31 + 1 month → Feb 28 or 29). */
export const addMonthsClamped = (date: LocalDate, months: number): LocalDate =>
  fromPlain(plainDate(date).add({ months }, { overflow: 'constrain' }));

/**
 * Epoch ms of an ISO instant. The canonical form toISOString writes (what Lockstep stores) is read
 * by hand, several times faster than Date.parse (the planner reads thousands per pass); anything
 * else goes to Date.parse (NaN if invalid).
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
    const inRange = y >= 0 && ms >= 0 && mo >= 1 && mo <= 12 && d >= 1 && h <= 23 && mi <= 59 && sec <= 59;
    if (seps && inRange && h >= 0 && mi >= 0 && sec >= 0 && (d <= 28 || d <= daysInMonth(y, mo)))
      return daysFromCivil(y, mo, d) * DAY + h * HOUR + mi * MINUTE + sec * 1000 + ms;
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

export function checkTimeZone(timeZone: string): LocalTimeProblem | null {
  return isTimeZone(timeZone) ? null : { code: 'unknown_time_zone', value: timeZone };
}

/** The wall time of an instant in a zone (minutes; seconds are dropped). Throws for an unknown zone. */
export function instantToLocal(
  ms: number,
  timeZone: string,
): { date: LocalDate; time: LocalTime; localDate: string; localTime: string } {
  // An instant has one offset, so its wall clock is plain arithmetic on the zone's table.
  const d = new Date(ms + offsetAt(timeZone, ms));
  const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  const time = { hour: d.getUTCHours(), minute: d.getUTCMinutes() };
  return { date, time, localDate: formatLocalDate(date), localTime: formatLocalTime(time) };
}

/**
 * The instant of a wall time in a zone, by `disambiguation: 'compatible'`. The zone must be valid
 * (checked by `checkTimeZone`; a RangeError otherwise). gap 'reject' returns null for a time the
 * clocks skip; 'later' moves it forward by the gap.
 */
export function localToInstantMs(
  date: LocalDate,
  time: LocalTime,
  timeZone: string,
  gap: 'reject' | 'later',
): Instant | null {
  const z = zoneInfo(timeZone);
  let ms = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const offset = offsetIn(z, ms - DAY);
  let ambiguous = false;
  let shifted = false;
  // The same offset a day either side, and at the instant: no transition near, one instant.
  // Otherwise (and for years Date.UTC reads as 19xx) Temporal decides.
  if (date.year >= 100 && offset === offsetIn(z, ms + DAY) && offset === offsetIn(z, ms - offset)) ms -= offset;
  else {
    const wall = new Temporal.PlainDateTime(date.year, date.month, date.day, time.hour, time.minute);
    const zdt = wall.toZonedDateTime(z.name, { disambiguation: 'compatible' });
    // In a gap, 'compatible' gives a later wall time than the one asked for.
    shifted = !zdt.toPlainDateTime().equals(wall);
    ms = zdt.epochMilliseconds;
    ambiguous = !shifted && wall.toZonedDateTime(z.name, { disambiguation: 'later' }).epochMilliseconds !== ms;
  }
  if (shifted && gap === 'reject') return null;
  return { ms, iso: new Date(ms).toISOString(), ambiguous, shifted };
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
  const instant = localToInstantMs(date.value, time.value, timeZone, 'later') as Instant;
  if (instant.shifted) {
    const suggestion = instantToLocal(instant.ms, timeZone).localTime;
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
