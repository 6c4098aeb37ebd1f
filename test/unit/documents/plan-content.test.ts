import { describe, expect, it } from 'vitest';
import { CATALOG, getStep } from '../../../electron/shared/core/catalog';
import { progressOf, type Checklist, type StepProgress } from '../../../electron/shared/core/checklist';
import { buildPlanDocument, type PlanDocContent } from '../../../electron/shared/core/documents/plan-content';
import type { Answers } from '../../../electron/shared/core/interview';
import { buildPlan } from '../../../electron/shared/core/plan';
import { TIERS } from '../../../electron/shared/core/plan-tiers';

const ANSWERS: Answers = {
  breach: 'tmobile-postpaid',
  exposed: [],
  subject: 'self',
  carrier: 'tmobile',
  primaryHolder: 'yes',
  creditSoon: true,
};
const T = '2026-11-01T10:00:00.000Z';
const progress = (over: Partial<StepProgress>): StepProgress => ({
  status: 'todo',
  subStepsDone: [],
  updatedAt: T,
  ...over,
});

const NOTE = 'Spare key under the blue flowerpot, mother maiden name Quimby';
const SKIP = 'Waiting for Aunt Philippa to call back';
const CHECKLIST: Checklist = {
  'freeze-equifax': progress({ status: 'done', doneAt: T, note: NOTE }),
  'freeze-experian': progress({ status: 'in_progress', subStepsDone: ['place'] }),
  'freeze-transunion': progress({ status: 'skipped', skipReason: SKIP }),
  'thaw-planner': progress({ status: 'not_applicable' }),
};

const doc = (over: Partial<Parameters<typeof buildPlanDocument>[0]> = {}) =>
  buildPlanDocument({
    profileName: 'Dad',
    answers: ANSWERS,
    checklist: CHECKLIST,
    language: 'en',
    date: '2026-11-23',
    ...over,
  });
const steps = (c: PlanDocContent) => c.sections.flatMap((s) => s.steps);

