import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSchema } from '../../../electron/services/store/data-schema';
import { readChecked } from '../../../electron/services/store/integrity';
import { bundleChild, runAndKill } from '../../faults/kill-child';

/**
 * Crash test (issue 5): a child process writes continuously and is killed with SIGKILL at a random
 * moment, again and again on the same folder. After every kill the file must parse, pass the
 * schema, and hold the last confirmed state or the one being written; the next start must find it
 * intact ('ok', no recovery needed).
 */
const RUNS = Number(process.env.LOCKSTEP_CRASH_RUNS ?? 30);
/** Independent folders killed side by side: a run mostly waits on node's start-up and fsync, so two lanes keep both cores busy. */
const LANES = Math.max(1, Math.min(RUNS, Number(process.env.LOCKSTEP_CRASH_LANES ?? 2)));
const MAX_KILL_DELAY_MS = 40;

let work: string;
let bundle: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lockstep-crash-'));
  bundle = await bundleChild('writer-child', work);
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Starts the writer, kills it 0–40 ms after its first confirmed write, and collects everything it said. */
const runOnce = (dataDir: string) => runAndKill(bundle, [dataDir], /^confirmed \d+$/m, Math.random() * MAX_KILL_DELAY_MS);

function counterOnDisk(dataDir: string): number {
  // Whole and sealed: the checksum matches, so it is exactly a state the app wrote.
  const checked = readChecked(readFileSync(join(dataDir, 'lockstep.json'), 'utf8'));
  expect(checked).toMatchObject({ ok: true, sealed: true });
  const data = dataSchema.parse(checked.ok ? checked.value : null);
  expect(data.profiles).toHaveLength(1);
  return Number(data.profiles[0]?.name);
}

interface Tally {
  runs: number;
  oldState: number;
  newState: number;
  tempLeft: number;
}

async function lane(dataDir: string, runs: number): Promise<Tally> {
  const tally: Tally = { runs: 0, oldState: 0, newState: 0, tempLeft: 0 };
  let onDisk: number | null = null;
  for (let run = 0; run < runs; run++) {
    const result = await runOnce(dataDir);
    const context = `run ${run} in ${dataDir}: ${result.lines.slice(0, 3).join(' | ')} … ${result.stderr}`;
    expect(result.signal, context).toBe('SIGKILL');
    expect(result.stderr, context).toBe('');
    // The start found what the last kill left, intact: no recovery, no restore.
    expect(result.lines[0], context).toBe(run === 0 ? 'report fresh' : 'report ok');
    expect(result.lines[1], context).toBe(run === 0 ? 'start none' : `start ${onDisk}`);
    const confirmed = result.lines
      .filter((l) => l.startsWith('confirmed '))
      .map((l) => Number(l.slice('confirmed '.length)));
    expect(confirmed.length, context).toBeGreaterThan(0);
    const last = confirmed[confirmed.length - 1] as number;
    // Confirmed values count up by one from where the file was.
    expect(confirmed[0], context).toBe(run === 0 ? 0 : (onDisk as number) + 1);
    expect(confirmed, context).toEqual(confirmed.map((_, i) => (confirmed[0] as number) + i));

    const now = counterOnDisk(dataDir);
    expect([last, last + 1], `${context} (on disk: ${now})`).toContain(now);
    if (now === last) tally.oldState++;
    else tally.newState++;
    if (readdirSync(dataDir).some((n) => n.includes('.tmp-'))) tally.tempLeft++;
    onDisk = now;
    tally.runs++;
  }
  return tally;
}

describe('crash test: SIGKILL during continuous writes', () => {
  it(
    `after each of ${RUNS} kills the file is valid and holds the last confirmed state or the one being written`,
    async () => {
      const perLane = Array.from({ length: LANES }, (_, i) => Math.floor(RUNS / LANES) + (i < RUNS % LANES ? 1 : 0));
      const tallies = await Promise.all(perLane.map((runs, i) => lane(mkdtempSync(join(work, `lane-${i}-`)), runs)));
      const total = tallies.reduce((a, t) => ({
        runs: a.runs + t.runs,
        oldState: a.oldState + t.oldState,
        newState: a.newState + t.newState,
        tempLeft: a.tempLeft + t.tempLeft,
      }));
      console.info(
        `crash test: ${total.runs} runs, ${total.oldState} old-state (last confirmed), ${total.newState} new-state (the write in flight), ${total.tempLeft} with a temp file left (swept at the next start)`,
      );
      expect(total.runs).toBe(RUNS);
      expect(total.oldState + total.newState).toBe(RUNS);
    },
    Math.max(60_000, RUNS * 2_000),
  );
});
