/**
 * The adapter's own edges: the epoch-ms tables in zones.ts and the arithmetic series must give
 * exactly what Temporal gives, above all next to DST transitions, month ends and Feb 29.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  addDays,
  addMonthsClamped,
  daysInMonth,
  isoToMs,
  localToInstantMs,
  type LocalDate,
} from '../../../electron/shared/core/reminders/local-time';
import { makeSeries, occurrenceMs } from '../../../electron/shared/core/reminders/series';
import type { Repeat } from '../../../electron/shared/core/reminders/types';
import {
  isTimeZone,
  offsetAt,
  transitionsBetween,
  wallToMs,
  zoneInfo,
} from '../../../electron/shared/core/reminders/zones';

const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Dublin',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kathmandu',
  'Africa/Casablanca',
  'UTC',
];
const Y2000 = Date.UTC(2000, 0, 1);
const Y2101 = Date.UTC(2101, 0, 1);
const MIN = 60_000;

/** Temporal's own answer for a wall time ("wall clock read as UTC" ms), and how it read it. */
function temporalWall(wall: number, tz: string) {
  const d = new Date(wall);
  const pdt = new Temporal.PlainDateTime(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  );
  const at = (disambiguation: 'compatible' | 'earlier' | 'later') =>
    pdt.toZonedDateTime(tz, { disambiguation }).epochMilliseconds;
  const compatible = pdt.toZonedDateTime(tz, { disambiguation: 'compatible' });
  const gap = !compatible.toPlainDateTime().equals(pdt);
  return { ms: compatible.epochMilliseconds, gap, ambiguous: !gap && at('earlier') !== at('later') };
}

/** Wall times near a real transition of the zone (± 3 hours, whole minutes), or anywhere. */
const arbWall = fc
  .record({
    tz: fc.constantFrom(...ZONES),
    year: fc.integer({ min: 2000, max: 2100 }),
    pick: fc.nat(),
    around: fc.integer({ min: -180, max: 180 }),
    anywhere: fc.integer({ min: Y2000 / MIN, max: Y2101 / MIN - 1 }),
  })
  .map(({ tz, year, pick, around, anywhere }) => {
    const ts = transitionsBetween(tz, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
    const t = ts[pick % Math.max(1, ts.length)];
    const wall = t ? t.at + t.from + around * MIN : anywhere * MIN;
    return { tz, wall };
  });

describe('zone tables agree with Temporal', () => {
  it("wallToMs is Temporal's 'compatible' answer, with the same gap and overlap flags", () => {
    fc.assert(
      fc.property(arbWall, ({ tz, wall }) => {
        const flags = { ambiguous: false, gap: false };
        const ms = wallToMs(zoneInfo(tz), wall, flags);
        expect({ ms, ...flags }).toEqual(temporalWall(wall, tz));
      }),
      { numRuns: 1000 },
    );
  });

  it("localToInstantMs is Temporal's 'compatible' answer too, near transitions and away from them", () => {
    fc.assert(
      fc.property(arbWall, fc.boolean(), ({ tz, wall }, reject) => {
        const d = new Date(wall);
        const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        const time = { hour: d.getUTCHours(), minute: d.getUTCMinutes() };
        const expected = temporalWall(wall, tz);
        const got = localToInstantMs(date, time, tz, reject ? 'reject' : 'later');
        if (expected.gap && reject) expect(got).toBeNull();
        else
          expect(got).toEqual({
            ms: expected.ms,
            iso: new Date(expected.ms).toISOString(),
            ambiguous: expected.ambiguous,
            shifted: expected.gap,
          });
      }),
      { numRuns: 1000 },
    );
  });

  it('transitionsBetween lists exactly the transitions Temporal walks to, with the offsets either side', () => {
    for (const tz of ZONES) {
      const from = Date.UTC(2019, 6, 1);
      const to = Date.UTC(2031, 0, 1);
      const expected: { at: number; from: number; to: number }[] = [];
      let z = Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(tz);
      for (;;) {
        const next = z.getTimeZoneTransition('next');
        if (next === null || next.epochMilliseconds >= to) break;
        expected.push({
          at: next.epochMilliseconds,
          from: z.offsetNanoseconds / 1e6,
          to: next.offsetNanoseconds / 1e6,
        });
        z = next;
      }
      expect(transitionsBetween(tz, from, to), tz).toEqual(expected);
      for (const t of expected) {
        expect(offsetAt(tz, t.at - 1)).toBe(t.from);
        expect(offsetAt(tz, t.at)).toBe(t.to);
      }
    }
  });

  it('offsetAt agrees with Temporal at any instant, in any year order (tables fill out of order)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Y2000, max: Y2101 - 1 }), (tz, ms) => {
        const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(tz);
        expect(offsetAt(tz, ms)).toBe(z.offsetNanoseconds / 1e6);
      }),
      { numRuns: 800 },
    );
  });

  it('takes IANA names only: offsets and ISO strings that Temporal would read are refused', () => {
    for (const ok of ['America/New_York', 'UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires'])
      expect(isTimeZone(ok), ok).toBe(true);
    for (const bad of [
      '+05:00',
      '-0800',
      'Z',
      '2021-01-01T00:00Z[UTC]',
      'Mars/Olympus',
      '',
      'America/New_York ',
      `America/${'X'.repeat(70)}`,
    ])
      expect(isTimeZone(bad), bad).toBe(false);
    expect(() => zoneInfo('+05:00')).toThrow(RangeError);
    expect(() => localToInstantMs({ year: 2024, month: 1, day: 1 }, { hour: 9, minute: 0 }, '+05:00', 'later')).toThrow(
      RangeError,
    );
  });

  it('leaves the global Temporal as it was (the package is used as a ponyfill)', () => {
    const native = (globalThis as { Temporal?: unknown }).Temporal;
    if (native === undefined) expect('Temporal' in globalThis).toBe(false);
    else expect(native).toBe(Temporal);
  });
});

