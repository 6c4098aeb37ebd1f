import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/shared/contract/dispatch';
import { createAppServices } from '../../../electron/services/app-services';
import { CATALOG } from '../../../electron/shared/core/catalog';
import type { Answers } from '../../../electron/shared/core/interview';
import { buildPlan } from '../../../electron/shared/core/plan';

/** Issue 18: the host counts the family overview, so the renderer's first screen needs no catalog. */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function start() {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-summaries-'));
  dirs.push(dir);
  let n = 0;
  const { handlers } = createAppServices({
    dataDir: dir,
    createBackend: (o) => new Conf(o),
    info: { version: '1', host: 'browser', dataDir: dir },
    openExternal: () => undefined,
    now: () => new Date('2026-12-02T10:00:00Z'),
    newId: () => `prof-${String(n++).padStart(4, '0')}`,
  });
  const call = async <T>(op: string, input: unknown): Promise<T> => {
    const r = await dispatch(handlers, op, input);
    if (!r.ok) throw new Error(`${op}: ${r.error.code}`);
    return r.value as T;
  };
  return { dir, handlers, call };
}

const maria: Answers = {
  breach: 'tmobile-postpaid',
  exposed: ['ssn', 'dob'],
  subject: 'self',
  carrier: 'tmobile',
  primaryHolder: 'yes',
  creditSoon: false,
};

interface Line {
  profileId: string;
  plan: { total: number; done: number; inProgress: number; next: { stepId: string; tier: string; title: string } | null } | null;
}

describe('profiles:summaries', () => {
  it('counts done, started and the next step with its tier, in the asked or saved language', async () => {
    const { call } = start();
    const { id } = await call<{ id: string }>('profiles:create', { name: 'Maria', relationship: 'myself' });
    const { id: none } = await call<{ id: string }>('profiles:create', { name: 'Ana', relationship: 'spouse' });
    await call('plan:saveAnswers', { profileId: id, answers: maria });
    const open = buildPlan(maria, CATALOG).filter((i) => i.applies);
    const [first, second, third] = open;
    await call('checklist:update', { profileId: id, stepId: first!.step.id, change: { kind: 'status', status: 'done' } });
    await call('checklist:update', {
      profileId: id,
      stepId: third!.step.id,
      change: { kind: 'status', status: 'in_progress' },
    });

    const en = await call<Line[]>('profiles:summaries', { language: 'en' });
    expect(en).toEqual([
      {
        profileId: id,
        plan: {
          total: open.length,
          done: 1,
          inProgress: 1,
          // A started step comes before one still to do (nextStep).
          next: { stepId: third!.step.id, tier: third!.step.tier, title: third!.step.title.en },
        },
      },
      { profileId: none, plan: null },
    ]);
    expect(second!.step.id).not.toBe(third!.step.id);
    const es = await call<Line[]>('profiles:summaries', { language: 'es' });
    expect(es[0]!.plan!.next!.title).toBe(third!.step.title.es);

    // Without a language: the saved one (the first screen asks before it knows it).
    expect((await call<Line[]>('profiles:summaries', {}))[0]!.plan!.next!.title).toBe(third!.step.title.en);
    await call('settings:update', { language: 'es' });
    expect((await call<Line[]>('profiles:summaries', {}))[0]!.plan!.next!.title).toBe(third!.step.title.es);
  });

  it('refuses a bad request with a validation error and writes nothing', async () => {
    const { dir, handlers, call } = start();
    await call('profiles:create', { name: 'Maria', relationship: 'myself' });
    const before = readFileSync(join(dir, 'lockstep.json'), 'utf8');
    for (const input of [{ language: 'fr' }, { language: 'en', extra: 1 }, 'en', null]) {
      const r = await dispatch(handlers, 'profiles:summaries', input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid_input');
    }
    expect(readFileSync(join(dir, 'lockstep.json'), 'utf8')).toBe(before);
  });

  it('an empty folder has no lines', async () => {
    const { call } = start();
    expect(await call('profiles:summaries', {})).toEqual([]);
  });
});
