/**
 * The Node-side measurements for `npm run bench`, bundled by esbuild at bench time so they use the
 * real services: durable store writes, plan generation, vault unlock/reveal, reminder planning.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { createAppServices } from '../../electron/services/app-services';
import { CATALOG } from '../../electron/shared/core/catalog';
import { BREACH_GROUPS, type Answers } from '../../electron/shared/core/interview';
import { buildPlan } from '../../electron/shared/core/plan';

export { benchVault } from './vault-bench';
export { benchNextDue } from './reminders-bench';

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const median = (xs: number[]) => percentile(xs, 50);

function answersFor(i: number): Answers {
  return {
    breach: BREACH_GROUPS[i % BREACH_GROUPS.length]!,
    exposed: [],
    subject: i % 7 === 0 ? 'minor' : 'self',
    carrier: (['tmobile', 'verizon', 'att', 'other', 'none'] as const)[i % 5]!,
    primaryHolder: 'yes',
    creditSoon: i % 3 === 0,
  };
}

/** A store of 50 profiles, each with answers and a few checklist entries. */
export async function seedServices(dir: string) {
  const services = createAppServices({
    dataDir: dir,
    createBackend: (o) => new Conf(o),
    info: { version: 'bench', host: 'browser', dataDir: dir },
    openExternal: () => undefined,
  });
  const call = async (op: string, input?: unknown) => {
    const r = await services.call(op, input);
    if (!r.ok) throw new Error(`${op}: ${r.error.code} ${JSON.stringify(r.error.params)}`);
    return r.value as { id: string };
  };
  const ids: string[] = [];
  for (let i = 0; i < 50; i++) {
    const p = await call('profiles:create', { name: `Person ${i}`, relationship: 'myself' });
    ids.push(p.id);
    await call('plan:saveAnswers', { profileId: p.id, answers: answersFor(i) });
    for (const stepId of ['freeze-equifax', 'freeze-experian', 'fraud-alert']) {
      await call('checklist:update', {
        profileId: p.id,
        stepId,
        change: { kind: 'note', note: `note ${i} ${stepId}` },
      });
    }
  }
  return { services, ids, call };
}

export async function benchStoreWrite(): Promise<{ p95Ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-bench-store-'));
  const { ids, call } = await seedServices(dir);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    await call('checklist:update', {
      profileId: ids[i % ids.length],
      stepId: 'freeze-transunion',
      change: { kind: 'status', status: i % 2 ? 'done' : 'todo' },
    });
    times.push(performance.now() - t0);
  }
  return { p95Ms: percentile(times, 95) };
}

export function benchPlan(): { ms: number } {
  const answers = Array.from({ length: 50 }, (_, i) => answersFor(i));
  const runs: number[] = [];
  for (let r = 0; r < 50; r++) {
    const t0 = performance.now();
    for (const a of answers) buildPlan(a, CATALOG);
    runs.push(performance.now() - t0);
  }
  return { ms: median(runs) };
}
