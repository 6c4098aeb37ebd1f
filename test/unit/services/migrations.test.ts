import { defaultReminders } from '../../../electron/shared/contract/reminder-schemas';
import {
  copyFileSync,
  existsSync,
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
import { ApiFailure } from '../../../electron/shared/contract/result';
import { createAppServices } from '../../../electron/services/app-services';
import { createBackups } from '../../../electron/services/store/backups';
import { SCHEMA_VERSION, dataSchema, emptyData, type StoredData } from '../../../electron/services/store/data-schema';
import { MIGRATIONS, migrate } from '../../../electron/services/store/migrations';
import { openStore } from '../../../electron/services/store/open-store';
import { recoverDataFile } from '../../../electron/services/store/recovery';
import { readChecked } from '../../../electron/services/store/integrity';

const FIXTURES = join(import.meta.dirname, '../../fixtures/store');
const V1_PATH = join(FIXTURES, 'v1.json');
const V1_BYTES = readFileSync(V1_PATH);
const V1 = JSON.parse(V1_BYTES.toString('utf8')) as Record<string, unknown>;
const V2_PATH = join(FIXTURES, 'v2.json');
const V2 = JSON.parse(readFileSync(V2_PATH, 'utf8')) as Record<string, unknown>;
/** What v1 becomes at the current version. */
const V1_NOW = { ...V1, schemaVersion: 3, plans: {}, reminders: defaultReminders(), recovery: {} };
const NOW = new Date('2026-03-04T05:06:07.089Z');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-migrate-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const fileOf = (d: string) => join(d, 'lockstep.json');
function snapshotDir(d: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(d).sort()) {
    const full = join(d, name);
    const stat = statSync(full);
    if (stat.isDirectory()) Object.assign(out, snapshotDir(full, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = `${(stat.mode & 0o777).toString(8)}:${readFileSync(full).toString('base64')}`;
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('the migration chain', () => {
  it('has a step from every earlier version, and a frozen fixture for each of them', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) {
      expect(typeof MIGRATIONS[v], `step from v${v}`).toBe('function');
      expect(existsSync(join(FIXTURES, `v${v}.json`)), `fixture v${v}.json`).toBe(true);
    }
    expect(MIGRATIONS[SCHEMA_VERSION]).toBeUndefined();
  });

  it('the v1 fixture is what v1 wrote (frozen: schemaVersion 1, no plans)', () => {
    expect(V1.schemaVersion).toBe(1);
    expect('plans' in V1).toBe(false);
    expect((V1.profiles as unknown[]).length).toBe(2);
  });

  it('v1 → v3 gives a schema-valid file equal to the fixture plus empty plans, default reminders, no cases', () => {
    const result = migrate(structuredClone(V1));
    expect(result.kind).toBe('migrated');
    if (result.kind !== 'migrated') return;
    expect(result.from).toBe(1);
    expect(result.data).toEqual(V1_NOW);
    expect(dataSchema.parse(result.data)).toEqual(result.data);
  });

  it('the v2 fixture is what v2 wrote (plans with a mailed step, reminder settings, no recovery)', () => {
    expect(V2.schemaVersion).toBe(2);
    expect('recovery' in V2).toBe(false);
    expect(Object.keys(V2.plans as object)).toHaveLength(1);
  });

  it('v2 → v3 keeps every plan and reminder as it was and adds an empty recovery map', () => {
    const result = migrate(structuredClone(V2));
    expect(result).toEqual({ kind: 'migrated', from: 2, data: { ...V2, schemaVersion: 3, recovery: {} } });
    if (result.kind !== 'migrated') return;
    expect(dataSchema.parse(result.data)).toEqual(result.data);
  });

  it('each step is pure: it does not change its input', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) {
      const fixture = v === 1 ? V1 : V2;
      const input = deepFreeze(structuredClone(fixture));
      const step = MIGRATIONS[v];
      if (!step) throw new Error(`no step from ${v}`);
      expect(() => step(input)).not.toThrow();
      expect(input).toEqual(fixture);
      expect(step(structuredClone(fixture))).toEqual(step(structuredClone(fixture)));
    }
  });

  it.each([
    ['an array', [1, 2], 'invalid'],
    ['null', null, 'invalid'],
    ['no schemaVersion', { settings: {} }, 'invalid'],
    ['schemaVersion 0', { schemaVersion: 0 }, 'invalid'],
    ['schemaVersion -1', { schemaVersion: -1 }, 'invalid'],
    ['schemaVersion 1.5', { schemaVersion: 1.5 }, 'invalid'],
    ['schemaVersion "2"', { schemaVersion: '2' }, 'invalid'],
    ['schemaVersion 4', { schemaVersion: 4 }, 'newer'],
    ['the current version', emptyData(), 'current'],
  ])('%s → %s', (_label, raw, kind) => {
    expect(migrate(raw).kind).toBe(kind);
  });
});

