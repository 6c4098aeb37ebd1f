import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/shared/contract/dispatch';
import type { Result } from '../../../electron/shared/contract/result';
import type { Profile } from '../../../electron/shared/contract/schemas';
import type { ProfilePlan } from '../../../electron/shared/contract/plan-schemas';
import { createAppServices } from '../../../electron/services/app-services';
import {
  KEEP_DAYS,
  KEEP_LAST,
  createBackups,
  selectBackupsToKeep,
  type BackupInfo,
} from '../../../electron/services/store/backups';
import { dataSchema, emptyData, type StoredData } from '../../../electron/services/store/data-schema';
import { openStore } from '../../../electron/services/store/open-store';

const DAY = 24 * 3600 * 1000;
const NOW = new Date('2025-06-15T10:30:00.000Z');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-backups-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const stamp = (d: Date) => `lockstep-${d.toISOString().replace(/[-:.]/g, '')}.json`;
const utcDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const modeOf = (p: string) => statSync(p).mode & 0o777;

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${JSON.stringify(result.error.params)}`);
  return result.value;
}

describe('selectBackupsToKeep (properties, now fixed at 2025-06-15T10:30Z)', () => {
  it('uses the rule from the issue: the last 5, one a day for 7 days', () => {
    expect(KEEP_LAST).toBe(5);
    expect(KEEP_DAYS).toBe(7);
  });

  // Offsets from NOW, mostly in the past, a few after (a clock that moved back). Coarse offsets make
  // many backups share a UTC day; fine ones make ties within a day unlikely but possible.
  const offset = fc.oneof(
    fc.integer({ min: -20 * DAY, max: 2 * 3600 * 1000 }),
    fc.integer({ min: -20, max: 0 }).map((d) => d * DAY),
    fc.integer({ min: -400, max: 2 }).map((h) => h * 3600 * 1000),
  );
  const timesArb = fc.array(offset, { maxLength: 60 }).map((offs) => offs.map((o) => new Date(NOW.getTime() + o)));
  const uniqueTimesArb = fc
    .uniqueArray(offset, { maxLength: 60 })
    .map((offs) => offs.map((o) => new Date(NOW.getTime() + o)));

  /** The rule written out independently, for unique times. */
  function oracle(times: readonly Date[]): Set<number> {
    const byTime = times.map((t, i) => ({ t: t.getTime(), i })).sort((a, b) => b.t - a.t);
    const keep = new Set(byTime.slice(0, 5).map((o) => o.i));
    const newestOfDay = new Map<string, { t: number; i: number }>();
    for (const o of byTime) {
      if (o.t < NOW.getTime() - 7 * DAY) continue;
      const best = newestOfDay.get(utcDay(o.t));
      if (!best || o.t > best.t) newestOfDay.set(utcDay(o.t), o);
    }
    for (const o of newestOfDay.values()) keep.add(o.i);
    return keep;
  }

  it('always keeps the newest min(5, n)', () => {
    fc.assert(
      fc.property(timesArb, (times) => {
        const keep = selectBackupsToKeep(times, NOW);
        const sorted = times.map((t) => t.getTime()).sort((a, b) => b - a);
        const fifth = sorted[Math.min(5, sorted.length) - 1];
        const keptTimes = [...keep].map((i) => times[i]?.getTime() ?? NaN);
        // Everything strictly newer than the 5th newest is kept, and at least min(5, n) of the top are.
        for (const t of sorted.filter((t) => fifth !== undefined && t > fifth)) expect(keptTimes).toContain(t);
        expect(keptTimes.filter((t) => fifth !== undefined && t >= fifth).length).toBeGreaterThanOrEqual(
          Math.min(5, times.length),
        );
      }),
    );
  });

  it('keeps exactly one per UTC day, the newest of that day, for days with backups in the last 7 days', () => {
    fc.assert(
      fc.property(uniqueTimesArb, (times) => {
        const keep = selectBackupsToKeep(times, NOW);
        const top5 = new Set(
          times
            .map((t, i) => ({ t: t.getTime(), i }))
            .sort((a, b) => b.t - a.t)
            .slice(0, 5)
            .map((o) => o.i),
        );
        const windowStart = NOW.getTime() - 7 * DAY;
        const days = new Set(times.filter((t) => t.getTime() >= windowStart).map((t) => utcDay(t.getTime())));
        for (const day of days) {
          const ofDay = times
            .map((t, i) => ({ t: t.getTime(), i }))
            .filter((o) => utcDay(o.t) === day && o.t >= windowStart);
          const newest = ofDay.reduce((a, b) => (b.t > a.t ? b : a));
          expect(keep.has(newest.i)).toBe(true);
          // Besides the last 5, nothing else from that day.
          expect(ofDay.filter((o) => keep.has(o.i) && !top5.has(o.i) && o.i !== newest.i)).toEqual([]);
        }
        // Outside the last 5, only those per-day picks survive; nothing older than 7 days.
        for (const i of keep) {
          if (top5.has(i)) continue;
          expect(times[i]?.getTime()).toBeGreaterThanOrEqual(windowStart);
        }
        expect(keep).toEqual(oracle(times));
      }),
    );
  });

  it('never keeps more than 5 + 7, and keeps everything when there are at most 5', () => {
    fc.assert(
      fc.property(timesArb, (times) => {
        const keep = selectBackupsToKeep(times, NOW);
        expect(keep.size).toBeLessThanOrEqual(KEEP_LAST + KEEP_DAYS);
        if (times.length <= 5) expect(keep.size).toBe(times.length);
        for (const i of keep) expect(i >= 0 && i < times.length).toBe(true);
      }),
    );
  });

  it('reaches the 5 + 7 bound: a busy today plus one a day for the 7 days before', () => {
    const times = [
      ...Array.from({ length: 8 }, (_, k) => new Date(NOW.getTime() - k * 60_000)),
      ...Array.from({ length: 7 }, (_, k) => new Date(Date.UTC(2025, 5, 14 - k, 12, 0, 0))),
      new Date(Date.UTC(2025, 5, 8, 9, 0, 0)), // older than 7 × 24 h
    ];
    const keep = selectBackupsToKeep(times, NOW);
    expect(keep.size).toBe(12);
    expect([...keep].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('is deterministic and does not depend on the order it is given', () => {
    fc.assert(
      fc.property(uniqueTimesArb, fc.nat(), (times, seed) => {
        const a = selectBackupsToKeep(times, NOW);
        expect(selectBackupsToKeep(times, NOW)).toEqual(a);
        const shuffled = times
          .map((t, i) => ({ t, k: (i * 7919 + seed) % 104729 }))
          .sort((x, y) => x.k - y.k)
          .map((o) => o.t);
        const b = selectBackupsToKeep(shuffled, NOW);
        const keptTimes = (s: Set<number>, ts: readonly Date[]) => [...s].map((i) => ts[i]?.getTime()).sort();
        expect(keptTimes(b, shuffled)).toEqual(keptTimes(a, times));
      }),
    );
  });
});

// ---- the files ----

const profile = (id: string, name: string): Profile => ({
  id,
  name,
  relationship: 'myself',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});
const done = (at: string) => ({ status: 'done' as const, doneAt: at, subStepsDone: [], updatedAt: at });
const todo = (at: string) => ({ status: 'todo' as const, subStepsDone: [], updatedAt: at });
function dataWith(profiles: number, stepsDone: number, stepsOpen = 0): StoredData {
  const ps = Array.from({ length: profiles }, (_, i) => profile(`prof-${String(i).padStart(4, '0')}`, `P${i}`));
  const at = '2025-02-02T02:02:02.000Z';
  const plans: StoredData['plans'] = {};
  if (ps[0]) {
    const checklist: ProfilePlan['checklist'] = {};
    for (let k = 0; k < stepsDone; k++) checklist[`done-${k}`] = done(at);
    for (let k = 0; k < stepsOpen; k++) checklist[`open-${k}`] = todo(at);
    plans[ps[0].id] = { answers: null, checklist, undo: null };
  }
  return dataSchema.parse({ ...emptyData(), profiles: ps, plans });
}

/** Data that differs for each k, so no two backups are the same. */
const tagged = (k: number): StoredData => ({ ...emptyData(), profiles: [profile('prof-0000', `Tag ${k}`)] });

describe('backup files', () => {
  it('are written with mode 0600 in a 0700 backups folder, as is the data file', async () => {
    const opened = openStore(
      dir,
      (o) => new Conf(o),
      () => NOW,
    );
    await opened.store.update((d) => ({ data: dataWith(1, 0), result: d }));
    const id = opened.backups.write(opened.store.read(), NOW);
    expect(modeOf(join(dir, 'backups', id))).toBe(0o600);
    expect(modeOf(join(dir, 'backups'))).toBe(0o700);
    expect(modeOf(join(dir, 'lockstep.json'))).toBe(0o600);
    for (const name of readdirSync(join(dir, 'backups'))) expect(modeOf(join(dir, 'backups', name)), name).toBe(0o600);
  });

  it('list() is newest first, with the date and a summary (profiles, steps done) of each', () => {
    const backups = createBackups(dir);
    const a = backups.write(dataWith(1, 0), new Date('2025-06-10T08:00:00.000Z'));
    const c = backups.write(dataWith(3, 2, 4), new Date('2025-06-14T08:00:00.000Z'));
    const b = backups.write(dataWith(2, 5), new Date('2025-06-12T08:00:00.000Z'));
    expect(backups.list()).toEqual([
      { id: c, createdAt: '2025-06-14T08:00:00.000Z', profiles: 3, stepsDone: 2 },
      { id: b, createdAt: '2025-06-12T08:00:00.000Z', profiles: 2, stepsDone: 5 },
      { id: a, createdAt: '2025-06-10T08:00:00.000Z', profiles: 1, stepsDone: 0 },
    ] satisfies BackupInfo[]);
    expect(a).toBe('lockstep-20250610T080000000Z.json');
  });

  it('two backups in the same millisecond get two files, neither overwritten', () => {
    const backups = createBackups(dir);
    const first = backups.write(dataWith(1, 0), NOW);
    const second = backups.write(dataWith(2, 0), NOW);
    expect(second).not.toBe(first);
    expect(backups.read(first)?.profiles).toHaveLength(1);
    expect(backups.read(second)?.profiles).toHaveLength(2);
  });

  it('a backup identical to the newest one is not written again; identical to an older one, it is', () => {
    const backups = createBackups(dir);
    const a = backups.write(tagged(1), new Date('2025-06-01T00:00:00.000Z'));
    const b = backups.write(tagged(2), new Date('2025-06-02T00:00:00.000Z'));
    expect(backups.write(tagged(2), new Date('2025-06-03T00:00:00.000Z'))).toBe(b);
    const c = backups.write(tagged(1), new Date('2025-06-04T00:00:00.000Z'));
    expect(new Set([a, b, c]).size).toBe(3);
    expect(readdirSync(backups.dir).sort()).toEqual([a, b, c]);
  });

  it('still writes when the newest backup name cannot be read (a folder squatting on it)', () => {
    const backups = createBackups(dir);
    mkdirSync(join(backups.dir, 'lockstep-20990101T000000000Z.json'), { recursive: true });
    const id = backups.write(tagged(1), NOW);
    expect(id).toBe(stamp(NOW));
    expect(backups.read(id)).toEqual(tagged(1));
  });

  it('prune() deletes exactly what the rule drops, and nothing that is not a backup', () => {
    const backups = createBackups(dir);
    const times = [
      ...Array.from({ length: 9 }, (_, k) => new Date(NOW.getTime() - k * 3600_000)), // today and last night
      ...Array.from({ length: 12 }, (_, k) => new Date(NOW.getTime() - (k + 1) * DAY - 3 * 3600_000)), // one a day, back 12 days
      new Date(NOW.getTime() - 2 * DAY - 5 * 3600_000), // a second one on a day that already has one
    ];
    // Distinct content each time: a backup identical to the newest one is not written again.
    const ids = times.map((t, k) => backups.write(tagged(k), t));
    writeFileSync(join(backups.dir, 'notes.txt'), 'not a backup');
    writeFileSync(join(backups.dir, 'lockstep-old.json'), 'not ours either');
    const expectedKept = new Set([...selectBackupsToKeep(times, NOW)].map((i) => ids[i]));
    backups.prune(NOW);
    const left = readdirSync(backups.dir).sort();
    expect(left).toEqual([...expectedKept, 'lockstep-old.json', 'notes.txt'].sort());
    // Spelled out: the 5 newest (today 06:30–10:30), then one for each day 06-14 … 06-09; 06-08 07:30
    // is more than 7 × 24 h old, and the second backup of 06-13 is not that day's newest.
    expect(left.filter((f) => f.startsWith('lockstep-2'))).toEqual([
      ...['09', '10', '11', '12', '13', '14'].map((d) => `lockstep-202506${d}T073000000Z.json`),
      ...['06', '07', '08', '09', '10'].map((h) => `lockstep-20250615T${h}3000000Z.json`),
    ]);
    // Pruning again drops nothing more.
    backups.prune(NOW);
    expect(readdirSync(backups.dir).sort()).toEqual(left);
  });

  it('list() skips damaged backups and names that are not real instants; read() refuses them', () => {
    const backups = createBackups(dir);
    const good = backups.write(dataWith(2, 1), new Date('2025-06-01T00:00:00.000Z'));
    mkdirSync(backups.dir, { recursive: true });
    const damaged: Record<string, string | Buffer> = {
      'lockstep-20250602T000000000Z.json': '{"schemaVersion":2,"settings":',
      'lockstep-20250603T000000000Z.json': JSON.stringify({ ...emptyData(), profiles: 'x' }),
      'lockstep-20250604T000000000Z.json': Buffer.from([0, 0, 0, 255, 254]),
      'lockstep-20250605T000000000Z.json': JSON.stringify({ ...emptyData(), schemaVersion: 9 }),
      'lockstep-20250606T000000000Z.json': '',
      // The name pattern fits but the date does not exist (month 13, hour 99).
      'lockstep-20251340T990000000Z.json': JSON.stringify(emptyData()),
    };
    for (const [name, content] of Object.entries(damaged)) writeFileSync(join(backups.dir, name), content);
    mkdirSync(join(backups.dir, 'lockstep-20250607T000000000Z.json'));
    expect(backups.list().map((b) => b.id)).toEqual([good]);
    for (const name of Object.keys(damaged)) expect(backups.read(name), name).toBeNull();
    expect(backups.read('../lockstep.json')).toBeNull();
    // Prune never trips over them either.
    expect(() => backups.prune(NOW)).not.toThrow();
  });

  it('a backup with a BOM or an old schema version is still listed and read (migrated)', () => {
    const backups = createBackups(dir);
    const bom = backups.writeRaw(`\uFEFF${JSON.stringify(dataWith(1, 0))}`, new Date('2025-06-01T00:00:00.000Z'));
    const { plans: _plans, ...v1 } = dataWith(2, 0);
    const old = backups.writeRaw(JSON.stringify({ ...v1, schemaVersion: 1 }), new Date('2025-06-02T00:00:00.000Z'));
    expect(backups.list().map((b) => [b.id, b.profiles])).toEqual([
      [old, 2],
      [bom, 1],
    ]);
    expect(backups.read(old)).toEqual({ ...v1, schemaVersion: 3, plans: {}, recovery: {} });
  });
});

describe("restore through 'backups:restore'", () => {
  function services(now: () => Date) {
    let n = 0;
    return createAppServices({
      dataDir: dir,
      createBackend: (o) => new Conf(o),
      info: { version: '1', host: 'browser', dataDir: dir },
      openExternal: () => undefined,
      now,
      newId: () => `prof-${String(++n).padStart(4, '0')}`,
    });
  }

  it('backs up the current state first, restores, and the restored data is durable', async () => {
    let t = NOW.getTime();
    const now = () => new Date((t += 1000));
    const { handlers, opened } = services(now);
    unwrap(await dispatch(handlers, 'profiles:create', { name: 'Before', relationship: 'myself' }));
    const older = opened.backups.write(opened.store.read(), new Date('2025-06-01T00:00:00.000Z'));
    const olderData = opened.store.read();

    unwrap(await dispatch(handlers, 'profiles:create', { name: 'After', relationship: 'child' }));
    unwrap(await dispatch(handlers, 'settings:update', { language: 'es' }));
    const current = opened.store.read();
    expect(current.profiles).toHaveLength(2);

    const listed = unwrap(await dispatch(handlers, 'backups:list', undefined)) as BackupInfo[];
    // (The periodic backup after the first change may already hold this state; then that one is reused.)
    expect(listed.find((b) => b.id === older)).toMatchObject({ id: older, profiles: 1, stepsDone: 0 });

    const result = unwrap(await dispatch(handlers, 'backups:restore', { id: older })) as {
      restored: BackupInfo;
      safetyBackupId: string;
    };
    expect(result.restored.id).toBe(older);
    // The safety backup holds the state from just before the restore, so the restore can be undone.
    expect(opened.backups.read(result.safetyBackupId)).toEqual(current);
    expect(opened.store.read()).toEqual(olderData);
    expect(unwrap(await dispatch(handlers, 'profiles:list', undefined))).toEqual(olderData.profiles);

    // Durable: a fresh open of the folder reads the restored state.
    const fresh = openStore(dir, (o) => new Conf(o), now);
    expect(fresh.report).toEqual({ kind: 'ok' });
    expect(fresh.store.read()).toEqual(olderData);
    expect(modeOf(join(dir, 'lockstep.json'))).toBe(0o600);

    // And undoing the restore brings the later state back.
    unwrap(await dispatch(handlers, 'backups:restore', { id: result.safetyBackupId }));
    expect(openStore(dir, (o) => new Conf(o), now).store.read()).toEqual(current);
  });

  it('a damaged or missing backup is refused with not_found and nothing changes', async () => {
    const { handlers, opened } = services(() => NOW);
    unwrap(await dispatch(handlers, 'profiles:create', { name: 'Keep me', relationship: 'myself' }));
    mkdirSync(opened.backups.dir, { recursive: true });
    const damaged = 'lockstep-20250101T000000000Z.json';
    writeFileSync(join(opened.backups.dir, damaged), '{"schemaVersion":2', { mode: 0o600 });
    const before = readdirSync(opened.backups.dir).map((f) => [
      f,
      readFileSync(join(opened.backups.dir, f)).toString('base64'),
    ]);
    const fileBefore = readFileSync(join(dir, 'lockstep.json'));
    for (const id of [damaged, 'lockstep-20200101T000000000Z.json']) {
      const result = await dispatch(handlers, 'backups:restore', { id });
      expect(result.ok ? 'ok' : result.error.code).toBe('backup_missing');
    }
    expect(
      readdirSync(opened.backups.dir).map((f) => [f, readFileSync(join(opened.backups.dir, f)).toString('base64')]),
    ).toEqual(before);
    expect(readFileSync(join(dir, 'lockstep.json')).equals(fileBefore)).toBe(true);
    expect(existsSync(join(dir, 'lockstep.json'))).toBe(true);
  });
});
