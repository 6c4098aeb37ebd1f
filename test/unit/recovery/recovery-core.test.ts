import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  ACTION_KINDS,
  ITEM_KINDS,
  ITEM_PLANS,
  ITEM_TITLES,
  LEGAL_FACTS,
  addBusinessDays,
  addItem,
  changeAction,
  checkFreeText,
  checkReference,
  recoveryReminders,
  replyDueOn,
  type RecoveryCase,
} from '../../../electron/shared/core/recovery';
import { isOfficialUrl } from '../../../electron/shared/core/urls';
import { looksLikeSsn } from '../../../electron/shared/core/ssn';
import { REMINDER_KINDS, reminderTitle } from '../../../electron/shared/core/reminders/titles';

const NOW = new Date('2026-12-02T15:00:00.000Z');
const TODAY = '2026-12-02';
const ids = (entryId = 'e1') => ({ entryId, now: NOW, today: TODAY });

function caseWith(kind: (typeof ITEM_KINDS)[number] = 'new-account'): RecoveryCase {
  const r = addItem(
    undefined,
    { kind, company: 'Chase', noticedOn: '2026-11-30', reference: '4821' },
    'item-1',
    NOW,
    TODAY,
  );
  if (!r.ok) throw new Error(r.problem);
  return r.value;
}

describe('the recovery data', () => {
  it('every item kind has a title in both languages and an ordered, non-empty plan of known actions', () => {
    for (const kind of ITEM_KINDS) {
      expect(ITEM_TITLES[kind].en.length).toBeGreaterThan(0);
      expect(ITEM_TITLES[kind].es.length).toBeGreaterThan(0);
      expect(ITEM_PLANS[kind].length).toBeGreaterThan(0);
      expect(new Set(ITEM_PLANS[kind]).size).toBe(ITEM_PLANS[kind].length);
      for (const a of ITEM_PLANS[kind]) expect(ACTION_KINDS).toContain(a);
    }
  });

  it('tax fraud goes to the IRS, benefits to SSA, a phone line to the carrier, a new card to the bureaus', () => {
    expect(ITEM_PLANS['tax-return']).toContain('irs-14039');
    expect(ITEM_PLANS.benefits).toContain('ssa-report');
    expect(ITEM_PLANS['phone-line'][0]).toBe('carrier-fraud');
    expect(ITEM_PLANS['new-account'].slice(0, 3)).toEqual(['call-fraud-dept', 'close-account', 'ftc-report']);
    expect(ITEM_PLANS['new-account']).toContain('bureau-block');
    for (const kind of ITEM_KINDS)
      expect(ITEM_PLANS[kind]).toContain(kind === 'criminal-record' ? 'police-report' : 'ftc-report');
  });

  it('every action has words in both languages and only official links', () => {
    for (const kind of ACTION_KINDS) {
      const a = ACTIONS[kind];
      expect(a.kind).toBe(kind);
      for (const t of [a.title, a.howTo, a.writeDown]) {
        expect(t.en.trim()).not.toBe('');
        expect(t.es.trim()).not.toBe('');
        expect(t.es).not.toBe(t.en);
      }
      expect(a.links.length).toBeGreaterThan(0);
      for (const l of a.links) expect(isOfficialUrl(l.url), l.url).toBe(true);
    }
  });

  it('every legal fact has official sources, a verifiedOn date, and states no figure it did not confirm', () => {
    for (const fact of Object.values(LEGAL_FACTS)) {
      expect(fact.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const s of fact.sources) expect(isOfficialUrl(s.url), s.url).toBe(true);
      if (!fact.confirmed) {
        expect(fact.days).toBeUndefined();
        expect(fact.text.en).toMatch(/check on the official site/i);
        expect(fact.text.es).toMatch(/verifique en el sitio oficial/i);
      }
    }
    expect(LEGAL_FACTS['fcra-609e-records']).toMatchObject({ confirmed: true, days: { count: 30, business: false } });
    expect(LEGAL_FACTS['extended-fraud-alert'].text.en).toMatch(/seven years/);
  });
});