describe('recoverDataFile on a v1 file', () => {
  it("reports 'migrated' from 1, keeps the original bytes as a backup and writes a valid current file", () => {
    copyFileSync(V1_PATH, fileOf(dir));
    const backups = createBackups(dir);
    const result = recoverDataFile(dir, 'lockstep.json', backups, NOW);
    expect(result.readOnly).toBe(false);
    expect(result.report).toEqual({ kind: 'migrated', from: 1, backupId: 'lockstep-20260304T050607089Z.json' });
    // The backup is the file exactly as v1 left it, so the upgrade can be undone by hand.
    const backupBytes = readFileSync(join(dir, 'backups', 'lockstep-20260304T050607089Z.json'));
    expect(backupBytes.equals(V1_BYTES)).toBe(true);
    expect(statSync(join(dir, 'backups', 'lockstep-20260304T050607089Z.json')).mode & 0o777).toBe(0o600);

    // The upgraded file is sealed with its checksum; the pre-migration backup stays as it was.
    const checked = readChecked(readFileSync(fileOf(dir), 'utf8'));
    expect(checked).toMatchObject({ ok: true, sealed: true });
    const onDisk = checked.ok ? checked.value : null;
    expect(dataSchema.parse(onDisk)).toEqual(V1_NOW);
    expect(onDisk).toEqual(V1_NOW);
    expect(result.data).toEqual(onDisk);
    expect(statSync(fileOf(dir)).mode & 0o777).toBe(0o600);
    // The fixture itself is never touched.
    expect(readFileSync(V1_PATH).equals(V1_BYTES)).toBe(true);
  });

  it('opening again afterwards is plain ok, and a real Conf reads the migrated data', () => {
    copyFileSync(V1_PATH, fileOf(dir));
    const first = openStore(
      dir,
      (o) => new Conf(o),
      () => NOW,
    );
    expect(first.report.kind).toBe('migrated');
    const second = openStore(
      dir,
      (o) => new Conf(o),
      () => new Date(NOW.getTime() + 1000),
    );
    expect(second.report).toEqual({ kind: 'ok' });
    expect(second.store.read()).toEqual(V1_NOW);
    // The pre-migration backup is still listed (as v2 data, migrated on read).
    expect(second.backups.list().some((b) => b.id === 'lockstep-20260304T050607089Z.json' && b.profiles === 2)).toBe(
      true,
    );
  });
});