describe('buildPlanDocument', () => {
  it('lists every applying step once, in plan order, leaving out those marked "does not apply"', () => {
    const expected = buildPlan(ANSWERS, CATALOG)
      .filter((i) => i.applies && i.step.id !== 'thaw-planner')
      .map((i) => i.step.id);
    expect(steps(doc()).map((s) => s.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(10);
  });

  it('ticks only done steps and names the others’ status', () => {
    const byId = new Map(steps(doc()).map((s) => [s.id, s]));
    expect(byId.get('freeze-equifax')).toMatchObject({ done: true, statusLabel: 'Done' });
    expect(byId.get('freeze-experian')).toMatchObject({ done: false, statusLabel: 'Started' });
    expect(byId.get('freeze-transunion')).toMatchObject({ done: false, statusLabel: 'Skipped for now' });
    const untouched = [...byId.values()].find((s) => !CHECKLIST[s.id]);
    expect(untouched).toMatchObject({ done: false, statusLabel: '' });
    expect([...byId.values()].filter((s) => s.done).map((s) => s.id)).toEqual(['freeze-equifax']);
  });

  it('carries each step’s official phone numbers and full web addresses (https://…)', () => {
    for (const s of steps(doc())) {
      const step = getStep(s.id)!;
      expect(s.phones.map((p) => p.number)).toEqual(step.phones.map((p) => p.number));
      expect(s.sites.map((x) => x.url)).toEqual([...new Set(step.urls.map((u) => u.url))]);
      for (const site of s.sites) expect(site.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/);
    }
    const equifax = steps(doc()).find((s) => s.id === 'freeze-equifax')!;
    expect(equifax.phones).toEqual([{ number: '1-888-298-0045', label: 'Equifax freeze line' }]);
    expect(equifax.sites).toEqual([
      {
        url: 'https://www.equifax.com/personal/credit-report-services/credit-freeze/',
        label: "Equifax's credit freeze page",
      },
    ]);
  });

  it('says what to do for every step, in one or two sentences of the step’s own text', () => {
    for (const language of ['en', 'es'] as const) {
      for (const s of steps(doc({ language }))) {
        const step = getStep(s.id)!;
        const own = step.subSteps.map((x) => x.text[language]).join(' ');
        expect(s.action.trim(), s.id).not.toBe('');
        expect(own.startsWith(s.action), `${s.id}: ${s.action}`).toBe(true);
        // One or two sentences: at most two sentence ends followed by more text.
        expect(s.action.split(/[.!?]\s+(?=[\p{Lu}¿¡“])/u).length, s.id).toBeLessThanOrEqual(2);
        expect(s.action.length, s.id).toBeLessThanOrEqual(260);
      }
    }
    const equifax = steps(doc()).find((s) => s.id === 'freeze-equifax')!;
    expect(equifax.action).toBe('Create or sign in to a myEquifax account. Place the freeze.');
    // "a.m." and "P.O." do not end a sentence.
    const ftc = steps(doc()).find((s) => s.id === 'report-identity-theft');
    if (ftc) expect(ftc.action).not.toMatch(/a\.m\.$/);
  });

  it('prints the full mailing address where the catalog has one, and "check" where it is unverified', () => {
    const all = [...steps(doc()), ...steps(doc({ answers: { ...ANSWERS, subject: 'minor' }, checklist: {} }))];
    for (const s of all) {
      const mail = getStep(s.id)!.mail;
      if (!mail) expect(s.mail, s.id).toBeUndefined();
      else if (mail.verified) expect(s.mail, s.id).toEqual({ kind: 'address', text: mail.lines.join(', ') });
      else {
        expect(s.mail?.kind, s.id).toBe('check');
        expect(s.mail?.text, s.id).toMatch(
          mail.copyFrom ? /^Copy the address printed on/ : /check on the official site/,
        );
      }
    }
    const equifax = all.find((s) => s.id === 'freeze-equifax')!;
    expect(equifax.mail).toEqual({
      kind: 'address',
      text: 'Equifax Information Services LLC, P.O. Box 105788, Atlanta, GA 30348',
    });
    const child = all.find((s) => s.id === 'minor-freeze-equifax')!;
    expect(child.mail?.text).toContain('https://www.equifax.com/personal/credit-report-services/credit-freeze/');
  });

  it('lists what to have ready, and what to check on the official site', () => {
    for (const s of steps(doc({ language: 'es' }))) {
      const step = getStep(s.id)!;
      expect(s.haveReady).toEqual(step.haveReady.map((t) => t.es));
      expect(s.checkOnSite).toEqual((step.checkOnOfficialSite ?? []).map((t) => t.es));
    }
  });

  it('never includes notes or skip reasons', () => {
    const text = JSON.stringify(doc());
    expect(text).not.toContain('flowerpot');
    expect(text).not.toContain('Quimby');
    expect(text).not.toContain('Philippa');
  });

  it('counts progress like the app does', () => {
    const { overall } = progressOf(buildPlan(ANSWERS, CATALOG), CHECKLIST);
    expect(doc().progress).toBe(`${overall.done} of ${overall.total} steps done`);
    expect(doc({ language: 'es' }).progress).toBe(`${overall.done} de ${overall.total} pasos hechos`);
  });

  it('follows the plan order: a prepaid plan (no freezes) starts with the carrier PIN', () => {
    const c = doc({ answers: { ...ANSWERS, breach: 'tmobile-prepaid' }, checklist: {} });
    expect(c.sections[0]?.id).toBe('first');
    expect(c.sections[0]?.steps[0]?.id).toBe('tmobile-pin');
    expect(new Set(c.sections.map((s) => s.id)).size).toBe(c.sections.length);
  });

  it('groups the steps by tier, in tier order, as the screen does', () => {
    const c = doc();
    expect(c.sections.map((s) => s.id)).toEqual(['first', 'week', 'when-you-can', 'yearly']);
    expect(c.sections.map((s) => s.title)).toEqual([
      expect.stringMatching(/^Do these first \(about \d+ minutes\)$/),
      'This week',
      'When you can',
      'Every year',
    ]);
    // A child's plan too: whatever tiers it has come in the same order.
    const child = doc({ answers: { ...ANSWERS, subject: 'minor' }, checklist: {} }).sections.map((s) => s.id);
    expect(child).toEqual(TIERS.filter((t) => child.includes(t)));
    for (const section of c.sections)
      for (const step of section.steps) expect(getStep(step.id)?.tier, step.id).toBe(section.id);
    expect(c.sections[0]?.title).toBe('Do these first (about 25 minutes)');
  });

  it('a minor’s plan has the three by-mail bureau steps', () => {
    const c = doc({ answers: { ...ANSWERS, subject: 'minor' }, checklist: {} });
    expect(steps(c).map((s) => s.id)).toEqual(
      expect.arrayContaining(['minor-freeze-equifax', 'minor-freeze-experian', 'minor-freeze-transunion']),
    );
  });

  it('speaks the profile’s language', () => {
    const es = doc({ language: 'es' });
    expect(es.title).toBe('Plan de Lockstep para Dad');
    expect(es.preparedOn).toBe('Impreso el 23 de noviembre de 2026');
    const equifax = steps(es).find((s) => s.id === 'freeze-equifax')!;
    expect(equifax.title).toBe(getStep('freeze-equifax')!.title.es);
    expect(equifax.statusLabel).toBe('Hecho');
    expect(equifax.phones[0]?.label).toBe('Línea de congelamiento de Equifax');
    expect(es.sections.map((s) => s.title)).toContain('Esta semana');
    expect(es.sections[0]?.title).toMatch(/^Haga esto primero \(unos \d+ minutos\)$/u);
    expect(es.mailLabel).toBe('Por correo');
    expect(es.readyLabel).toBe('Tenga a mano');
    expect(es.pageNote).toBe('Dad · 23 de noviembre de 2026');
    expect(equifax.action).toBe('Cree o abra una cuenta myEquifax. Active el congelamiento.');
    expect(equifax.sites[0]?.label).toBe('La página de congelamiento de Equifax');
    expect(equifax.mail?.kind).toBe('address');
    const en = doc();
    expect(en.title).toBe('Lockstep plan for Dad');
    expect(en.preparedOn).toBe('Printed on November 23, 2026');
    expect(en.pageNote).toBe('Dad · November 23, 2026');
  });
});
