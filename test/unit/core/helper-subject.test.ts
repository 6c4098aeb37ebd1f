import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../electron/shared/core/catalog';
import { PLAN_NOTES } from '../../../electron/shared/core/catalog/behaviour';
import { SUBJECTS } from '../../../electron/shared/core/catalog/types';
import { defaultAnswers, type Answers } from '../../../electron/shared/core/interview';
import { buildPlan } from '../../../electron/shared/core/plan';
import { questionsThatApply } from '../../../electron/shared/core/questions';
import { RELATIONSHIPS } from '../../../electron/shared/core/profiles';
import { answersSchema } from '../../../electron/shared/contract/plan-schemas';
import { en } from '../i18n-all';
import { es } from '../i18n-all';

const dad: Answers = {
  breach: 'tmobile-postpaid',
  exposed: [],
  subject: 'assisted',
  carrier: 'tmobile',
  primaryHolder: 'yes',
  creditSoon: false,
};
const applying = (a: Answers) => buildPlan(a, CATALOG).filter((i) => i.applies);

describe('helping an adult without power of attorney (subject "assisted")', () => {
  it('gets the same steps as the person would for themselves: they do their own steps', () => {
    const own = applying({ ...dad, subject: 'self' }).map((i) => i.step.id);
    expect(applying(dad).map((i) => i.step.id)).toEqual(own);
  });

  it('gets none of the steps a representative does for someone (mailed protected-consumer freezes)', () => {
    const forRepresented = new Set(
      CATALOG.filter((s) => s.appliesTo.subjects.includes('represented') && !s.appliesTo.subjects.includes('self')).map(
        (s) => s.id,
      ),
    );
    expect(forRepresented.size).toBeGreaterThan(0);
    for (const item of applying(dad)) expect(forRepresented.has(item.step.id), item.step.id).toBe(false);
  });

  it('every step that checks the person’s own identity says only they can do it; no other step does', () => {
    for (const item of applying(dad)) {
      expect(item.notes.includes('person-does-it'), item.step.id).toBe(item.step.ownIdentity === true);
    }
    const withNote = applying(dad).filter((i) => i.notes.includes('person-does-it'));
    expect(withNote.map((i) => i.step.id)).toEqual(expect.arrayContaining(['freeze-equifax', 'tmobile-pin']));
    // The person themselves, or a spouse, is not told someone else must do it.
    for (const subject of ['self', 'spouse'] as const)
      for (const item of applying({ ...dad, subject })) expect(item.notes).not.toContain('person-does-it');
  });

  it('is still asked about the phone account holder and a coming loan', () => {
    expect(questionsThatApply(dad, CATALOG)).toEqual({ primaryHolder: true, creditSoon: true });
  });

  it('a PIN step for someone who is not the primary holder asks the holder; a full-access line is named where it may act', () => {
    const notes = (id: string, primaryHolder: Answers['primaryHolder']) =>
      buildPlan({ ...dad, primaryHolder }, CATALOG).find((i) => i.step.id === id)?.notes ?? [];
    expect(notes('tmobile-pin', 'no')).toEqual(['person-does-it', 'ask-primary-holder']);
    expect(notes('tmobile-account-takeover', 'no')).toContain('ask-primary-or-full-access');
    expect(notes('tmobile-account-takeover', 'unsure')).toContain('check-primary-or-full-access');
    expect(notes('tmobile-pin', 'yes')).toEqual(['person-does-it']);
  });

  it('no checklist line of a holder-only step assumes the reader is the primary holder', () => {
    for (const step of CATALOG.filter((s) => s.appliesTo.primaryHolderOnly)) {
      for (const line of step.haveReady) {
        expect(line.en, step.id).not.toMatch(/^your .*as the primary account holder/i);
        expect(line.es, step.id).not.toMatch(/^su .*como titular principal/i);
      }
    }
  });

  it('every plan note has words in both languages', () => {
    for (const note of PLAN_NOTES) {
      expect(en.notes[note], note).toBeTruthy();
      expect(es.notes[note], note).toBeTruthy();
    }
    for (const subject of SUBJECTS) {
      expect(en.interview.subject[subject], subject).toBeTruthy();
      expect(es.interview.subject[subject], subject).toBeTruthy();
    }
  });
});

describe('the first answer to "Whose plan" follows the profile’s relationship', () => {
  it('a parent or someone else is an adult the user helps, never "me"', () => {
    expect(defaultAnswers('parent').subject).toBe('assisted');
    expect(defaultAnswers('other').subject).toBe('assisted');
    expect(defaultAnswers('myself').subject).toBe('self');
    expect(defaultAnswers('child').subject).toBe('minor');
    expect(defaultAnswers('spouse').subject).toBe('spouse');
    for (const r of RELATIONSHIPS) expect(SUBJECTS).toContain(defaultAnswers(r).subject);
  });
});

describe('answers saved before the new choice still load', () => {
  it('every older subject is still valid, and the new one too', () => {
    for (const subject of ['self', 'minor', 'represented', 'spouse', 'deceased', 'assisted'])
      expect(answersSchema.safeParse({ ...dad, subject }).success, subject).toBe(true);
  });
});
