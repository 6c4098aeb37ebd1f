import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../electron/shared/contract/api';
import { dispatch } from '../../../electron/shared/contract/dispatch';
import type { ProfilePlan } from '../../../electron/shared/contract/plan-schemas';
import type { Profile, Relationship } from '../../../electron/shared/contract/schemas';
import { RELATIONSHIPS } from '../../../electron/shared/contract/enums';
import { CATALOG } from '../../../electron/shared/core/catalog';
import { STEP_STATUSES, type StepStatus } from '../../../electron/shared/core/checklist';
import { answersArb } from '../arbitraries';
import { createAppServices } from '../../../electron/services/app-services';
import { openStore } from '../../../electron/services/store/open-store';

/**
 * Model-based test (issue 5): random sequences of checklist operations through the real handlers
 * (a real Conf in a temp folder) against a plain in-memory model, compared after every command;
 * at the end a fresh open of the folder must read the same state.
 */
const RUNS = Number(process.env.LOCKSTEP_MODEL_RUNS ?? 60);

// ---- the model: deliberately simple, written from the spec rather than from the code ----

interface Progress {
  status: StepStatus;
  doneAt?: string;
  skipReason?: string;
  note?: string;
  subStepsDone: string[];
  updatedAt: string;
}
interface Plan {
  answers: ProfilePlan['answers'];
  checklist: Record<string, Progress>;
  undo: { stepId: string; previous: Progress | null } | null;
}
interface Model {
  profiles: Profile[];
  plans: Map<string, Plan>;
  deleted: string[];
  nextId: number;
}

interface Real {
  handlers: Handlers;
  dir: string;
  clock: { now: Date };
  nextId: { n: number };
}

const emptyPlan = (): Plan => ({ answers: null, checklist: {}, undo: null });
const planOf = (m: Model, id: string) => m.plans.get(id) ?? emptyPlan();

/** Records a change to one step: the new progress, and the old one for undo. */
function changeStep(m: Model, profileId: string, stepId: string, next: (prev: Progress) => Progress, now: string) {
  const plan = planOf(m, profileId);
  const previous = plan.checklist[stepId] ?? null;
  const base: Progress = previous ?? { status: 'todo', subStepsDone: [], updatedAt: now };
  m.plans.set(profileId, {
    ...plan,
    checklist: { ...plan.checklist, [stepId]: { ...next(structuredClone(base)), updatedAt: now } },
    undo: { stepId, previous },
  });
}

// ---- commands ----

type Cmd = fc.AsyncCommand<Model, Real>;