/** The month arithmetic the series use, written out independently of Temporal. */
function modelAddMonths(d: LocalDate, months: number): LocalDate {
  const index = d.year * 12 + d.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

const arbDate = fc
  .record({
    year: fc.integer({ min: 2000, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.constantFrom(1, 15, 28, 29, 30, 31),
  })
  .map((d) => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

describe('calendar arithmetic', () => {
  it('addDays and addMonthsClamped match plain arithmetic, across month ends and Feb 29', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -400, max: 400 }), (d, n) => {
        const u = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
        expect(addDays(d, n)).toEqual({ year: u.getUTCFullYear(), month: u.getUTCMonth() + 1, day: u.getUTCDate() });
        expect(addMonthsClamped(d, n)).toEqual(modelAddMonths(d, n));
      }),
      { numRuns: 1000 },
    );
    expect(addMonthsClamped({ year: 2024, month: 2, day: 29 }, 12)).toEqual({ year: 2025, month: 2, day: 28 });
    expect(addMonthsClamped({ year: 2024, month: 2, day: 29 }, 48)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addDays({ year: 2100, month: 2, day: 28 }, 1)).toEqual({ year: 2100, month: 3, day: 1 });
  });

  it('daysInMonth is the Gregorian rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(daysInMonth(year, month)).toBe(new Temporal.PlainYearMonth(year, month).daysInMonth);
      }),
    );
  });

  it('isoToMs reads canonical stamps of every four-digit year, 0000 to 9999', () => {
    const min = Date.parse('0000-01-01T00:00:00.000Z');
    const max = Date.parse('9999-12-31T23:59:59.999Z');
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => {
        expect(isoToMs(new Date(ms).toISOString())).toBe(ms);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('series occurrences are what Temporal plans', () => {
  it('occurrence k is the anchor moved k steps on the calendar, at the same wall time, by Temporal', () => {
    fc.assert(
      fc.property(
        arbDate,
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 30, 59),
        fc.constantFrom(...ZONES),
        fc.constantFrom<Repeat>('weekly', 'monthly', 'yearly'),
        fc.integer({ min: 0, max: 150 }),
        (anchor, hour, minute, tz, repeat, k) => {
          const time = { hour, minute };
          const first = localToInstantMs(anchor, time, tz, 'later');
          if (!first) throw new Error('unreachable: gap "later" never refuses');
          const s = makeSeries(anchor, time, tz, repeat, first.ms);
          const date =
            repeat === 'weekly' ? addDays(anchor, 7 * k) : addMonthsClamped(anchor, repeat === 'monthly' ? k : 12 * k);
          const expected = k === 0 ? first.ms : localToInstantMs(date, time, tz, 'later')?.ms;
          expect(occurrenceMs(s, k)).toBe(expected);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
