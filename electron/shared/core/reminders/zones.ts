/**
 * Time zones: Temporal (the runtime's own where present, else `temporal-polyfill`) is the only
 * source of zone rules. Temporal is slow per call (~15 µs in the polyfill) and planning converts
 * thousands of wall times, so each zone's offsets are read from Temporal once per UTC year (its
 * start offset and each `getTimeZoneTransition('next')`) and kept as epoch ms; every conversion
 * after that is arithmetic on the table. The tests hold `wallToMs` to Temporal's own answers.
 */
import { Temporal } from 'temporal-polyfill';

const DAY = 86_400_000;
const AVG_YEAR = 365.2425 * DAY;

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

/** A zone and its offset tables, one per UTC year, filled on first use. */
export interface Zone {
  readonly name: string;
  readonly years: Map<number, YearTable>;
  last: YearTable | null;
}

const zones = new Map<string, Zone | null>();

function lookupZone(timeZone: string): Zone | null {
  let z = zones.get(timeZone);
  if (z !== undefined) return z;
  z = null;
  if (timeZone.length <= 64 && ZONE_SHAPE.test(timeZone)) {
    try {
      Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone);
      z = { name: timeZone, years: new Map(), last: null };
    } catch {
      z = null;
    }
  }
  zones.set(timeZone, z);
  return z;
}

export const isTimeZone = (timeZone: string): boolean => lookupZone(timeZone) !== null;

/** The zone's tables; throws a RangeError for a name `isTimeZone` rejects. */
export function zoneInfo(timeZone: string): Zone {
  const z = lookupZone(timeZone);
  if (!z) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return z;
}

const offsetMs = (zdt: Temporal.ZonedDateTime) => Math.round(zdt.offsetNanoseconds / 1e6);

/** Jan 1 00:00 UTC of a year, also for years 0–99 (which Date.UTC would move to the 1900s). */
const yearStart = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);

function yearTable(z: Zone, year: number): YearTable {
  let table = z.years.get(year);
  if (table) return table;
  const start = yearStart(year);
  const end = yearStart(year + 1);
  let zdt = Temporal.Instant.fromEpochMilliseconds(start).toZonedDateTimeISO(z.name);
  table = { start, end, startOffset: offsetMs(zdt), at: [], offset: [] };
  for (;;) {
    const next = zdt.getTimeZoneTransition('next');
    if (next === null || next.epochMilliseconds >= end) break;
    table.at.push(next.epochMilliseconds);
    table.offset.push(offsetMs(next));
    zdt = next;
  }
  z.years.set(year, table);
  return table;
}

function tableFor(z: Zone, ms: number): YearTable {
  let year = Math.floor(ms / AVG_YEAR) + 1970;
  let t = yearTable(z, year);
  while (ms < t.start) t = yearTable(z, --year);
  while (ms >= t.end) t = yearTable(z, ++year);
  return t;
}

/** Offset (wall − UTC, ms) at an instant; the hot path of every conversion. */
export function offsetIn(z: Zone, ms: number): number {
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
 * The instant of a wall time given as "wall clock read as UTC" ms, by Temporal's 'compatible'
 * disambiguation, worked the way its spec does (offsets a day either side): a repeated wall time is
 * the earlier instant; one in a gap moves forward by the gap. `flags` reports which happened.
 */
export function wallToMs(z: Zone, wall: number, flags?: { ambiguous: boolean; gap: boolean }): number {
  const before = offsetIn(z, wall - DAY);
  const after = offsetIn(z, wall + DAY);
  if (flags) flags.ambiguous = flags.gap = false;
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
  const z = zoneInfo(timeZone);
  const y1 = new Date(toMs).getUTCFullYear();
  for (let y = new Date(fromMs).getUTCFullYear(); y <= y1; y++) {
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
