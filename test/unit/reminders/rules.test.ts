import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATALOG } from '../../../electron/shared/core/catalog';
import { STEP_STATUSES, type Checklist, type StepProgress } from '../../../electron/shared/core/checklist';
import { instantToLocal } from '../../../electron/shared/core/reminders/local-time';
import {
  checkReminderSettings,
  deriveReminders,
  makeCustomReminder,
  type ReminderSettingsInput,
} from '../../../electron/shared/core/reminders/rules';
import { REMINDER_KINDS } from '../../../electron/shared/core/reminders/titles';
import type { Reminder } from '../../../electron/shared/core/reminders/types';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const PID = 'profile-0001';
const settings: ReminderSettingsInput = { timeZone: NY };
const now = new Date('2025-03-01T12:00:00Z');

const done = (at: string): StepProgress => ({ status: 'done', doneAt: at, updatedAt: at, subStepsDone: [] });
const started = (at: string): StepProgress => ({ status: 'in_progress', updatedAt: at, subStepsDone: [] });
const plan = (checklist: Checklist) => ({ checklist });
const only = (rs: Reminder[], kind: Reminder['kind']) => rs.filter((r) => r.kind === kind);
const wallOf = (r: Reminder) => {
  const l = instantToLocal(Date.parse(r.dueAt), r.timeZone);
  return `${l.localDate} ${l.localTime}`;
};

