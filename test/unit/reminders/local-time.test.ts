import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonthsClamped,
  checkLocal,
  instantToLocal,
  isoToMs,
  localToInstant,
  localToInstantMs,
  parseLocalDate,
  parseLocalTime,
} from '../../../electron/shared/core/reminders/local-time';
import {
  bracket,
  makeSeries,
  occurrenceAfter,
  occurrenceAtOrBefore,
  occurrenceMs,
  type Series,
} from '../../../electron/shared/core/reminders/series';
import { offsetAt, transitionsBetween } from '../../../electron/shared/core/reminders/zones';
import type { Repeat } from '../../../electron/shared/core/reminders/types';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const ZONES = [NY, LA, 'America/Phoenix', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];

/** An oracle independent of the code under test: the wall clock Intl shows for an instant. */
const oracles = new Map<string, Intl.DateTimeFormat>();
function intlWall(ms: number, timeZone: string): string {
  let f = oracles.get(timeZone);
  if (!f)
    oracles.set(
      timeZone,
      (f = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })),
    );
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

const wall = (ms: number, tz: string) => {
  const l = instantToLocal(ms, tz);
  return `${l.localDate} ${l.localTime}`;
};

function seriesFor(localDate: string, localTime: string, timeZone: string, repeat: Repeat): Series {
  const r = checkLocal(localDate, localTime, timeZone);
  if (!r.ok) throw new Error(`bad fixture: ${JSON.stringify(r.problem)}`);
  return makeSeries(r.value.date, r.value.time, timeZone, repeat, r.value.ms);
}

const Y2000 = Date.UTC(2000, 0, 1);
const Y2101 = Date.UTC(2101, 0, 1);

describe('offsets and conversions agree with Intl', () => {
  it('instantToLocal shows the same wall clock as Intl, for any instant 2000–2100 in several zones', () => {
    fc.assert(
      fc.property(fc.integer({ min: Y2000, max: Y2101 - 1 }), fc.constantFrom(...ZONES), (ms, tz) => {
        expect(wall(ms, tz)).toBe(intlWall(ms, tz));
      }),
      { numRuns: 1000 },
    );
  });

  it('a wall time that exists converts to an instant that shows that wall time (round trip)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Y2000, max: Y2101 - 1 }), fc.constantFrom(...ZONES), (ms, tz) => {
        const l = instantToLocal(ms, tz);
        const back = localToInstantMs(l.date, l.time, tz, 'reject');
        expect(back).not.toBeNull();
        expect(intlWall(back!.ms, tz)).toBe(`${l.localDate} ${l.localTime}`);
        // The earlier instant is taken for an ambiguous time, so never later than the source minute.
        expect(back!.ms).toBeLessThanOrEqual(ms - (ms % 60_000));
        if (!back!.ambiguous) expect(back!.ms).toBe(ms - (ms % 60_000));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the 2021 US transitions at 2:00 local', () => {
    const ny = transitionsBetween(NY, Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1));
    expect(ny.map((t) => new Date(t.at).toISOString())).toEqual([
      '2021-03-14T07:00:00.000Z',
      '2021-11-07T06:00:00.000Z',
    ]);
    expect(ny.map((t) => [t.from / 3_600_000, t.to / 3_600_000])).toEqual([
      [-5, -4],
      [-4, -5],
    ]);
    const la = transitionsBetween(LA, Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1));
    expect(la.map((t) => new Date(t.at).toISOString())).toEqual([
      '2021-03-14T10:00:00.000Z',
      '2021-11-07T09:00:00.000Z',
    ]);
    expect(transitionsBetween('America/Phoenix', Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1))).toEqual([]);
    expect(offsetAt('Asia/Kathmandu', Date.UTC(2021, 5, 1))).toBe((5 * 60 + 45) * 60_000);
  });
});