describe('references and free text', () => {
  it.each([
    ['4821', null],
    ['ending 4821', null],
    ['card …4821', null],
    ['', null],
    ['12345', 'reference_not_last_four'],
    ['4111 1111 1111 1111', 'reference_not_last_four'],
    ['48-21-7', 'reference_not_last_four'],
    ['123-45-6789', 'ssn_like'],
    ['123456789', 'ssn_like'],
  ])('reference %j → %s', (ref, problem) => {
    expect(checkReference(ref)).toBe(problem);
  });

  it.each([
    ['Said they would close it', null],
    ['Call 1-800-555-0199 ext 12', null],
    ['account 4111111111111111', 'long_number'],
    ['card 4111 1111 1111 1111', 'long_number'],
    ['my SSN 123-45-6789', 'ssn_like'],
  ])('free text %j → %s', (text, problem) => {
    expect(checkFreeText(text)).toBe(problem);
  });
});

describe('a case', () => {
  it('adding an item opens the case with the actions in order, all to do', () => {
    const c = caseWith();
    expect(c.openedAt).toBe(NOW.toISOString());
    expect(c.items).toHaveLength(1);
    expect(c.items[0]?.actions.map((a) => a.kind)).toEqual(ITEM_PLANS['new-account']);
    expect(c.items[0]?.actions.every((a) => a.status === 'todo' && a.log.length === 0)).toBe(true);
    expect(c.items[0]?.reference).toBe('4821');
  });

  it('refuses a full account number, an SSN, a date in the future', () => {
    const base = { kind: 'loan' as const, company: 'Bank', noticedOn: TODAY };
    expect(addItem(undefined, { ...base, reference: '4111111111111111' }, 'x', NOW, TODAY)).toEqual({
      ok: false,
      problem: 'reference_not_last_four',
    });
    expect(addItem(undefined, { ...base, company: 'SSN 123-45-6789' }, 'x', NOW, TODAY)).toEqual({
      ok: false,
      problem: 'ssn_like',
    });
    expect(addItem(undefined, { ...base, noticedOn: '2026-12-03' }, 'x', NOW, TODAY)).toEqual({
      ok: false,
      problem: 'date_in_future',
    });
  });

  it('logging a contact records who/when/what and moves a to-do action under way', () => {
    const r = changeAction(
      caseWith(),
      'item-1',
      'call-fraud-dept',
      { kind: 'log', who: 'Dana, fraud team', on: TODAY, said: 'Closing it' },
      ids(),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const action = r.value.items[0]?.actions[0];
    expect(action?.status).toBe('in_progress');
    expect(action?.log).toEqual([
      { id: 'e1', who: 'Dana, fraud team', on: TODAY, said: 'Closing it', loggedAt: NOW.toISOString() },
    ]);
    const done = changeAction(r.value, 'item-1', 'call-fraud-dept', { kind: 'status', status: 'done' }, ids('e2'));
    expect(done.ok && done.value.items[0]?.actions[0]?.status).toBe('done');
  });

  it('refuses unknown items and actions, mailing a phone call, and card numbers in the log', () => {
    const c = caseWith();
    expect(changeAction(c, 'nope', 'ftc-report', { kind: 'status', status: 'done' }, ids())).toEqual({
      ok: false,
      problem: 'recovery_item_not_found',
    });
    expect(changeAction(c, 'item-1', 'irs-14039', { kind: 'status', status: 'done' }, ids())).toEqual({
      ok: false,
      problem: 'recovery_action_not_found',
    });
    expect(changeAction(c, 'item-1', 'call-fraud-dept', { kind: 'mailed', mailedOn: TODAY }, ids())).toEqual({
      ok: false,
      problem: 'not_mailable',
    });
    expect(
      changeAction(
        c,
        'item-1',
        'call-fraud-dept',
        { kind: 'log', who: 'x', on: TODAY, said: '4111 1111 1111 1111' },
        ids(),
      ),
    ).toEqual({ ok: false, problem: 'long_number' });
    expect(changeAction(undefined, 'item-1', 'ftc-report', { kind: 'status', status: 'done' }, ids())).toEqual({
      ok: false,
      problem: 'recovery_item_not_found',
    });
  });

  it('refuses an SSN-shaped tracking number on a mailed letter, and keeps a real one', () => {
    const c = caseWith();
    for (const tracking of ['123-45-6789', '123 45 6789', '123456789'])
      expect(
        changeAction(c, 'item-1', 'business-records', { kind: 'mailed', mailedOn: TODAY, tracking }, ids()),
      ).toEqual({ ok: false, problem: 'ssn_like' });
    const kept = changeAction(
      c,
      'item-1',
      'business-records',
      { kind: 'mailed', mailedOn: TODAY, tracking: '9407 1112 0620 1234 5678 90' },
      ids(),
    );
    if (!kept.ok) throw new Error(kept.problem);
    expect(kept.value.items[0]!.actions.find((a) => a.kind === 'business-records')?.tracking).toBe(
      '9407 1112 0620 1234 5678 90',
    );
  });
});

describe('reply-due reminders', () => {
  const settings = { timeZone: 'America/New_York', reminderTime: '09:00' };

  it('§609(e): mailed + 7 days of mail + 30 days; §605B (figure unconfirmed): mailed + 7 + 30 fallback', () => {
    expect(replyDueOn('2026-12-01', 'fcra-609e-records')).toBe('2027-01-07');
    expect(replyDueOn('2026-12-01', 'fcra-605b-block')).toBe('2027-01-07');
    expect(replyDueOn('not a date', 'fcra-609e-records')).toBeNull();
  });

  it('business days skip weekends', () => {
    // 2026-12-04 is a Friday: four business days later is Thursday the 10th.
    expect(addBusinessDays({ year: 2026, month: 12, day: 4 }, 4)).toEqual({ year: 2026, month: 12, day: 10 });
  });

  it('a mailed request gives one reminder with a known kind and a title naming the action and the dates', () => {
    const mailed = changeAction(
      caseWith(),
      'item-1',
      'business-records',
      { kind: 'mailed', mailedOn: '2026-12-01' },
      ids(),
    );
    if (!mailed.ok) throw new Error(mailed.problem);
    const list = recoveryReminders('p1', mailed.value, settings);
    expect(list).toHaveLength(1);
    const r = list[0]!;
    expect(REMINDER_KINDS).toContain(r.kind);
    expect(r).toMatchObject({ localDate: '2027-01-07', dueAt: '2027-01-07T14:00:00.000Z', stepId: null });
    expect(reminderTitle(r, 'en')).toBe(
      'Reply due by 2027-01-07 (mailed 2026-12-01, allowing for mail time): Ask the business for its records (§609(e))',
    );
    expect(reminderTitle(r, 'es')).toContain('Pida a la empresa sus registros');
    // Done: no reminder. Deriving again: the same id.
    expect(recoveryReminders('p1', mailed.value, settings)[0]?.id).toBe(r.id);
    const done = changeAction(mailed.value, 'item-1', 'business-records', { kind: 'status', status: 'done' }, ids());
    expect(done.ok && recoveryReminders('p1', done.value, settings)).toEqual([]);
  });
});

// ---- properties ----

describe('properties', () => {
  it('no accepted reference holds more than four digits or anything SSN-like', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.stringMatching(/^[\d -]{0,24}$/), (a, b) => {
        for (const ref of [a, b, `${a}${b}`]) {
          if (checkReference(ref) === null) {
            expect(ref.replace(/\D/g, '').length).toBeLessThanOrEqual(4);
            expect(looksLikeSsn(ref)).toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('any digit string of 5 to 19 digits is refused as a reference', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{5,19}$/), (n) => checkReference(n) !== null));
  });

  it('a random sequence of changes keeps every action known, in plan order, with its log only growing', () => {
    const change = fc.oneof(
      fc.record({
        kind: fc.constant('status' as const),
        status: fc.constantFrom('todo', 'in_progress', 'done', 'not_needed' as const),
      }),
      fc.record({
        kind: fc.constant('log' as const),
        who: fc.string({ maxLength: 10 }),
        on: fc.constant(TODAY),
        said: fc.string({ maxLength: 20 }),
      }),
      fc.record({ kind: fc.constant('mailed' as const), mailedOn: fc.constantFrom('2026-11-01', TODAY, '2027-01-01') }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ITEM_KINDS),
        fc.array(fc.tuple(fc.constantFrom(...ACTION_KINDS), change), { maxLength: 25 }),
        (kind, changes) => {
          let c = caseWith(kind);
          let logs = 0;
          changes.forEach(([action, ch], i) => {
            const r = changeAction(c, 'item-1', action, ch, ids(`e${i}`));
            if (!r.ok) return;
            c = r.value;
            const total = c.items[0]!.actions.reduce((n, a) => n + a.log.length, 0);
            expect(total).toBeGreaterThanOrEqual(logs);
            logs = total;
          });
          expect(c.items[0]!.actions.map((a) => a.kind)).toEqual(ITEM_PLANS[kind]);
          for (const a of c.items[0]!.actions) if (a.mailedOn) expect(a.mailedOn <= TODAY).toBe(true);
          for (const r of recoveryReminders('p1', c, { timeZone: 'UTC', reminderTime: '09:00' }))
            expect(REMINDER_KINDS).toContain(r.kind);
        },
      ),
      { numRuns: 200 },
    );
  });
});