async function call(r: Real, op: string, input: unknown) {
  return dispatch(r.handlers, op, input);
}
function expectOk<T>(result: Awaited<ReturnType<typeof dispatch>>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${JSON.stringify(result.error.params)}`);
  return result.value as T;
}
const tick = (r: Real) => {
  r.clock.now = new Date(r.clock.now.getTime() + 61_000);
  return r.clock.now.toISOString();
};
const pick = <T>(xs: readonly T[], k: number): T => xs[k % xs.length] as T;

/** After every command: every profile's plan, the list, and deleted profiles all match the model. */
async function expectSame(m: Model, r: Real) {
  expect(expectOk(await call(r, 'profiles:list', undefined))).toEqual(m.profiles);
  for (const p of m.profiles)
    expect(expectOk(await call(r, 'plan:get', { profileId: p.id })), `plan of ${p.id}`).toEqual(planOf(m, p.id));
  for (const id of m.deleted.slice(-3)) {
    const gone = await call(r, 'plan:get', { profileId: id });
    expect(gone.ok ? 'ok' : gone.error.code).toBe('profile_not_found');
  }
}

class CreateProfile implements Cmd {
  constructor(
    readonly name: string,
    readonly relationship: Relationship,
  ) {}
  check = (m: Readonly<Model>) => m.profiles.length < 4;
  async run(m: Model, r: Real) {
    const now = tick(r);
    const id = `prof-${String(m.nextId++).padStart(4, '0')}`;
    const expected: Profile = {
      id,
      name: this.name.trim(),
      relationship: this.relationship,
      createdAt: now,
      updatedAt: now,
    };
    expect(expectOk(await call(r, 'profiles:create', { name: this.name, relationship: this.relationship }))).toEqual(
      expected,
    );
    m.profiles.push(expected);
    await expectSame(m, r);
  }
  toString = () => `create(${JSON.stringify(this.name)}, ${this.relationship})`;
}

class DeleteProfile implements Cmd {
  constructor(readonly k: number) {}
  check = (m: Readonly<Model>) => m.profiles.length > 0;
  async run(m: Model, r: Real) {
    tick(r);
    const { id } = pick(m.profiles, this.k);
    expect(expectOk(await call(r, 'profiles:delete', { id }))).toEqual({ id });
    m.profiles = m.profiles.filter((p) => p.id !== id);
    m.plans.delete(id);
    m.deleted.push(id);
    await expectSame(m, r);
  }
  toString = () => `delete(#${this.k})`;
}

class SaveAnswers implements Cmd {
  constructor(
    readonly k: number,
    readonly answers: NonNullable<ProfilePlan['answers']>,
  ) {}
  check = (m: Readonly<Model>) => m.profiles.length > 0;
  async run(m: Model, r: Real) {
    tick(r);
    const { id } = pick(m.profiles, this.k);
    m.plans.set(id, { ...planOf(m, id), answers: this.answers });
    expect(expectOk(await call(r, 'plan:saveAnswers', { profileId: id, answers: this.answers }))).toEqual(
      planOf(m, id),
    );
    await expectSame(m, r);
  }
  toString = () => `saveAnswers(#${this.k}, ${JSON.stringify(this.answers)})`;
}

class SetStatus implements Cmd {
  constructor(
    readonly k: number,
    readonly stepId: string,
    readonly status: StepStatus,
    readonly reason: string,
  ) {}
  check = (m: Readonly<Model>) => m.profiles.length > 0;
  async run(m: Model, r: Real) {
    const now = tick(r);
    const { id } = pick(m.profiles, this.k);
    const change =
      this.status === 'skipped'
        ? { kind: 'status', status: this.status, skipReason: this.reason }
        : { kind: 'status', status: this.status };
    const result = await call(r, 'checklist:update', { profileId: id, stepId: this.stepId, change });
    expectOk(result);
    changeStep(
      m,
      id,
      this.stepId,
      (prev) => {
        const { doneAt: _d, skipReason: _s, ...rest } = prev;
        return {
          ...rest,
          status: this.status,
          ...(this.status === 'done' ? { doneAt: now } : {}),
          ...(this.status === 'skipped' ? { skipReason: this.reason.trim() } : {}),
          updatedAt: now,
        };
      },
      now,
    );
    await expectSame(m, r);
  }
  toString = () => `status(#${this.k}, ${this.stepId}, ${this.status}, ${JSON.stringify(this.reason)})`;
}

class SkipWithoutReason implements Cmd {
  constructor(
    readonly k: number,
    readonly stepId: string,
    readonly reason: string | undefined,
  ) {}
  check = (m: Readonly<Model>) => m.profiles.length > 0;
  async run(m: Model, r: Real) {
    tick(r);
    const { id } = pick(m.profiles, this.k);
    const change =
      this.reason === undefined
        ? { kind: 'status', status: 'skipped' }
        : { kind: 'status', status: 'skipped', skipReason: this.reason };
    const result = await call(r, 'checklist:update', { profileId: id, stepId: this.stepId, change });
    expect(result.ok ? 'ok' : result.error.code).toBe('skip_reason_required');
    await expectSame(m, r);
  }
  toString = () => `skipWithoutReason(#${this.k}, ${this.stepId}, ${JSON.stringify(this.reason)})`;
}

class SetNote implements Cmd {
  constructor(
    readonly k: number,
    readonly stepId: string,
    readonly note: string,
  ) {}
  check = (m: Readonly<Model>) => m.profiles.length > 0;
  async run(m: Model, r: Real) {
    const now = tick(r);
    const { id } = pick(m.profiles, this.k);
    expectOk(
      await call(r, 'checklist:update', {
        profileId: id,
        stepId: this.stepId,
        change: { kind: 'note', note: this.note },
      }),
    );
    changeStep(
      m,
      id,
      this.stepId,
      (prev) => {
        const { note: _n, ...rest } = prev;
        return this.note.trim() ? { ...rest, note: this.note.trim() } : rest;
      },
      now,
    );
    await expectSame(m, r);
  }
  toString = () => `note(#${this.k}, ${this.stepId}, ${JSON.stringify(this.note)})`;
}

class SsnNote implements Cmd {
  constructor(
    readonly k: number,
    readonly stepId: string,
  ) {}
  check = (m: Readonly<Model>) => m.profiles.length > 0;
  async run(m: Model, r: Real) {
    tick(r);
    const { id } = pick(m.profiles, this.k);
    const result = await call(r, 'checklist:update', {
      profileId: id,
      stepId: this.stepId,
      change: { kind: 'note', note: 'SSN 078-05-1120' },
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('ssn_like');
    await expectSame(m, r);
  }
  toString = () => `ssnNote(#${this.k}, ${this.stepId})`;
}

class TickSubStep implements Cmd {
  constructor(
    readonly k: number,
    readonly stepId: string,
    readonly subStepId: string,
    readonly done: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.profiles.length > 0;
  async run(m: Model, r: Real) {
    const now = tick(r);
    const { id } = pick(m.profiles, this.k);
    expectOk(
      await call(r, 'checklist:update', {
        profileId: id,
        stepId: this.stepId,
        change: { kind: 'subStep', subStepId: this.subStepId, done: this.done },
      }),
    );
    changeStep(
      m,
      id,
      this.stepId,
      (prev) => ({
        ...prev,
        subStepsDone: [
          ...prev.subStepsDone.filter((s) => s !== this.subStepId),
          ...(this.done ? [this.subStepId] : []),
        ],
        // Ticking the first sub-step of an untouched step starts it.
        status: this.done && prev.status === 'todo' ? 'in_progress' : prev.status,
      }),
      now,
    );
    await expectSame(m, r);
  }
  toString = () => `tick(#${this.k}, ${this.stepId}/${this.subStepId}, ${this.done})`;
}

/** Undo names the step it undoes: the last change's step (usually) or another one, which is refused. */
class Undo implements Cmd {
  constructor(
    readonly k: number,
    readonly other: number | null,
  ) {}
  check = (m: Readonly<Model>) => m.profiles.length > 0;
  async run(m: Model, r: Real) {
    tick(r);
    const { id } = pick(m.profiles, this.k);
    const plan = planOf(m, id);
    const stepId = this.other === null ? (plan.undo?.stepId ?? STEPS[0]!) : STEPS[this.other % STEPS.length]!;
    const result = await call(r, 'checklist:undo', { profileId: id, stepId });
    if (!plan.undo || plan.undo.stepId !== stepId) {
      expect(result.ok ? 'ok' : result.error.code).toBe('nothing_to_undo');
    } else {
      expectOk(result);
      const { [plan.undo.stepId]: _changed, ...rest } = plan.checklist;
      const checklist = plan.undo.previous ? { ...rest, [plan.undo.stepId]: plan.undo.previous } : rest;
      m.plans.set(id, { ...plan, checklist, undo: null });
    }
    await expectSame(m, r);
  }
  toString = () => `undo(#${this.k}, ${this.other ?? 'last'})`;
}

// ---- generators ----

// A few steps, so changes pile up on the same ones; the sub-step steps are the ones with sub-steps.
const STEPS = CATALOG.slice(0, 4).map((s) => s.id);
const SUB = CATALOG.filter((s) => s.subSteps.length > 0)
  .slice(0, 3)
  .flatMap((s) => s.subSteps.slice(0, 3).map((x) => [s.id, x.id] as const));
const who = fc.nat({ max: 7 });
const step = fc.constantFrom(...STEPS);
const word = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,15}$/);
const text = fc.oneof(word, fc.constantFrom('', '   ', '  padded  ', 'Llamé a Equifax', '已完成'));
const answers = answersArb;

const commands = [
  fc
    .tuple(fc.oneof(word, fc.constantFrom('  Ana María ', '李小龍')), fc.constantFrom(...RELATIONSHIPS))
    .map(([n, rel]) => new CreateProfile(n, rel)),
  who.map((k) => new DeleteProfile(k)),
  fc.tuple(who, answers).map(([k, a]) => new SaveAnswers(k, a)),
  fc.tuple(who, step, fc.constantFrom(...STEP_STATUSES), word).map(([k, s, st, why]) => new SetStatus(k, s, st, why)),
  fc.tuple(who, step, fc.constantFrom(undefined, '', '   ')).map(([k, s, why]) => new SkipWithoutReason(k, s, why)),
  fc.tuple(who, step, text).map(([k, s, t]) => new SetNote(k, s, t)),
  fc.tuple(who, step).map(([k, s]) => new SsnNote(k, s)),
  fc.tuple(who, fc.constantFrom(...SUB), fc.boolean()).map(([k, [s, sub], done]) => new TickSubStep(k, s, sub, done)),
  fc.tuple(who, fc.option(fc.nat(), { freq: 3 })).map(([k, other]) => new Undo(k, other)),
];

describe('the checklist through the real handlers, against a model', () => {
  it('the catalog offers the steps and sub-steps the commands need', () => {
    expect(STEPS.length).toBe(4);
    expect(SUB.length).toBeGreaterThanOrEqual(3);
  });

  it(
    `agrees with the model after every command, and a fresh open reads the same state (${RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: 40 }), async (cmds) => {
          const dir = mkdtempSync(join(tmpdir(), 'lockstep-model-'));
          try {
            const clock = { now: new Date('2026-01-01T00:00:00.000Z') };
            const nextId = { n: 0 };
            const { handlers } = createAppServices({
              dataDir: dir,
              createBackend: (o) => new Conf(o),
              info: { version: '1', host: 'browser', dataDir: dir },
              openExternal: () => undefined,
              now: () => clock.now,
              newId: () => `prof-${String(nextId.n++).padStart(4, '0')}`,
            });
            const model: Model = { profiles: [], plans: new Map(), deleted: [], nextId: 0 };
            const real: Real = { handlers, dir, clock, nextId };
            await fc.asyncModelRun(() => ({ model, real }), cmds);

            // Durability: everything confirmed is on disk; a fresh open reads exactly the model.
            const fresh = openStore(
              dir,
              (o) => new Conf(o),
              () => clock.now,
            );
            expect(fresh.report).toEqual({ kind: 'ok' });
            expect(fresh.store.read().profiles).toEqual(model.profiles);
            expect(fresh.store.read().plans).toEqual(Object.fromEntries(model.plans));
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        }),
        { numRuns: RUNS },
      );
    },
    Math.max(60_000, RUNS * 1_000),
  );
});
