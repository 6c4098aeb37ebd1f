import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATALOG } from '../../../electron/shared/core/catalog';
import {
  defaultAnswers,
  effectiveExposures,
  type Answers,
} from '../../../electron/shared/core/interview';
import { DATA_TYPES } from '../../../electron/shared/core/catalog/types';
import { buildPlan } from '../../../electron/shared/core/plan';
import { answersArb } from '../arbitraries';

const base: Answers = {
  breach: 'tmobile-postpaid',
  exposed: [],
  subject: 'self',
  carrier: 'tmobile',
  primaryHolder: 'yes',
  creditSoon: false,
};
const ids = (a: Answers) =>
  buildPlan(a, CATALOG)
    .filter((i) => i.applies)
    .map((i) => i.step.id);
const order = (a: Answers) => buildPlan(a, CATALOG).map((i) => i.step.id);

describe('buildPlan', () => {
  it('lists every catalog step exactly once, whatever the answers', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const plan = order(a);
        expect(plan).toHaveLength(CATALOG.length);
        expect(new Set(plan).size).toBe(CATALOG.length);
      }),
    );
  });

  it('is pure: the same answers give the same plan', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(buildPlan(a, CATALOG)).toEqual(buildPlan(structuredClone(a), CATALOG));
      }),
    );
  });

  it('no applying step comes ahead of the first freeze without a sourced ordering hint', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const plan = buildPlan(a, CATALOG).filter((i) => i.applies);
        const firstFreeze = plan.findIndex((i) => i.step.serves?.freeze === true);
        if (firstFreeze < 0) return;
        for (const item of plan.slice(0, firstFreeze)) {
          const moved = (item.step.orderHints ?? []).filter((h) => h.place !== undefined);
          expect(moved.length, `${item.step.id} is ahead of the freezes`).toBeGreaterThan(0);
          for (const hint of moved) expect(hint.source.url).toMatch(/^https:\/\//u);
        }
      }),
    );
  });

  it('the official accounts (SSA, IRS, USPS) follow the credit freezes', () => {
    const plan = order(base);
    const lastFreeze = Math.max(
      ...['freeze-equifax', 'freeze-experian', 'freeze-transunion'].map((id) => plan.indexOf(id)),
    );
    for (const id of ['ssa-account', 'irs-ip-pin', 'usps-informed-delivery'])
      expect(plan.indexOf(id), id).toBeGreaterThan(lastFreeze);
  });

  it('one rule for the seven freezes: they apply when the SSN was exposed, for every agency alike', () => {
    const freezes = CATALOG.filter((s) => s.serves?.freeze && s.appliesTo.subjects.includes('self')).map((s) => s.id);
    expect(freezes).toHaveLength(7);
    const other: Answers = { ...base, breach: 'other', exposed: [] };
    expect(ids(other).filter((id) => freezes.includes(id))).toEqual([]);
    expect(
      ids({ ...other, exposed: ['ssn'] })
        .filter((id) => freezes.includes(id))
        .sort(),
    ).toEqual([...freezes].sort());
    expect(ids({ ...base, breach: 'tmobile-prepaid' }).filter((id) => freezes.includes(id))).toEqual([]);
    expect(
      ids({ ...base, breach: 'tmobile-former' })
        .filter((id) => freezes.includes(id))
        .sort(),
    ).toEqual([...freezes].sort());
  });

  it('prepaid: the PIN step comes first and says T-Mobile reset the exposed PIN', () => {
    expect(ids({ ...base, breach: 'tmobile-prepaid' })[0]).toBe('tmobile-pin');
    expect(
      buildPlan({ ...base, breach: 'tmobile-prepaid' }, CATALOG).find((i) => i.step.id === 'tmobile-pin')?.notes,
    ).toContain('prepaid-pin-reset');
    expect(ids({ ...base, breach: 'tmobile-postpaid' })[0]).toBe('freeze-equifax');
  });

  it('after a carrier breach NCTUE says why its file matters, without moving', () => {
    const plan = buildPlan(base, CATALOG);
    expect(plan.find((i) => i.step.id === 'freeze-nctue')?.notes).toContain('phone-accounts-file');
    const secondary = CATALOG.filter((s) => s.section === 'secondary').map((s) => s.id);
    expect(order(base).filter((id) => secondary.includes(id))).toEqual(secondary);
  });

  it('a self plan and a child plan differ: a child gets mail freezes, not online ones', () => {
    const adult = ids(base);
    const child = ids({ ...base, subject: 'minor' });
    expect(adult).toContain('freeze-equifax');
    expect(adult).not.toContain('minor-freeze-equifax');
    expect(child).toEqual(
      expect.arrayContaining(['minor-freeze-equifax', 'minor-freeze-experian', 'minor-freeze-transunion']),
    );
    expect(child).not.toContain('freeze-equifax');
    expect(child).not.toEqual(adult);
  });

  it('a relative who has died gets the deceased steps and no freeze or carrier steps', () => {
    const plan = ids({ ...base, subject: 'deceased' });
    expect(plan).toEqual(expect.arrayContaining(['deceased-ssa', 'deceased-bureaus']));
    expect(plan.filter((id) => id.startsWith('tmobile-') || id.startsWith('freeze-'))).toEqual([]);
  });

  it('shows the carrier steps of the chosen carrier only', () => {
    expect(ids(base)).toContain('tmobile-account-takeover');
    const verizon = ids({ ...base, carrier: 'verizon' });
    expect(verizon).toContain('verizon-number-lock');
    expect(verizon.filter((id) => id.startsWith('tmobile-'))).toEqual([]);
    expect(ids({ ...base, carrier: 'att' })).toContain('att-account-lock');
  });

  it('adds the thaw planner only when a loan, lease or new line is coming', () => {
    expect(ids(base)).not.toContain('thaw-planner');
    const soon = ids({ ...base, creditSoon: true });
    expect(soon).toContain('thaw-planner');
    // Next to the freezes: straight after the last applying bureau freeze.
    expect(soon.indexOf('thaw-planner')).toBeGreaterThan(soon.indexOf('freeze-transunion'));
  });

  it('offers the T-Mobile ID protection only after the T-Mobile breach', () => {
    expect(ids(base)).toContain('mcafee-id-protection');
    expect(ids({ ...base, breach: 'other' })).not.toContain('mcafee-id-protection');
  });

  it('flags steps only the primary holder can do when the user is not, or not sure', () => {
    const notes = (p: Answers['primaryHolder']) =>
      buildPlan({ ...base, primaryHolder: p }, CATALOG).find((i) => i.step.id === 'tmobile-pin')?.notes;
    expect(notes('yes')).not.toContain('ask-primary-holder');
    expect(notes('no')).toContain('ask-primary-holder');
    expect(notes('unsure')).toContain('check-primary-holder');
  });

  it('"not sure" assumes every data type was exposed; explicit ticks add to a group', () => {
    expect([...effectiveExposures({ breach: 'tmobile-unsure', exposed: [] })].sort()).toEqual([...DATA_TYPES].sort());
    expect(effectiveExposures({ breach: 'other', exposed: ['phone'] })).toEqual(new Set(['phone']));
    expect(effectiveExposures({ breach: 'tmobile-prepaid', exposed: ['ssn'] })).toEqual(
      new Set(['phone', 'account-pin', 'ssn']),
    );
  });

  it('starts the interview from the relationship', () => {
    expect(defaultAnswers('child').subject).toBe('minor');
    expect(defaultAnswers('spouse').subject).toBe('spouse');
    expect(defaultAnswers('myself').subject).toBe('self');
  });
});