describe('DST gap and overlap', () => {
  it.each([
    [NY, '2021-03-14', '02:30', '03:30'],
    [LA, '2021-03-14', '02:30', '03:30'],
    [NY, '2024-03-10', '02:00', '03:00'],
    [LA, '2024-03-10', '02:59', '03:59'],
  ])('%s %s %s is in the spring-forward gap', (tz, date, time, suggestion) => {
    expect(localToInstant(date, time, tz)).toEqual({
      ok: false,
      problem: { code: 'dst_gap', localDate: date, localTime: time, timeZone: tz, suggestion },
    });
  });

  it('the minutes either side of the gap exist', () => {
    expect(localToInstant('2021-03-14', '01:59', NY)).toMatchObject({
      ok: true,
      value: { iso: '2021-03-14T06:59:00.000Z', ambiguous: false },
    });
    expect(localToInstant('2021-03-14', '03:00', NY)).toMatchObject({
      ok: true,
      value: { iso: '2021-03-14T07:00:00.000Z', ambiguous: false },
    });
  });

  it('a computed time in the gap moves forward by the gap', () => {
    const moved = localToInstantMs({ year: 2021, month: 3, day: 14 }, { hour: 2, minute: 30 }, NY, 'later');
    expect(moved).toMatchObject({ iso: '2021-03-14T07:30:00.000Z', shifted: true });
    expect(intlWall(moved!.ms, NY)).toBe('2021-03-14 03:30');
  });

  it.each([
    [NY, '2021-11-07', '01:30', '2021-11-07T05:30:00.000Z'],
    [LA, '2021-11-07', '01:30', '2021-11-07T08:30:00.000Z'],
    [NY, '2021-11-07', '01:00', '2021-11-07T05:00:00.000Z'],
    [NY, '2021-11-07', '01:59', '2021-11-07T05:59:00.000Z'],
  ])('%s %s %s happens twice: the earlier (daylight) instant is taken', (tz, date, time, iso) => {
    expect(localToInstant(date, time, tz)).toEqual({
      ok: true,
      value: { ms: Date.parse(iso), iso, ambiguous: true, shifted: false },
    });
  });

  it('02:00 on the fall-back day is not ambiguous (it is after the repeat)', () => {
    expect(localToInstant('2021-11-07', '02:00', NY)).toMatchObject({
      ok: true,
      value: { iso: '2021-11-07T07:00:00.000Z', ambiguous: false },
    });
  });
});

describe('bad input gets a typed problem', () => {
  it.each([
    ['2021-02-30', '09:00', NY, { code: 'no_such_date', value: '2021-02-30' }],
    ['2021-02-29', '09:00', NY, { code: 'no_such_date', value: '2021-02-29' }],
    ['2021-04-31', '09:00', NY, { code: 'no_such_date', value: '2021-04-31' }],
    ['2021-13-01', '09:00', NY, { code: 'no_such_date', value: '2021-13-01' }],
    ['2021-00-10', '09:00', NY, { code: 'no_such_date', value: '2021-00-10' }],
    ['1999-12-31', '09:00', NY, { code: 'year_out_of_range', year: 1999, min: 2000, max: 2100 }],
    ['2101-01-01', '09:00', NY, { code: 'year_out_of_range', year: 2101, min: 2000, max: 2100 }],
    ['2021-3-4', '09:00', NY, { code: 'bad_date_format', value: '2021-3-4' }],
    ['', '09:00', NY, { code: 'bad_date_format', value: '' }],
    ['2021-03-04', '24:00', NY, { code: 'bad_time_format', value: '24:00' }],
    ['2021-03-04', '9:00', NY, { code: 'bad_time_format', value: '9:00' }],
    ['2021-03-04', '09:60', NY, { code: 'bad_time_format', value: '09:60' }],
    ['2021-03-04', '09:00', 'Mars/Olympus', { code: 'unknown_time_zone', value: 'Mars/Olympus' }],
    ['2021-03-04', '09:00', '+05:00', { code: 'unknown_time_zone', value: '+05:00' }],
    ['2021-03-04', '09:00', '', { code: 'unknown_time_zone', value: '' }],
    [
      '2021-03-14',
      '02:30',
      NY,
      { code: 'dst_gap', localDate: '2021-03-14', localTime: '02:30', timeZone: NY, suggestion: '03:30' },
    ],
  ])('%s %s %s', (date, time, tz, problem) => {
    expect(localToInstant(date, time, tz)).toEqual({ ok: false, problem });
  });

  it('the edges of the range and leap days are accepted', () => {
    expect(localToInstant('2000-01-01', '00:00', 'UTC')).toMatchObject({
      ok: true,
      value: { iso: '2000-01-01T00:00:00.000Z' },
    });
    expect(localToInstant('2100-12-31', '23:59', 'UTC')).toMatchObject({
      ok: true,
      value: { iso: '2100-12-31T23:59:00.000Z' },
    });
    expect(localToInstant('2024-02-29', '09:00', NY)).toMatchObject({
      ok: true,
      value: { iso: '2024-02-29T14:00:00.000Z' },
    });
    expect(parseLocalDate('2100-02-29')).toMatchObject({ ok: false, problem: { code: 'no_such_date' } });
    expect(parseLocalDate('2000-02-29').ok).toBe(true);
  });

  it('parsers refuse anything that is not exactly the format', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const d = parseLocalDate(s);
        if (d.ok) expect(new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10)).toBe(s);
        const t = parseLocalTime(s);
        if (t.ok) expect(s).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      }),
    );
  });

  it('isoToMs reads the canonical form exactly like Date.parse, and other forms through it', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        expect(isoToMs(new Date(ms).toISOString())).toBe(ms);
      }),
      { numRuns: 2000 },
    );
    for (const s of [
      '2021-03-14T07:00:00Z',
      '2021-03-14T07:00:00.5Z',
      '2021-02-30T00:00:00.000Z',
      'nonsense',
      '2021-13-01T00:00:00.000Z',
      '2021-03-14T07:0a:00.000Z',
    ])
      expect(isoToMs(s)).toEqual(Date.parse(s));
  });
});

