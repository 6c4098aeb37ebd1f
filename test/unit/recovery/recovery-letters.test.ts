import { describe, expect, it } from 'vitest';
import { BUREAUS } from '../../../electron/shared/core/bureaus';
import { makeItem } from '../../../electron/shared/core/recovery/case';
import {
  buildRecoveryLetter,
  formatDollars,
  LETTER_ACTION,
  LETTER_KINDS,
  letterForAction,
  type LetterInput,
  type RecoveryLetterContent,
} from '../../../electron/shared/core/recovery/letters';
import { buildCaseSummary } from '../../../electron/shared/core/recovery/summary';
import { changeAction } from '../../../electron/shared/core/recovery/case';
import { looksLikeSsn } from '../../../electron/shared/core/ssn';
import { actionChangeSchema } from '../../../electron/shared/contract/recovery-schemas';
import { replyDueOn } from '../../../electron/shared/core/recovery/reminders';
import type { RecoveryCase } from '../../../electron/shared/core/recovery/types';

const NOW = new Date('2027-03-01T15:00:00.000Z');
const chase = makeItem(
  { kind: 'new-account', company: 'Chase', noticedOn: '2027-02-20', amountCents: 250000, reference: '1234' },
  'item-chase-0001',
  NOW,
);
const amex = makeItem(
  { kind: 'new-account', company: 'American Express', noticedOn: '2027-02-21' },
  'item-amex-0001',
  NOW,
);
const tax = makeItem({ kind: 'tax-return', company: 'IRS', noticedOn: '2027-02-22' }, 'item-tax-00001', NOW);
const items = [chase, amex, tax];

/** Every word of a letter, as one string: what ends up on paper. */
function allText(c: RecoveryLetterContent): string {
  const l = c.letter;
  const paras = [
    l.date,
    l.subjectLine,
    ...l.body,
    l.items.heading,
    ...l.items.lines,
    l.asks.heading,
    ...l.asks.lines,
    ...l.enclosures.lines,
    ...l.after,
  ];
  if (l.statement) paras.push(l.statement);
  return [
    c.title,
    c.instructions.heading,
    ...c.instructions.lines,
    c.instructions.lawHeading,
    ...c.instructions.law,
    l.from.heading,
    `${l.from.name.label}: ${l.from.name.value}`,
    ...l.from.blanks.map((b) => b.label),
    l.to.name,
    l.to.address.kind === 'address' ? l.to.address.lines.join(' ') : l.to.address.label,
    ...paras.flatMap((p) => [p.text, p.translation ?? '']),
    c.footer,
  ].join('\n');
}

function letter(input: Partial<LetterInput> & Pick<LetterInput, 'kind'>): RecoveryLetterContent {
  const r = buildRecoveryLetter({
    language: 'en',
    date: '2027-03-01',
    profileName: 'Carmen Ruiz',
    item: chase,
    caseItems: items,
    ...input,
  });
  if (!r.ok) throw new Error(r.problem);
  return r.value;
}

const cases: Array<Pick<LetterInput, 'kind' | 'bureau'>> = [
  ...BUREAUS.map((bureau) => ({ kind: 'block-605b' as const, bureau })),
  { kind: 'dispute' },
  { kind: 'records-609e' },
  { kind: 'extended-alert', bureau: 'experian' },
];

