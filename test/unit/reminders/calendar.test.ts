import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildIcs, calendarSeries, safeText, uidOf } from '../../../electron/services/reminders/calendar';
import { deriveReminders } from '../../../electron/shared/core/reminders/rules';
import type { Reminder } from '../../../electron/shared/core/reminders/types';
import { custom, LA, NY, occurrencesUntil } from './helpers';

const now = new Date('2025-01-02T12:00:00Z');
/** The calendar takes its titles from the caller; fixed words here keep the checks on the file itself. */
const titles: Record<string, string> = {
  custom: 'Recordatorio: revise su congelamiento',
  'confirm-freeze': 'Confirme que el congelamiento está activo',
  'irs-ip-pin': 'Pida su nuevo IP PIN del IRS',
};
const titleOf = (r: Reminder) => titles[r.kind] ?? r.kind;

/** Parses with ical.js (an independent parser) and registers the file's own VTIMEZONEs. */
function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = cal.getAllSubcomponents('vevent').map((c) => ({ c, e: new ICAL.Event(c) }));
  return { cal, events };
}

/** The text of the file with RFC 5545 folding undone, so no value can hide across a line break. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('buildIcs', () => {
  const oneOff = custom('2025-03-03', '09:00', NY);
  const weekly = custom('2025-03-03', '09:00', NY, 'weekly');
  const monthly31 = custom('2025-01-31', '18:30', LA, 'monthly');
  const leapYearly = custom('2024-02-29', '09:00', LA, 'yearly');
  const all = [oneOff, weekly, monthly31, leapYearly];

  it('writes one VEVENT per reminder with a stable UID, the title, and the exact instant', () => {
    const ics = buildIcs('Ana', all, now, { titleOf, descriptionOf: () => 'Abra Lockstep para ver el paso.' });
    const { cal, events } = parse(ics);
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//Lockstep//Reminders//EN');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Lockstep: Ana');
    expect(events.map(({ e }) => e.uid)).toEqual(all.map((r) => `${r.id}@lockstep.local`));
    for (const { e, c } of events) {
      expect(e.summary).toBe('Recordatorio: revise su congelamiento');
      expect(e.description).toBe('Abra Lockstep para ver el paso.');
      expect(e.duration.toSeconds()).toBe(15 * 60);
      expect((c.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe(now.toISOString());
      const alarm = c.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect((alarm?.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(0);
    }
    const [one, wk, mo, yr] = events.map(({ e }) => e);
    // The one-off is a UTC instant; repeats are local times in their zone.
    expect(one!.startDate.zone?.tzid).toBe('UTC');
    expect(one!.startDate.toJSDate().toISOString()).toBe(oneOff.dueAt);
    expect(one!.isRecurring()).toBe(false);
    expect(wk!.startDate.zone?.tzid).toBe(NY);
    expect(wk!.startDate.toString()).toBe('2025-03-03T09:00:00');
    expect(wk!.startDate.toJSDate().toISOString()).toBe(weekly.dueAt);
    expect(mo!.startDate.toJSDate().toISOString()).toBe(monthly31.dueAt);
    expect(yr!.startDate.toJSDate().toISOString()).toBe(leapYearly.dueAt);
  });

  it('writes RRULEs that ical.js expands to the same instants as the app, across DST', () => {
    const monthly30 = custom('2025-01-30', '07:15', NY, 'monthly');
    const monthly29inFeb = custom('2024-02-29', '09:00', LA, 'monthly');
    const series = [weekly, monthly31, leapYearly, monthly30, monthly29inFeb];
    const { events } = parse(buildIcs('Ana', series, now, { titleOf }));
    const byUid = new Map(events.map(({ e }) => [e.uid, e]));
    const rule = (uid: string) =>
      (byUid.get(uid)!.component.getFirstPropertyValue('rrule') as ICAL.Recur).toJSON() as Record<string, unknown>;
    expect(rule(uidOf(weekly))).toEqual({ freq: 'WEEKLY' });
    expect(rule(uidOf(monthly31))).toEqual({ freq: 'MONTHLY', bymonthday: -1 });
    expect(rule(uidOf(leapYearly))).toEqual({ freq: 'YEARLY', bymonth: 2, bymonthday: -1 });
    expect(rule(uidOf(monthly30))).toEqual({
      freq: 'MONTHLY',
      bymonth: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      bymonthday: 30,
    });
    expect(rule(`${monthly30.id}#february@lockstep.local`)).toEqual({ freq: 'YEARLY', bymonth: 2, bymonthday: -1 });

    const until = Date.parse('2029-01-01T00:00:00Z');
    for (const r of series) {
      const theirs: number[] = [];
      for (const e of events
        .map((x) => x.e)
        .filter((e) => e.uid === uidOf(r) || e.uid === `${r.id}#february@lockstep.local`)) {
        const it = e.iterator();
        for (let next = it.next(); next && next.toJSDate().getTime() <= until; next = it.next())
          theirs.push(next.toJSDate().getTime());
      }
      theirs.sort((a, b) => a - b);
      expect(
        theirs.map((t) => new Date(t).toISOString()),
        `${r.repeat} ${r.localDate}`,
      ).toEqual(occurrencesUntil(r, until).map((t) => new Date(t).toISOString()));
    }
  });

  it('calendarSeries clamps like the app, with rules every calendar understands', () => {
    expect(calendarSeries(custom('2025-01-15', '09:00', NY, 'monthly')).map((x) => x.rrule)).toEqual(['FREQ=MONTHLY']);
    expect(calendarSeries(custom('2025-03-29', '09:00', NY, 'monthly'))).toEqual([
      expect.objectContaining({
        start: '20250329T090000',
        rrule: 'FREQ=MONTHLY;BYMONTH=1,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=29',
      }),
      expect.objectContaining({ start: '20260228T090000', rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' }),
    ]);
    expect(calendarSeries(custom('2025-03-10', '09:00', NY, 'yearly')).map((x) => x.rrule)).toEqual(['FREQ=YEARLY']);
    expect(calendarSeries(oneOff)).toEqual([]);
    for (const x of calendarSeries(custom('2025-01-30', '09:00', NY, 'monthly')))
      expect(x.rrule).not.toContain('BYSETPOS');
  });

  it('the VTIMEZONE carries the real transitions (ical.js computes offsets from the file alone)', () => {
    const ics = buildIcs('Ana', [weekly], now, { titleOf });
    expect(ics).toContain('DTSTART;TZID=America/New_York:20250303T090000');
    const { cal } = parse(ics);
    const vtz = cal.getFirstSubcomponent('vtimezone')!;
    const tz = new ICAL.Timezone(vtz);
    const offsetHours = (iso: string) => tz.utcOffset(ICAL.Time.fromDateTimeString(iso)) / 3600;
    expect(offsetHours('2025-03-09T01:59:00')).toBe(-5);
    expect(offsetHours('2025-03-09T03:00:00')).toBe(-4);
    expect(offsetHours('2025-11-02T02:30:00')).toBe(-5);
    expect(offsetHours('2040-07-01T12:00:00')).toBe(-4);
  });

  it('UIDs and the whole file are stable: re-exporting the same reminders gives the same text', () => {
    const rules = deriveReminders(
      'profile-0001',
      {
        checklist: {
          'freeze-equifax': {
            status: 'done',
            doneAt: '2025-01-01T15:00:00Z',
            updatedAt: '2025-01-01T15:00:00Z',
            subStepsDone: [],
          },
          'irs-ip-pin': {
            status: 'done',
            doneAt: '2025-01-01T15:00:00Z',
            updatedAt: '2025-01-01T15:00:00Z',
            subStepsDone: [],
          },
        },
      },
      { timeZone: NY },
      now,
    );
    const again = deriveReminders(
      'profile-0001',
      {
        checklist: {
          'irs-ip-pin': {
            status: 'done',
            doneAt: '2025-01-01T15:00:00Z',
            updatedAt: '2025-01-01T15:00:00Z',
            subStepsDone: [],
          },
          'freeze-equifax': {
            status: 'done',
            doneAt: '2025-01-01T15:00:00Z',
            updatedAt: '2025-01-01T15:00:00Z',
            subStepsDone: [],
          },
        },
      },
      { timeZone: NY },
      now,
    );
    const a = buildIcs('Ana', rules, now, { titleOf });
    expect(buildIcs('Ana', again, now, { titleOf })).toBe(a);
    expect(parse(a).events.map(({ e }) => e.uid)).toEqual([
      `rule:confirm-freeze:profile-0001:freeze-equifax@lockstep.local`,
      `rule:irs-ip-pin:profile-0001:irs-ip-pin@lockstep.local`,
    ]);
  });

  it('never writes a PIN, a secret, a note or an SSN, whatever the reminder carries', () => {
    const secrets = ['482913', 'hunter2-passphrase', 'called Equifax, agent said PIN 7731', '123-45-6789', '123456789'];
    const loaded: Reminder[] = all.map((r, i) => ({
      ...r,
      // Hostile extras a future caller might put on a reminder by mistake: none may reach the file.
      params: { ...r.params, pin: secrets[0]!, passphrase: secrets[1]!, note: secrets[2]! },
      ...({ note: secrets[2], ssn: secrets[3 + (i % 2)] } as object),
    }));
    const ics = buildIcs('Ana 123-45-6789', loaded, now, {
      titleOf: (r) => `${titleOf(r)} 123 45 6789`,
      descriptionOf: () => 'SSN 123456789 on file',
    });
    const text = unfold(ics);
    for (const s of secrets) expect(text).not.toContain(s);
    expect(text).not.toMatch(/\d{3}[- ]?\d{2}[- ]?\d{4}/);
    const { cal, events } = parse(ics);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Lockstep: Ana •••');
    expect(events[0]!.e.summary).toBe('Recordatorio: revise su congelamiento •••');
    expect(events[0]!.e.description).toBe('SSN ••• on file');
  });

  it('safeText strips control characters and bounds the length', () => {
    expect(safeText('a\r\nb\u0000c')).toBe('a b c');
    expect([...safeText('é'.repeat(500))]).toHaveLength(200);
  });

  it('an empty list is a valid, empty calendar', () => {
    const { events } = parse(buildIcs('Ana', [], now, { titleOf }));
    expect(events).toEqual([]);
  });
});
