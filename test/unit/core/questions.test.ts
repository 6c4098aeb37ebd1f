import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../electron/shared/core/catalog';
import { buildPlan } from '../../../electron/shared/core/plan';
import { CARRIERS, SUBJECTS } from '../../../electron/shared/core/catalog/types';
import { defaultAnswers, YES_NO_UNSURE } from '../../../electron/shared/core/interview';
import { questionsThatApply } from '../../../electron/shared/core/questions';

const ids = (answers: Parameters<typeof buildPlan>[0]) =>
  buildPlan(answers, CATALOG)
    .filter((i) => i.applies)
    .map((i) => `${i.step.id}:${i.notes.join(',')}`);

describe('the interview asks only what applies', () => {
  it('a child under 16 is asked neither about the phone account holder nor about a coming loan', () => {
    expect(questionsThatApply({ subject: 'minor', carrier: 'tmobile' }, CATALOG)).toEqual({
      primaryHolder: false,
      creditSoon: false,
    });
  });

  it('an adult T-Mobile customer is asked both; without a carrier, not the holder question', () => {
    expect(questionsThatApply({ subject: 'self', carrier: 'tmobile' }, CATALOG)).toEqual({
      primaryHolder: true,
      creditSoon: true,
    });
    expect(questionsThatApply({ subject: 'self', carrier: 'none' }, CATALOG).primaryHolder).toBe(false);
  });

  it('a question left out never changes the plan: every answer to it gives the same plan', () => {
    for (const subject of SUBJECTS) {
      for (const carrier of CARRIERS) {
        const asked = questionsThatApply({ subject, carrier }, CATALOG);
        const base = { ...defaultAnswers('myself'), subject, carrier, exposed: [] };
        if (!asked.primaryHolder) {
          const plans = YES_NO_UNSURE.map((primaryHolder) => ids({ ...base, primaryHolder }));
          for (const p of plans) expect(p, `${subject}/${carrier}`).toEqual(plans[0]);
        }
        if (!asked.creditSoon)
          expect(ids({ ...base, creditSoon: true }), `${subject}/${carrier}`).toEqual(
            ids({ ...base, creditSoon: false }),
          );
      }
    }
  });
});
