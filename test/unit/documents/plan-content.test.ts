import { describe, expect, it } from 'vitest';
import { CATALOG, getStep } from '../../../electron/shared/core/catalog';
import { progressOf, type Checklist, type StepProgress } from '../../../electron/shared/core/checklist';
import { buildPlanDocument, type PlanDocContent } from '../../../electron/shared/core/documents/plan-content';
import type { Answers } from '../../../electron/shared/core/interview';
import { buildPlan } from '../../../electron/shared/core/plan';

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

  it('carries each step’s official phone numbers and website hosts', () => {
    for (const s of steps(doc())) {
      const step = getStep(s.id)!;
      expect(s.phones.map((p) => p.number)).toEqual(step.phones.map((p) => p.number));
      for (const link of step.urls)
        expect(s.sites.map((x) => x.host)).toContain(new URL(link.url).hostname.replace(/^www\./, ''));
    }
    const equifax = steps(doc()).find((s) => s.id === 'freeze-equifax')!;
    expect(equifax.phones).toEqual([{ number: '1-888-298-0045', label: 'Equifax freeze line' }]);
    expect(equifax.sites).toEqual([{ host: 'equifax.com', label: "Equifax's credit freeze page" }]);
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
    const en = doc();
    expect(en.title).toBe('Lockstep plan for Dad');
    expect(en.preparedOn).toBe('Printed on November 23, 2026');
  });
});
