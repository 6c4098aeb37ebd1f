import { describe, expect, it } from 'vitest';
import { isBureau } from '../../../electron/shared/core/bureaus';
import { CATALOG, SELF_FREEZE_STEPS, packetStepFor } from '../../../electron/shared/core/catalog';
import { PLAN_NOTES, TIERS, WIDGETS } from '../../../electron/shared/core/catalog/behaviour';
import { OFFICIAL_DOMAINS } from '../../../electron/shared/core/catalog/official-domains';
import { REMINDER_KIND_PATTERN } from '../../../electron/shared/core/reminders/types';
import { REMINDER_KINDS } from '../../../electron/shared/core/reminders/titles';
import { isOfficialUrl } from '../../../electron/shared/core/urls';
import { en } from '../i18n-all';
import { es } from '../i18n-all';

/** The declarations each step makes about its behaviour are complete and consistent. */
describe('catalog: declared behaviour', () => {
  it('every ordering hint names an official source and a note both languages can show', () => {
    const hints = CATALOG.flatMap((s) => (s.orderHints ?? []).map((h) => ({ id: s.id, ...h })));
    expect(hints.length).toBeGreaterThan(0);
    for (const h of hints) {
      expect(isOfficialUrl(h.source.url, OFFICIAL_DOMAINS), `${h.id}: ${h.source.url}`).toBe(true);
      expect(h.source.title.length, h.id).toBeGreaterThan(5);
      expect(PLAN_NOTES).toContain(h.note);
    }
    for (const note of PLAN_NOTES) {
      expect(en.notes[note], `en notes.${note}`).toBeTruthy();
      expect(es.notes[note], `es notes.${note}`).toBeTruthy();
    }
  });

  it('reminder rules are well formed, with a title in both languages', () => {
    for (const step of CATALOG)
      for (const rule of step.reminders ?? []) {
        const where = `${step.id}/${rule.kind}`;
        expect(rule.kind, where).toMatch(REMINDER_KIND_PATTERN);
        expect(rule.title.en.trim(), where).not.toBe('');
        expect(rule.title.es.trim(), where).not.toBe('');
        // Placeholders are the same in both languages, and an end-date placeholder has its parameter.
        const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        expect(holes(rule.title.es), where).toEqual(holes(rule.title.en));
        for (const hole of holes(rule.title.en))
          expect(
            ['step', 'bureau', 'round', rule.endParam, ...(rule.from === 'thaw' ? ['endsOn'] : [])],
            where,
          ).toContain(hole);
        // Exactly one way to place the date.
        const ways = [rule.after, rule.nextYearOn, rule.series, rule.from === 'thaw' ? 'thaw' : undefined].filter(
          Boolean,
        );
        expect(ways, where).toHaveLength(1);
        if (rule.nextYearOn) {
          expect(rule.nextYearOn.month, where).toBeGreaterThanOrEqual(1);
          expect(rule.nextYearOn.month, where).toBeLessThanOrEqual(12);
          expect(rule.nextYearOn.day, where).toBeLessThanOrEqual(28);
        }
        if (rule.from === 'thaw') expect(step.widgets, where).toContain('thaw-dates');
      }
  });

  it('a kind declared by several steps has one title, and the contract knows every kind', () => {
    const titles = new Map<string, string>();
    for (const step of CATALOG)
      for (const rule of step.reminders ?? []) {
        const seen = titles.get(rule.kind);
        if (seen) expect(JSON.stringify(rule.title), rule.kind).toBe(seen);
        titles.set(rule.kind, JSON.stringify(rule.title));
        expect(REMINDER_KINDS).toContain(rule.kind);
      }
    expect(REMINDER_KINDS).toEqual([...new Set(REMINDER_KINDS)]);
  });

  it('widgets are known, and a mail packet serves one of the three bureaus', () => {
    for (const step of CATALOG) {
      for (const w of step.widgets ?? []) expect(WIDGETS).toContain(w);
      if (step.widgets?.includes('mail-packet')) expect(isBureau(step.serves?.agency), step.id).toBe(true);
    }
  });

  it('finds each bureau’s mail-packet step, and one self-freeze step per agency', () => {
    for (const bureau of ['equifax', 'experian', 'transunion'] as const)
      expect(packetStepFor(bureau)?.serves?.agency).toBe(bureau);
    const agencies = SELF_FREEZE_STEPS.map((s) => s.serves?.agency);
    expect(agencies).toEqual([...new Set(agencies)]);
    expect(new Set(agencies)).toEqual(
      new Set(['equifax', 'experian', 'transunion', 'nctue', 'innovis', 'chexsystems', 'lexisnexis']),
    );
  });

  it('every freeze step checks the day after that the freeze took effect', () => {
    for (const step of CATALOG.filter((s) => s.serves?.freeze))
      expect(
        step.reminders?.map((r) => r.kind),
        step.id,
      ).toContain('confirm-freeze');
  });

  it('every step declares a tier; a step that moves to the plan start is in the first tier', () => {
    for (const step of CATALOG) expect(TIERS, step.id).toContain(step.tier);
    for (const step of CATALOG.filter((s) => s.orderHints?.some((h) => h.place === 'plan-start')))
      expect(step.tier, step.id).toBe('first');
    // The freezes a person places for themselves at the three main bureaus come first.
    const bureaus = SELF_FREEZE_STEPS.filter((s) => ['equifax', 'experian', 'transunion'].includes(s.serves!.agency));
    expect(bureaus.map((s) => s.tier)).toEqual(['first', 'first', 'first']);
    for (const tier of TIERS) {
      expect(en.tiers[tier].title, `en tiers.${tier}`).toBeTruthy();
      expect(es.tiers[tier].title, `es tiers.${tier}`).toBeTruthy();
    }
  });
});
