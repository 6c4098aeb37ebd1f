/**
 * Benchmark helper for `npm run bench` (reported as reminders.nextDueMs; target < 5 ms): plan the
 * next due reminder among 10,000. Not run by the tests' timing assertions; the build is seeded, so
 * every run measures the same data.
 */
import { performance } from 'node:perf_hooks';
import { nextDueMs } from '../../electron/shared/core/reminders/schedule';
import { makeCustomReminder } from '../../electron/shared/core/reminders/rules';
import { emptyReminderState, REPEATS, type Reminder, type ReminderState } from '../../electron/shared/core/reminders/types';

const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'Pacific/Honolulu',
  'Europe/Madrid',
  'UTC',
];

/** A small seeded PRNG (mulberry32) so the bench data is the same every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` custom reminders spread over three years around `now`, in several zones, a quarter of
 * them repeating, with some done, dismissed and snoozed.
 */
export function buildBenchReminders(
  count = 10_000,
  now = new Date('2026-06-01T12:00:00Z'),
  seed = 7,
): { reminders: Reminder[]; state: ReminderState } {
  const rand = rng(seed);
  const reminders: Reminder[] = [];
  const state = emptyReminderState();
  const base = now.getTime() - 365 * 86_400_000;
  for (let i = 0; reminders.length < count; i++) {
    const at = new Date(base + Math.floor(rand() * 3 * 365) * 86_400_000);
    const localDate = at.toISOString().slice(0, 10);
    const localTime = `${String(Math.floor(rand() * 24)).padStart(2, '0')}:${rand() < 0.5 ? '00' : '30'}`;
    const repeat = rand() < 0.75 ? 'none' : (REPEATS[1 + Math.floor(rand() * 3)] ?? 'none');
    const made = makeCustomReminder({
      uuid: `bench-${i}`,
      profileId: `profile-${i % 5}`,
      stepId: null,
      localDate,
      localTime,
      timeZone: ZONES[i % ZONES.length] ?? 'UTC',
      repeat,
    });
    if (!made.ok) continue; // a DST gap; skip it
    const r = made.value;
    reminders.push(r);
    const roll = rand();
    if (roll < 0.2) state.done[r.id] = r.dueAt;
    else if (roll < 0.25) state.dismissed[r.id] = r.dueAt;
    else if (roll < 0.3)
      state.snoozedUntil[r.id] = new Date(now.getTime() + Math.floor(rand() * 30) * 86_400_000).toISOString();
  }
  return { reminders, state };
}

export interface NextDueBench {
  count: number;
  /** Median ms of one nextDue over all of them: the number to report as reminders.nextDueMs. */
  nextDueMs: number;
  /** Slowest run, for a sense of the spread on a busy machine. */
  maxMs: number;
  next: string | null;
}

/** Plans the next due reminder among `count` (nothing is memoised between runs: each run is cold). */
export function benchNextDue(runs = 21, count = 10_000): NextDueBench {
  const now = new Date('2026-06-01T12:00:00Z');
  const { reminders, state } = buildBenchReminders(count, now);
  // One untimed run warms the JIT and the per-zone offset tables (built once per zone and year).
  let next = nextDueMs(reminders, state, now.getTime());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    next = nextDueMs(reminders, state, now.getTime());
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    count: reminders.length,
    nextDueMs: times[Math.floor(times.length / 2)] ?? NaN,
    maxMs: times[times.length - 1] ?? NaN,
    next: next === null ? null : new Date(next).toISOString(),
  };
}