describe('deriveReminders', () => {
  it('follows up on a step left in progress, followUpDays after its last change, at the reminder time', () => {
    const rs = deriveReminders(PID, plan({ 'freeze-equifax': started('2025-02-20T23:30:00Z') }), settings, now);
    expect(rs).toEqual([
      {
        id: `rule:follow-up:${PID}:freeze-equifax`,
        profileId: PID,
        stepId: 'freeze-equifax',
        kind: 'follow-up',
        dueAt: '2025-02-23T14:00:00.000Z',
        localDate: '2025-02-23',
        localTime: '09:00',
        timeZone: NY,
        repeat: 'none',
        params: { stepId: 'freeze-equifax', days: 3 },
      },
    ]);
    // The local day counts: 23:30 UTC on the 20th is still the 20th in New York.
    const custom = deriveReminders(
      PID,
      plan({ 'freeze-equifax': started('2025-02-20T23:30:00Z') }),
      { ...settings, followUpDays: 7, reminderTime: '18:15' },
      now,
    );
    expect(wallOf(custom[0]!)).toBe('2025-02-27 18:15');
  });

  it('asks to confirm a freeze the day after it was placed, for every freeze step including minors', () => {
    const rs = deriveReminders(
      PID,
      plan({
        'freeze-equifax': done('2025-02-10T15:00:00Z'),
        'minor-freeze-experian': done('2025-02-11T03:00:00Z'),
        'freeze-innovis': started('2025-02-11T03:00:00Z'),
        'fraud-alert': started('2025-02-28T12:00:00Z'),
      }),
      settings,
      now,
    );
    const confirm = only(rs, 'confirm-freeze');
    expect(confirm.map((r) => [r.id, wallOf(r)])).toEqual([
      [`rule:confirm-freeze:${PID}:freeze-equifax`, '2025-02-11 09:00'],
      // 03:00 UTC on the 11th is the evening of the 10th in New York.
      [`rule:confirm-freeze:${PID}:minor-freeze-experian`, '2025-02-11 09:00'],
    ]);
    expect(only(rs, 'follow-up').map((r) => r.stepId)).toEqual(['freeze-innovis', 'fraud-alert']);
  });

  it('renews the fraud alert 14 days before its year ends', () => {
    const [r] = deriveReminders(PID, plan({ 'fraud-alert': done('2025-05-10T16:00:00Z') }), settings, now);
    expect(r).toMatchObject({
      kind: 'renew-fraud-alert',
      stepId: 'fraud-alert',
      repeat: 'none',
      params: { expiresOn: '2026-05-10' },
    });
    expect(wallOf(r!)).toBe('2026-04-26 09:00');
  });

  it('reminds of the IRS IP PIN every January 15 from the next year on', () => {
    const [r] = deriveReminders(PID, plan({ 'irs-ip-pin': done('2025-01-20T16:00:00Z') }), settings, now);
    expect(r).toMatchObject({
      id: `rule:irs-ip-pin:${PID}:irs-ip-pin`,
      kind: 'irs-ip-pin',
      repeat: 'yearly',
      localDate: '2026-01-15',
      localTime: '09:00',
    });
    expect(r!.dueAt).toBe('2026-01-15T14:00:00.000Z');
  });

  it('warns 60 days before the two years of ID protection are up', () => {
    const [r] = deriveReminders(PID, plan({ 'mcafee-id-protection': done('2025-05-10T16:00:00Z') }), settings, now);
    expect(r).toMatchObject({ kind: 'id-protection-end', params: { endsOn: '2027-05-10' } });
    expect(wallOf(r!)).toBe('2027-03-11 09:00');
  });

  it('checks all three credit reports every 4 months: the latest due check plus the next three', () => {
    const checklist = { 'credit-reports': done('2025-01-10T16:00:00Z') };
    const early = only(deriveReminders(PID, plan(checklist), settings, now), 'check-reports');
    expect(early.map((r) => [r.localDate, r.params.round])).toEqual([
      ['2025-05-10', 1],
      ['2025-09-10', 2],
      ['2026-01-10', 3],
    ]);
    expect(early.every((r) => r.params.bureau === undefined)).toBe(true);
    const later = only(
      deriveReminders(PID, plan(checklist), settings, new Date('2025-10-01T00:00:00Z')),
      'check-reports',
    );
    expect(later.map((r) => r.id)).toEqual([
      `rule:check-reports:${PID}:credit-reports:2`,
      `rule:check-reports:${PID}:credit-reports:3`,
      `rule:check-reports:${PID}:credit-reports:4`,
      `rule:check-reports:${PID}:credit-reports:5`,
    ]);
    const every2 = only(
      deriveReminders(PID, plan(checklist), { ...settings, reportEveryMonths: 2 }, now),
      'check-reports',
    );
    expect(every2.map((r) => r.localDate)).toEqual(['2025-03-10', '2025-05-10', '2025-07-10']);
  });

  it('re-checks the freeze on the last day of a planned thaw; a broken thaw is ignored', () => {
    const thaws = [
      { bureau: 'experian' as const, endsOn: '2025-03-20' },
      { bureau: 'equifax' as const, endsOn: '2025-02-30' },
    ];
    const rs = deriveReminders(PID, plan({ 'thaw-planner': { ...started(now.toISOString()), status: 'todo', thaws } }), settings, now);
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({
      id: `rule:thaw-end:${PID}:thaw-planner:experian:2025-03-20`,
      kind: 'thaw-end',
      stepId: 'thaw-planner',
      params: { bureau: 'experian', endsOn: '2025-03-20' },
    });
    expect(wallOf(rs[0]!)).toBe('2025-03-20 09:00');
  });

  it('a reminder time in a DST gap is moved past it, and recorded as it will really show', () => {
    const [r] = deriveReminders(
      PID,
      plan({ 'freeze-equifax': done('2025-03-08T16:00:00Z') }),
      { timeZone: LA, reminderTime: '02:30' },
      now,
    );
    expect(r).toMatchObject({ localDate: '2025-03-09', localTime: '03:30', dueAt: '2025-03-09T10:30:00.000Z' });
  });

  it('ignores steps not in the catalog and steps that are not done for done-rules', () => {
    const rs = deriveReminders(
      PID,
      plan({
        'freeze-mars': done('2025-02-10T15:00:00Z'),
        'fraud-alert': { status: 'skipped', updatedAt: '2025-02-10T15:00:00Z', subStepsDone: [] },
      }),
      settings,
      now,
    );
    expect(rs).toEqual([]);
  });

  it('refuses settings it cannot plan with', () => {
    expect(
      checkReminderSettings({
        timeZone: 'Mars/Olympus',
        followUpDays: 0,
        reportEveryMonths: 13,
        reminderTime: '9am',
      }).map((p) => p.code),
    ).toEqual(['follow_up_days_out_of_range', 'report_months_out_of_range', 'unknown_time_zone', 'bad_time_format']);
    expect(checkReminderSettings({ timeZone: NY })).toEqual([]);
    expect(() => deriveReminders(PID, plan({}), { timeZone: 'Mars/Olympus' }, now)).toThrow(RangeError);
  });

  const arbProgress = fc.record({
    status: fc.constantFrom(...STEP_STATUSES),
    at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
  });
  const arbChecklist = fc
    .dictionary(fc.constantFrom(...CATALOG.map((s) => s.id)), arbProgress, { maxKeys: 12 })
    .map((d) => {
      const c: Checklist = {};
      for (const [id, { status, at }] of Object.entries(d)) {
        const iso = new Date(at).toISOString();
        c[id] = status === 'done' ? done(iso) : { status, updatedAt: iso, subStepsDone: [] };
      }
      return c;
    });

  it('is deterministic: deriving again gives the same reminders, with unique ids, each valid', () => {
    fc.assert(
      fc.property(
        arbChecklist,
        fc.constantFrom(NY, LA, 'UTC', 'Europe/Madrid'),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 0, 1) }),
        (checklist, timeZone, nowMs) => {
          const t = new Date(nowMs);
          const a = deriveReminders(PID, plan(checklist), { timeZone }, t);
          const b = deriveReminders(PID, plan(structuredClone(checklist)), { timeZone }, t);
          expect(b).toEqual(a);
          expect(new Set(a.map((r) => r.id)).size).toBe(a.length);
          for (const r of a) {
            expect(REMINDER_KINDS).toContain(r.kind);
            expect(r.id.startsWith(`rule:${r.kind}:${PID}:`)).toBe(true);
            expect(new Date(r.dueAt).toISOString()).toBe(r.dueAt);
            // One-offs record the wall time they show at; series their planned wall time.
            if (r.repeat === 'none') expect(wallOf(r)).toBe(`${r.localDate} ${r.localTime}`);
            // Params are machine values only (ids, dates, counts): never text a user typed.
            for (const [k, v] of Object.entries(r.params)) {
              expect(['stepId', 'days', 'expiresOn', 'endsOn', 'bureau', 'round']).toContain(k);
              expect(String(v)).toMatch(/^[a-z0-9-]{1,64}$/);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('makeCustomReminder', () => {
  const base = {
    uuid: '0b7c7f7e-1b1a-4a59-9d7c-2d2a0a8f3f11',
    profileId: PID,
    stepId: 'freeze-equifax',
    timeZone: NY,
    repeat: 'weekly' as const,
  };

  it('makes a custom reminder with a stable id from the uuid', () => {
    const r = makeCustomReminder({ ...base, localDate: '2025-03-03', localTime: '09:00' });
    expect(r).toEqual({
      ok: true,
      value: {
        id: `custom:${base.uuid}`,
        profileId: PID,
        stepId: 'freeze-equifax',
        kind: 'custom',
        dueAt: '2025-03-03T14:00:00.000Z',
        localDate: '2025-03-03',
        localTime: '09:00',
        timeZone: NY,
        repeat: 'weekly',
        params: { stepId: 'freeze-equifax' },
      },
    });
  });

  it.each([
    ['2021-02-30', '09:00', NY, 'no_such_date'],
    ['2021-02-29', '09:00', NY, 'no_such_date'],
    ['1999-06-01', '09:00', NY, 'year_out_of_range'],
    ['2101-06-01', '09:00', NY, 'year_out_of_range'],
    ['2021-03-14', '02:30', NY, 'dst_gap'],
    ['2021-06-01', '09:00', 'Mars/Olympus', 'unknown_time_zone'],
  ])('refuses %s %s in %s: %s', (localDate, localTime, timeZone, code) => {
    const r = makeCustomReminder({ ...base, localDate, localTime, timeZone });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe(code);
  });
});