describe('recovery letters', () => {
  for (const language of ['en', 'es'] as const) {
    for (const c of cases) {
      it(`${c.kind}${c.bureau ? ` to ${c.bureau}` : ''} (${language}) names the person, the company and the item, and holds no SSN`, () => {
        const text = allText(letter({ ...c, language }));
        expect(text).toContain('Carmen Ruiz');
        expect(text).toContain('Chase');
        expect(text).toContain(language === 'en' ? 'February 20, 2027' : '20 de febrero de 2027');
        expect(text).toContain('$2,500.00');
        expect(text).toContain(language === 'en' ? 'account ending 1234' : 'cuenta que termina en 1234');
        expect(looksLikeSsn(text)).toBe(false);
        // Blanks for the numbers Lockstep never keeps.
        expect(text).toContain('Social Security number');
        expect(text).toContain('Date of birth');
        if (language === 'es') {
          expect(text).toContain('Número de Seguro Social');
          expect(text).toContain('Antes de enviarla');
        }
      });
    }
  }

  it('the §605B request lists every item a bureau can block, and not a tax return', () => {
    const c = letter({ kind: 'block-605b', bureau: 'equifax' });
    const lines = c.letter.items.lines.map((l) => l.text);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('American Express');
    expect(lines.join(' ')).not.toContain('IRS');
    expect(c.letter.statement?.text).toMatch(/does not relate to any transaction/);
  });

  it('a company letter goes to the company with a box for its address; a bureau letter to the catalog address or a check', () => {
    const dispute = letter({ kind: 'dispute' });
    expect(dispute.letter.to.name).toBe('Chase');
    expect(dispute.letter.to.address.kind).toBe('check');
    const experian = letter({ kind: 'block-605b', bureau: 'experian' });
    expect(experian.letter.to.address).toEqual({
      kind: 'address',
      lines: ['Experian Security Freeze', 'P.O. Box 9554', 'Allen, TX 75013'],
    });
    expect(experian.instructions.lines.join(' ')).toMatch(
      /check on experian\.com where Experian takes identity theft requests/,
    );
    // The catalog could not confirm TransUnion's adult freeze address: never guessed.
    const tu = letter({ kind: 'block-605b', bureau: 'transunion' });
    expect(tu.letter.to.address.kind).toBe('check');
    expect(tu.instructions.lines.join(' ')).toMatch(/could not confirm TransUnion's mailing address.*transunion\.com/);
  });

  it('the instructions state the mail time as an assumption and cite the legal fact with its source', () => {
    const records = letter({ kind: 'records-609e' });
    const said = [...records.instructions.lines, ...records.instructions.law].join(' ');
    expect(said).toMatch(/7 days for the mail to arrive: an assumption/);
    expect(said).toMatch(/§609\(e\).*30 days.*Source: .*ftc\.gov/);
    const block = letter({ kind: 'block-605b', bureau: 'equifax' }).instructions.law.join(' ');
    // Not confirmed from an official source: the number of days is not stated.
    expect(block).toMatch(/How many days it has: check on the official site/);
  });

  it('refuses a letter the item has no action for, and a bureau where none belongs', () => {
    expect(
      buildRecoveryLetter({
        kind: 'block-605b',
        bureau: 'equifax',
        language: 'en',
        date: '2027-03-01',
        profileName: 'C',
        item: tax,
        caseItems: items,
      }),
    ).toEqual({ ok: false, problem: 'letter_not_for_item' });
    expect(
      buildRecoveryLetter({
        kind: 'dispute',
        bureau: 'equifax',
        language: 'en',
        date: '2027-03-01',
        profileName: 'C',
        item: chase,
        caseItems: items,
      }),
    ).toEqual({ ok: false, problem: 'letter_bureau' });
    expect(
      buildRecoveryLetter({
        kind: 'block-605b',
        language: 'en',
        date: '2027-03-01',
        profileName: 'C',
        item: chase,
        caseItems: items,
      }),
    ).toEqual({ ok: false, problem: 'letter_bureau' });
  });

  it('each letter belongs to a mailable action, so its mailing date and reminder are recorded there', () => {
    for (const kind of LETTER_KINDS) expect(letterForAction(LETTER_ACTION[kind])).toBe(kind);
    expect(letterForAction('call-fraud-dept')).toBeUndefined();
    expect(formatDollars(123456789)).toBe('$1,234,567.89');
    expect(formatDollars(5)).toBe('$0.05');
  });
});

describe('case summary', () => {
  const day = (iso: string) => iso.slice(0, 10);
  function withHistory(): RecoveryCase {
    let c: RecoveryCase = { openedAt: NOW.toISOString(), items: [chase, amex] };
    const step = (
      itemId: string,
      action: Parameters<typeof changeAction>[2],
      change: Parameters<typeof changeAction>[3],
      n: number,
    ) => {
      const r = changeAction(c, itemId, action, change, {
        entryId: `entry-${n}-abcdef`,
        now: NOW,
        today: '2027-03-01',
      });
      if (!r.ok) throw new Error(r.problem);
      c = r.value;
    };
    step(chase.id, 'call-fraud-dept', { kind: 'log', who: 'Agent Lee', on: '2027-02-24', said: 'Closed it' }, 1);
    step(chase.id, 'bureau-block', { kind: 'mailed', mailedOn: '2027-02-26', tracking: '9400 1000 0000' }, 2);
    step(amex.id, 'close-account', { kind: 'status', status: 'done' }, 3);
    return c;
  }

  it('dates every item, mailing, contact and settled action, oldest first, in both languages', () => {
    const en = buildCaseSummary({
      profileName: 'Carmen Ruiz',
      recoveryCase: withHistory(),
      language: 'en',
      date: '2027-03-01',
      localDay: day,
    });
    expect(en.title).toContain('Carmen Ruiz');
    expect(en.timeline.map((e) => e.date)).toEqual([...en.timeline.map((e) => e.date)].sort());
    const text = en.timeline.map((e) => `${e.day}: ${e.text}`).join('\n');
    expect(text).toContain('February 20, 2027: A new credit account or card: Chase: noticed');
    expect(text).toContain(
      "February 24, 2027: A new credit account or card: Chase. Call the company's fraud department: contact with Agent Lee. They said: Closed it",
    );
    expect(text).toContain('letter mailed (tracking 9400 1000 0000)');
    expect(text).toContain('American Express. Close or freeze the account: marked "Done"');
    const es = buildCaseSummary({
      profileName: 'Carmen Ruiz',
      recoveryCase: withHistory(),
      language: 'es',
      date: '2027-03-01',
      localDay: day,
    });
    expect(es.timelineHeading).toBe('Cronología');
    expect(es.timeline[0]!.day).toBe('20 de febrero de 2027');
    expect(es.intro.join(' ')).toMatch(/bóveda/);
  });

  it('with no case, it says so', () => {
    const s = buildCaseSummary({
      profileName: 'Ana',
      recoveryCase: null,
      language: 'en',
      date: '2027-03-01',
      localDay: day,
    });
    expect(s.items).toEqual([]);
    expect(s.emptyNote).toMatch(/Nothing has been added/);
  });
});

describe('mailing a letter', () => {
  it("the dispute and alert letters are mailable: their reply day is the mail time plus the app's own wait", () => {
    const c: RecoveryCase = { openedAt: NOW.toISOString(), items: [chase] };
    const ids = { entryId: 'entry-9-abcdef', now: NOW, today: '2027-03-01' };
    for (const action of ['close-account', 'extended-alert'] as const) {
      const r = changeAction(
        c,
        chase.id,
        action,
        { kind: 'mailed', mailedOn: '2027-03-01', tracking: ' EJ 1234 US ' },
        ids,
      );
      expect(r.ok && r.value.items[0]!.actions.find((a) => a.kind === action)).toMatchObject({
        mailedOn: '2027-03-01',
        tracking: 'EJ 1234 US',
        status: 'in_progress',
      });
    }
    // 7 days of mail (an assumption) + 30 days of Lockstep's wait: no legal figure is claimed.
    expect(replyDueOn('2027-03-01')).toBe('2027-04-07');
    // A call is not mailed.
    expect(changeAction(c, chase.id, 'call-fraud-dept', { kind: 'mailed', mailedOn: '2027-03-01' }, ids)).toEqual({
      ok: false,
      problem: 'not_mailable',
    });
  });

  it('a tracking number is letters, digits, spaces and dashes only (checked at the boundary)', () => {
    expect(
      actionChangeSchema.safeParse({ kind: 'mailed', mailedOn: '2027-03-01', tracking: '9400-1118 AB' }).success,
    ).toBe(true);
    expect(actionChangeSchema.safeParse({ kind: 'mailed', mailedOn: '2027-03-01', tracking: '<script>' }).success).toBe(
      false,
    );
    expect(
      actionChangeSchema.safeParse({ kind: 'mailed', mailedOn: '2027-03-01', tracking: 'x'.repeat(41) }).success,
    ).toBe(false);
  });
});