describe('repeats keep the local wall time', () => {
  const firstN = (s: Series, n: number) => Array.from({ length: n }, (_, k) => occurrenceMs(s, k));

  it.each([NY, LA])('weekly 09:00 in %s stays 09:00 across spring forward and fall back', (tz) => {
    const s = seriesFor('2021-01-04', '09:00', tz, 'weekly');
    const all = firstN(s, 60);
    for (const [k, ms] of all.entries()) {
      const expected = new Date(Date.UTC(2021, 0, 4 + 7 * k)).toISOString().slice(0, 10);
      expect(intlWall(ms, tz)).toBe(`${expected} 09:00`);
    }
    // The UTC hour really changes: one hour earlier in summer.
    const utcHours = new Set(all.map((ms) => new Date(ms).getUTCHours()));
    expect(utcHours.size).toBe(2);
  });

  it('a weekly 02:30 series moves to 03:30 on the spring-forward Sunday only, and takes the first 01:30 in the fall', () => {
    const s = seriesFor('2021-03-07', '02:30', NY, 'weekly');
    expect(firstN(s, 3).map((ms) => intlWall(ms, NY))).toEqual([
      '2021-03-07 02:30',
      '2021-03-14 03:30',
      '2021-03-21 02:30',
    ]);
    const fall = seriesFor('2021-10-31', '01:30', NY, 'weekly');
    expect(new Date(occurrenceMs(fall, 1)).toISOString()).toBe('2021-11-07T05:30:00.000Z');
  });

  it('monthly on the 31st clamps to the last day and comes back to the 31st', () => {
    const s = seriesFor('2023-12-31', '09:00', NY, 'monthly');
    expect(firstN(s, 6).map((ms) => intlWall(ms, NY))).toEqual([
      '2023-12-31 09:00',
      '2024-01-31 09:00',
      '2024-02-29 09:00',
      '2024-03-31 09:00',
      '2024-04-30 09:00',
      '2024-05-31 09:00',
    ]);
    expect(intlWall(occurrenceMs(s, 14), NY)).toBe('2025-02-28 09:00');
  });

  it('yearly on Feb 29 falls on Feb 28 in common years', () => {
    const s = seriesFor('2024-02-29', '09:00', LA, 'yearly');
    expect(firstN(s, 5).map((ms) => intlWall(ms, LA))).toEqual([
      '2024-02-29 09:00',
      '2025-02-28 09:00',
      '2026-02-28 09:00',
      '2027-02-28 09:00',
      '2028-02-29 09:00',
    ]);
  });

  it('addMonthsClamped keeps the anchor day per step', () => {
    expect(addMonthsClamped({ year: 2021, month: 1, day: 31 }, 1)).toEqual({ year: 2021, month: 2, day: 28 });
    expect(addMonthsClamped({ year: 2021, month: 11, day: 30 }, 3)).toEqual({ year: 2022, month: 2, day: 28 });
    expect(addMonthsClamped({ year: 2021, month: 3, day: 15 }, -3)).toEqual({ year: 2020, month: 12, day: 15 });
  });

  it('bracket finds the occurrences around any instant, like a linear scan', () => {
    const arbSeries = fc
      .record({
        day: fc.integer({ min: 0, max: 3 * 365 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.constantFrom(0, 15, 30, 45),
        tz: fc.constantFrom(NY, LA, 'UTC', 'Australia/Lord_Howe'),
        repeat: fc.constantFrom<Repeat>('none', 'weekly', 'monthly', 'yearly'),
      })
      .map(({ day, hour, minute, tz, repeat }) => {
        const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const r = checkLocal(date, time, tz);
        return r.ok ? makeSeries(r.value.date, r.value.time, tz, repeat, r.value.ms) : null;
      })
      .filter((s): s is Series => s !== null);
    fc.assert(
      fc.property(arbSeries, fc.integer({ min: Date.UTC(2019, 6, 1), max: Date.UTC(2030, 0, 1) }), (s, t) => {
        let latest: number | null = null;
        let after: number | null = null;
        for (let k = 0; ; k++) {
          const at = occurrenceMs(s, k);
          if (at > t) {
            after = at;
            break;
          }
          latest = at;
          if (s.repeat === 'none') break;
        }
        const b = bracket(s, t);
        expect(b.atOrBefore).toBe(latest);
        expect(b.after).toBe(after);
        expect(occurrenceAtOrBefore(s, t)?.ms ?? null).toBe(latest);
        expect(occurrenceAfter(s, t)?.ms ?? null).toBe(after);
      }),
      { numRuns: 1000 },
    );
  });
});
