import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATALOG } from '../../../electron/shared/core/catalog';
import { CARRIERS, DATA_TYPES, SUBJECTS } from '../../../electron/shared/core/catalog/types';
import {
  BREACH_GROUPS,
  YES_NO_UNSURE,
  defaultAnswers,
  effectiveExposures,
  type Answers,
} from '../../../electron/shared/core/interview';
import { buildPlan } from '../../../electron/shared/core/plan';

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

const answersArb: fc.Arbitrary<Answers> = fc.record({
  breach: fc.constantFrom(...BREACH_GROUPS),
  exposed: fc.uniqueArray(fc.constantFrom(...DATA_TYPES)),
  subject: fc.constantFrom(...SUBJECTS),
  carrier: fc.constantFrom(...CARRIERS),
  primaryHolder: fc.constantFrom(...YES_NO_UNSURE),
  creditSoon: fc.boolean(),
});

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

  it('puts the steps whose identity checks read credit files before every credit freeze', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const plan = order(a);
        const lastFirst = Math.max(
          ...['ssa-account', 'irs-ip-pin', 'usps-informed-delivery'].map((id) => plan.indexOf(id)),
        );
        const firstFreeze = Math.min(
          ...['freeze-equifax', 'freeze-experian', 'freeze-transunion'].map((id) => plan.indexOf(id)),
        );
        expect(lastFirst).toBeGreaterThanOrEqual(0);
        expect(lastFirst).toBeLessThan(firstFreeze);
      }),
    );
  });

  it('gives the prepaid group the PIN step first', () => {
    expect(ids({ ...base, breach: 'tmobile-prepaid' })[0]).toBe('tmobile-pin');
    expect(buildPlan({ ...base, breach: 'tmobile-prepaid' }, CATALOG)[0]?.notes).toContain('prepaid-first');
    expect(ids({ ...base, breach: 'tmobile-postpaid' })[0]).not.toBe('tmobile-pin');
  });

  it('ranks NCTUE first among the secondary freezes after a carrier breach', () => {
    const plan = ids(base);
    const secondary = CATALOG.filter((s) => s.section === 'secondary').map((s) => s.id);
    const firstSecondary = plan.find((id) => secondary.includes(id));
    expect(firstSecondary).toBe('freeze-nctue');
    expect(buildPlan(base, CATALOG).find((i) => i.step.id === 'freeze-nctue')?.notes).toContain(
      'high-after-carrier-breach',
    );
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
