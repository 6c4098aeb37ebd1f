import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  ACTION_KINDS,
  LEGAL_FACTS,
  addItem,
  changeAction,
  recoveryReminders,
  removeItem,
  renewalDates,
  type RecoveryCase,
} from '../../../electron/shared/core/recovery';
import { REMINDER_KINDS, reminderTitle } from '../../../electron/shared/core/reminders/titles';

const NOW = new Date('2026-12-02T15:00:00.000Z');
const TODAY = '2026-12-02';
const settings = { timeZone: 'America/Chicago', reminderTime: '09:00' };

function twoItems(): RecoveryCase {
  let c: RecoveryCase | undefined;
  for (const [id, company] of [
    ['item-1', 'Chase'],
    ['item-2', 'Synchrony'],
  ] as const) {
    const r = addItem(c, { kind: 'new-account', company, noticedOn: '2026-11-30' }, id, NOW, TODAY);
    if (!r.ok) throw new Error(r.problem);
    c = r.value;
  }
  return c!;
}

const done = (c: RecoveryCase, on?: string, itemId = 'item-1') =>
  changeAction(
    c,
    itemId,
    'extended-alert',
    { kind: 'status', status: 'done', ...(on ? { on } : {}) },
    {
      entryId: 'e',
      now: NOW,
      today: TODAY,
    },
  );

describe('renewal reminders, declared on the action', () => {
  it('every declared renewal has a reminder kind with a title in both languages and a confirmed legal period', () => {
    const rules = ACTION_KINDS.flatMap((k) => (ACTIONS[k].renewal ? [ACTIONS[k].renewal] : []));
    expect(rules.map((r) => r.kind)).toEqual(['recovery-alert-renewal']);
    for (const rule of rules) {
      expect(REMINDER_KINDS).toContain(rule.kind);
      expect(LEGAL_FACTS[rule.fact].confirmed).toBe(true);
      const params = { action: 'extended-alert', doneOn: '2026-11-20', endsOn: '2033-11-20' };
      expect(reminderTitle({ kind: rule.kind, stepId: null, params }, 'en')).toContain('2033-11-20');
      expect(reminderTitle({ kind: rule.kind, stepId: null, params }, 'es')).toContain('2033-11-20');
      expect(reminderTitle({ kind: rule.kind, stepId: null, params }, 'es')).toMatch(/alerta de fraude extendida/);
    }
  });

  it('marking done keeps the day (today, or the day given); done again keeps the first day; reopening clears it', () => {
    const today = done(twoItems());
    if (!today.ok) throw new Error(today.problem);
    const alert = (c: RecoveryCase) => c.items[0]!.actions.find((a) => a.kind === 'extended-alert')!;
    expect(alert(today.value).doneOn).toBe(TODAY);
    const given = done(twoItems(), '2026-01-15');
    expect(given.ok && alert(given.value).doneOn).toBe('2026-01-15');
    const twice = given.ok ? done(given.value) : given;
    expect(twice.ok && alert(twice.value).doneOn).toBe('2026-01-15');
    const reopened = changeAction(
      today.value,
      'item-1',
      'extended-alert',
      { kind: 'status', status: 'in_progress' },
      { entryId: 'e', now: NOW, today: TODAY },
    );
    expect(reopened.ok && alert(reopened.value).doneOn).toBeUndefined();
    expect(done(twoItems(), '2026-12-03')).toEqual({ ok: false, problem: 'date_in_future' });
  });

  it('one reminder, 30 days before seven calendar years end, with a stable id; none when not done', () => {
    const c = done(twoItems(), '2026-11-20');
    if (!c.ok) throw new Error(c.problem);
    const list = recoveryReminders('p1', c.value, settings).filter((r) => r.kind === 'recovery-alert-renewal');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      localDate: '2033-10-21',
      localTime: '09:00',
      params: { endsOn: '2033-11-20', doneOn: '2026-11-20' },
      stepId: null,
    });
    expect(recoveryReminders('p1', c.value, settings)[0]!.id).toBe(list[0]!.id);
    expect(recoveryReminders('p1', twoItems(), settings)).toEqual([]);
  });

  it('for any day done, the reminder comes before the alert ends and after it was placed', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2026-12-01'), noInvalidDate: true }), (d) => {
        const day = d.toISOString().slice(0, 10);
        const dates = renewalDates(day, ACTIONS['extended-alert'].renewal!);
        expect(dates).not.toBeNull();
        expect(dates!.remindOn < dates!.endsOn).toBe(true);
        expect(dates!.remindOn > day).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the alert ends seven calendar years to the day after it was placed (Feb 29 → Feb 28), reminded 30 days before', () => {
    const rule = ACTIONS['extended-alert'].renewal!;
    const leap = fc
      .integer({ min: 1904, max: 2096 })
      .filter((y) => y % 4 === 0)
      .map((y) => new Date(Date.UTC(y, 1, 29)));
    const any = fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(fc.oneof(any, leap), (d) => {
        const day = d.toISOString().slice(0, 10);
        const dates = renewalDates(day, rule)!;
        const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
        const end = new Date(Date.UTC(y + 7, m - 1, dd));
        // Date.UTC rolls Feb 29 of a common year over to Mar 1: the alert ends the day before, Feb 28.
        const expected = end.getUTCMonth() === m - 1 ? end : new Date(Date.UTC(y + 7, m - 1, 28));
        expect(dates.endsOn).toBe(expected.toISOString().slice(0, 10));
        const remind = new Date(expected.getTime() - rule.leadDays * 86_400_000);
        expect(dates.remindOn).toBe(remind.toISOString().slice(0, 10));
      }),
      { numRuns: 500 },
    );
    expect(renewalDates('2024-02-29', rule)).toEqual({ endsOn: '2031-02-28', remindOn: '2031-01-29' });
    expect(renewalDates('2025-02-28', rule)?.endsOn).toBe('2032-02-28');
  });
});

describe('removing an item', () => {
  it('takes only that item; its reminders go, the others stay', () => {
    const c = done(twoItems(), '2026-11-20', 'item-1');
    const both = c.ok ? done(c.value, '2026-11-21', 'item-2') : c;
    if (!both.ok) throw new Error(both.problem);
    const removed = removeItem(both.value, 'item-1');
    if (!removed.ok) throw new Error(removed.problem);
    expect(removed.value.items.map((i) => i.id)).toEqual(['item-2']);
    const ids = recoveryReminders('p1', removed.value, settings).map((r) => r.id);
    expect(ids).toHaveLength(1);
    expect(ids[0]).toContain('item-2');
    expect(removeItem(removed.value, 'item-1')).toEqual({ ok: false, problem: 'recovery_item_not_found' });
    expect(removeItem(undefined, 'item-1')).toEqual({ ok: false, problem: 'recovery_item_not_found' });
  });
});