describe('a file from a newer version', () => {
  const NEWER = `${JSON.stringify({ ...emptyData(), schemaVersion: 4, profiles: [{ id: 'from-the-future', anything: true }] }, null, 2)}\n`;

  it("is reported 'newer', opened read-only, and left byte-identical", () => {
    writeFileSync(fileOf(dir), NEWER, { mode: 0o600 });
    const before = snapshotDir(dir);
    const result = recoverDataFile(dir, 'lockstep.json', createBackups(dir), NOW);
    // Its profiles lack fields this version needs, so it cannot be shown safely: nothing is shown.
    expect(result.report).toEqual({ kind: 'newer', version: 4, readable: false });
    expect(result.data.profiles).toEqual([]);
    expect(result.readOnly).toBe(true);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it("refuses a write through openStore's store with read_only, and nothing in the folder changes", async () => {
    writeFileSync(fileOf(dir), NEWER, { mode: 0o600 });
    const before = snapshotDir(dir);
    const opened = openStore(
      dir,
      (o) => new Conf(o),
      () => NOW,
    );
    expect(opened.report).toEqual({ kind: 'newer', version: 4, readable: false });
    expect(opened.store.saveState().readOnly).toBe(true);
    const err = (await opened.store
      .update((d) => ({ data: { ...d, settings: { language: 'es' } }, result: 0 }))
      .catch((e: unknown) => e)) as ApiFailure;
    expect(err).toBeInstanceOf(ApiFailure);
    expect(err.code).toBe('read_only');
    await expect(opened.store.replace(emptyData())).rejects.toMatchObject({ code: 'read_only' });
    await opened.store.flush();
    expect(snapshotDir(dir)).toEqual(before);
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(NEWER);
  });

  it('through the handlers: changes answer read_only with a clear message; the folder is untouched', async () => {
    writeFileSync(fileOf(dir), NEWER, { mode: 0o600 });
    const before = snapshotDir(dir);
    const { handlers } = createAppServices({
      dataDir: dir,
      createBackend: (o) => new Conf(o),
      info: { version: '1', host: 'browser', dataDir: dir },
      openExternal: () => undefined,
      now: () => NOW,
    });
    const status = await dispatch(handlers, 'app:status', undefined);
    expect(status).toMatchObject({
      ok: true,
      value: { startup: { kind: 'newer', version: 4, readable: false }, save: { readOnly: true } },
    });
    for (const [op, input] of [
      ['profiles:create', { name: 'Ana', relationship: 'myself' }],
      ['settings:update', { language: 'es' }],
    ] as const) {
      const result = await dispatch(handlers, op, input);
      expect(result.ok ? 'ok' : result.error.code).toBe('read_only');
    }
    expect(snapshotDir(dir)).toEqual(before);
  });

  // A refused restore must not even write its safety backup (this once added a "0 profiles" file).
  it('backups:restore on a read-only store is refused and writes nothing', async () => {
    writeFileSync(fileOf(dir), NEWER, { mode: 0o600 });
    const good = createBackups(dir).write(
      { ...emptyData(), settings: { language: 'es' } },
      new Date('2026-01-01T00:00:00.000Z'),
    );
    const before = snapshotDir(dir);
    const { handlers } = createAppServices({
      dataDir: dir,
      createBackend: (o) => new Conf(o),
      info: { version: '1', host: 'browser', dataDir: dir },
      openExternal: () => undefined,
      now: () => NOW,
    });
    const result = await dispatch(handlers, 'backups:restore', { id: good });
    expect(result.ok ? 'ok' : result.error.code).toBe('read_only');
    expect(snapshotDir(dir)).toEqual(before);
  });
});

// ---- properties ----

const iso = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const profileArb = fc.record({
  id: fc.stringMatching(/^[a-z0-9-]{8,20}$/),
  name: fc.string({ maxLength: 20 }),
  relationship: fc.constantFrom('myself', 'parent', 'child', 'spouse', 'other'),
  createdAt: iso,
  updatedAt: iso,
});
const progressArb = fc.record(
  {
    status: fc.constantFrom('todo', 'in_progress', 'done', 'skipped', 'not_applicable'),
    doneAt: iso,
    skipReason: fc.string({ maxLength: 20 }),
    note: fc.string({ maxLength: 20 }),
    subStepsDone: fc.array(fc.stringMatching(/^[a-z-]{1,10}$/), { maxLength: 3 }),
    outdated: fc.boolean(),
    updatedAt: iso,
  },
  { requiredKeys: ['status', 'subStepsDone', 'updatedAt'] },
);
const planArb = fc.record({
  answers: fc.constant(null),
  checklist: fc.dictionary(fc.stringMatching(/^[a-z-]{1,12}$/), progressArb, { maxKeys: 3 }),
  undo: fc.option(fc.record({ stepId: fc.string({ maxLength: 8 }), previous: fc.option(progressArb, { nil: null }) }), {
    nil: null,
  }),
});
const v3Arb: fc.Arbitrary<StoredData> = fc.record({
  schemaVersion: fc.constant(3 as const),
  settings: fc.record({ language: fc.constantFrom('en' as const, 'es' as const) }),
  profiles: fc.array(profileArb, { maxLength: 4 }),
  plans: fc.dictionary(fc.stringMatching(/^[a-z0-9-]{8,12}$/), planArb, { maxKeys: 3 }),
  reminders: fc.constant(defaultReminders()),
  recovery: fc.constant({}),
});
const v2Arb = v3Arb.map(({ recovery: _recovery, ...rest }) => ({ ...rest, schemaVersion: 2 }));
const v1Arb = v2Arb.map(({ plans: _plans, reminders: _reminders, ...rest }) => ({ ...rest, schemaVersion: 1 }));

describe('migrate (properties)', () => {
  it('generated current data is schema-valid (so the properties below test real files)', () => {
    fc.assert(fc.property(v3Arb, (data) => dataSchema.safeParse(data).success));
  });

  it('v2 data migrates to valid v3 with its plans and reminders unchanged', () => {
    fc.assert(
      fc.property(v2Arb, (data) => {
        const once = migrate(structuredClone(data));
        expect(once).toEqual({ kind: 'migrated', from: 2, data: { ...data, schemaVersion: 3, recovery: {} } });
        if (once.kind === 'migrated') expect(dataSchema.safeParse(once.data).success).toBe(true);
      }),
    );
  });

  it('is idempotent on current data: current, unchanged, and the same again', () => {
    fc.assert(
      fc.property(v3Arb, (data) => {
        const once = migrate(structuredClone(data));
        expect(once).toEqual({ kind: 'current', data });
        if (once.kind !== 'current') return;
        expect(migrate(once.data)).toEqual(once);
      }),
    );
  });

  it('v1 data migrates to valid current data once, and migrating the result changes nothing', () => {
    fc.assert(
      fc.property(v1Arb, (data) => {
        const once = migrate(structuredClone(data));
        expect(once.kind).toBe('migrated');
        if (once.kind !== 'migrated') return;
        expect(dataSchema.safeParse(once.data).success).toBe(true);
        expect(once.data).toEqual({
          ...data,
          schemaVersion: 3,
          plans: {},
          reminders: defaultReminders(),
          recovery: {},
        });
        expect(migrate(once.data)).toEqual({ kind: 'current', data: once.data });
      }),
    );
  });

  const versionArb = fc.oneof(
    fc.integer({ min: -5, max: 6 }),
    fc.double(),
    fc.string({ maxLength: 3 }),
    fc.constantFrom(null, true, [], {}, Number.MAX_SAFE_INTEGER, 1e308, -0),
  );
  const rawArb = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 })),
    fc.record(
      { schemaVersion: versionArb, settings: fc.jsonValue({ maxDepth: 2 }), profiles: fc.jsonValue({ maxDepth: 2 }) },
      { requiredKeys: ['schemaVersion'] },
    ),
  );

  it('never throws on arbitrary JSON values, and its verdict is consistent', () => {
    fc.assert(
      fc.property(rawArb, (raw) => {
        const result = migrate(raw);
        const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
        const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
        switch (result.kind) {
          case 'invalid':
            expect(isObject && Number.isInteger(version) && (version as number) >= 1).toBe(false);
            break;
          case 'newer':
            expect(result.version).toBe(version);
            expect(result.version).toBeGreaterThan(SCHEMA_VERSION);
            break;
          case 'current':
            expect(version).toBe(SCHEMA_VERSION);
            expect(result.data).toBe(raw);
            break;
          case 'migrated':
            expect(result.from).toBe(version);
            expect(result.data.schemaVersion).toBe(SCHEMA_VERSION);
            break;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('files from before the checksum (properties)', () => {
  const runs = { numRuns: 40 };
  it('any unsealed v1, v2 or v3 file opens without an alarm (ok or migrated) and is sealed on disk', () => {
    fc.assert(
      fc.property(fc.oneof(v3Arb, v2Arb, v1Arb), (data) => {
        const d = mkdtempSync(join(tmpdir(), 'lockstep-legacy-'));
        try {
          writeFileSync(fileOf(d), JSON.stringify(data, null, 2), { mode: 0o600 });
          const result = recoverDataFile(d, 'lockstep.json', createBackups(d), NOW);
          expect(['ok', 'migrated']).toContain(result.report.kind);
          const checked = readChecked(readFileSync(fileOf(d), 'utf8'));
          expect(checked).toMatchObject({ ok: true, sealed: true });
          expect(checked.ok ? dataSchema.parse(checked.value) : null).toEqual(result.data);
          // And the next launch is plain ok, with nothing rewritten.
          const sealed = readFileSync(fileOf(d));
          expect(recoverDataFile(d, 'lockstep.json', createBackups(d), NOW).report).toEqual({ kind: 'ok' });
          expect(readFileSync(fileOf(d)).equals(sealed)).toBe(true);
        } finally {
          rmSync(d, { recursive: true, force: true });
        }
      }),
      runs,
    );
  });
});
