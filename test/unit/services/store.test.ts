import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { dispatch } from '../../../electron/shared/contract/dispatch';
import { ApiFailure, type Result } from '../../../electron/shared/contract/result';
import type { Profile, Settings } from '../../../electron/shared/contract/schemas';
import { createAppServices } from '../../../electron/services/app-services';
import { createBackups } from '../../../electron/services/store/backups';
import { SCHEMA_VERSION, dataSchema, emptyData, type StoredData } from '../../../electron/services/store/data-schema';
import { createDataStore, type StoreBackend } from '../../../electron/services/store/data-store';
import { openStore } from '../../../electron/services/store/open-store';
import { readChecked } from '../../../electron/services/store/integrity';
import { DATA_FILE_BASENAME, DATA_FILE_MODE, buildStoreOptions } from '../../../electron/services/store/store-options';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-store-'));
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;
const fileOf = (d: string) => join(d, 'lockstep.json');
const bytes = (d: string) => readFileSync(fileOf(d));
/** Every file under the folder (recursively), path → mode:bytes: catches stray temp files and new backups too. */
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
const openConf = (d: string) => new Conf(buildStoreOptions(d));
const readBack = (d: string) => openConf(d).store as unknown as StoredData;

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${JSON.stringify(result.error.params)}`);
  return result.value;
}

const errno = (code: string, message = `${code}: simulated failure, open '/secret/path/lockstep.json'`) =>
  Object.assign(new Error(message), { code }) as NodeJS.ErrnoException;

describe('buildStoreOptions', () => {
  it('never carries clearInvalidConfig, not even as false', () => {
    const options = buildStoreOptions(dir);
    expect(Object.keys(options)).not.toContain('clearInvalidConfig');
    expect('clearInvalidConfig' in options).toBe(false);
  });

  it('writes lockstep.json with mode 0600 into exactly the given folder, unwatched', () => {
    const options = buildStoreOptions(dir);
    expect(options.cwd).toBe(dir);
    expect(options.configName).toBe(DATA_FILE_BASENAME);
    expect(DATA_FILE_BASENAME).toBe('lockstep');
    expect(options.configFileMode).toBe(0o600);
    expect(DATA_FILE_MODE).toBe(0o600);
    expect(options.watch).toBe(false);
    expect(buildStoreOptions('/some/other/dir').cwd).toBe('/some/other/dir');
  });

  it('derives its JSON schema from the zod schema', () => {
    const options = buildStoreOptions(dir);
    const fromZod = z.toJSONSchema(dataSchema, { target: 'draft-2020-12', io: 'input' }) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(options.schema).toEqual(fromZod.properties);
    expect(Object.keys(options.schema).sort()).toEqual(Object.keys(dataSchema.shape).sort());
    // Fields with a default (reminders, recovery) may be absent from an older file; every other one is required.
    expect([...options.rootSchema.required].sort()).toEqual(
      Object.keys(dataSchema.shape)
        .filter((k) => k !== 'reminders' && k !== 'recovery')
        .sort(),
    );
    expect(options.rootSchema.additionalProperties).toBe(false);
  });

  it('defaults to a valid empty file at the current schema version', () => {
    const options = buildStoreOptions(dir);
    expect(options.defaults).toEqual(emptyData());
    expect(dataSchema.parse(options.defaults)).toEqual(options.defaults);
    expect(options.defaults.schemaVersion).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(3);
  });
});

describe('a real Conf built from buildStoreOptions', () => {
  it('creates lockstep.json with mode 0600 holding the current schemaVersion and the defaults', () => {
    const conf = openConf(dir);
    expect(conf.path).toBe(fileOf(dir));
    expect(statSync(fileOf(dir)).mode & 0o777).toBe(0o600);
    // Sealed: the data, then the checksum of its canonical form.
    const checked = readChecked(bytes(dir).toString('utf8'));
    expect(checked).toMatchObject({ ok: true, sealed: true });
    const onDisk = (checked.ok ? checked.value : null) as StoredData;
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(onDisk).toEqual(emptyData());
  });

  it('keeps mode 0600 after later writes', () => {
    const conf = openConf(dir);
    conf.store = { ...emptyData(), settings: { language: 'es' } };
    expect(statSync(fileOf(dir)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(bytes(dir).toString('utf8'))).toMatchObject({ settings: { language: 'es' } });
  });

  it('re-opens an existing valid file without rewriting it', () => {
    openConf(dir).store = { ...emptyData(), settings: { language: 'es' } };
    const before = bytes(dir);
    const again = openConf(dir);
    expect(again.store).toMatchObject({ settings: { language: 'es' } });
    expect(bytes(dir).equals(before)).toBe(true);
  });

  const CORRUPT: [string, string][] = [
    ['garbage', 'this is not json {{{'],
    ['truncated JSON', '{"schemaVersion":2,"settings":{"lang'],
    ['empty file', ''],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"hello"'],
    ['an older schemaVersion', JSON.stringify({ ...emptyData(), schemaVersion: 1 })],
    ['a newer schemaVersion', JSON.stringify({ ...emptyData(), schemaVersion: 4 })],
    ['missing profiles', JSON.stringify({ schemaVersion: 3, settings: { language: 'en' }, plans: {} })],
    ['wrong language', JSON.stringify({ ...emptyData(), settings: { language: 'fr' } })],
    ['profiles not an array', JSON.stringify({ ...emptyData(), profiles: {} })],
    [
      'a profile with a bad date',
      JSON.stringify({
        ...emptyData(),
        profiles: [{ id: 'aaaaaaaa', name: 'A', relationship: 'myself', createdAt: 'yesterday', updatedAt: 'today' }],
      }),
    ],
    ['an unknown top-level key', JSON.stringify({ ...emptyData(), extra: true })],
    ['a UTF-8 BOM before valid JSON', `\uFEFF${JSON.stringify(emptyData())}`],
    ['an empty object', '{}'],
  ];

  // Why recovery must run before the backend is built: conf throws on all of these.
  it.each(CORRUPT)('a bad file (%s) makes the Conf constructor throw and is left byte-identical', (_label, content) => {
    writeFileSync(fileOf(dir), content, { mode: 0o600 });
    const before = snapshotDir(dir);
    expect(() => openConf(dir)).toThrow();
    expect(snapshotDir(dir)).toEqual(before);
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(content);
  });

  it.each(CORRUPT)(
    'openStore on the same file (%s) returns, and a Conf opens the result without throwing',
    (_label, content) => {
      writeFileSync(fileOf(dir), content, { mode: 0o600 });
      const opened = openStore(dir, (o) => new Conf(o));
      expect(['ok', 'corrupt-empty', 'migrated', 'newer']).toContain(opened.report.kind);
      if (opened.report.kind === 'newer') {
        // Refused read-only: the file stays exactly as it was, and conf is never pointed at it.
        expect(readFileSync(fileOf(dir), 'utf8')).toBe(content);
      } else {
        expect(() => openConf(dir)).not.toThrow();
        expect(dataSchema.parse(readBack(dir))).toEqual(opened.store.read());
      }
    },
  );
});

// ---- createDataStore ----

function memoryBackend(initial: StoredData = emptyData()) {
  let data: unknown = structuredClone(initial);
  const writes: StoredData[] = [];
  const log: string[] = [];
  let failWith: NodeJS.ErrnoException | null = null;
  const backend: StoreBackend = {
    path: join(dir, 'virtual', 'lockstep.json'),
    get store() {
      return structuredClone(data) as Record<string, unknown>;
    },
    set store(value) {
      if (failWith) {
        log.push('write-failed');
        throw failWith;
      }
      log.push('write');
      writes.push(structuredClone(value) as StoredData);
      data = structuredClone(value);
    },
  };
  return {
    backend,
    writes,
    log,
    peek: () => data,
    failWith(err: NodeJS.ErrnoException) {
      failWith = err;
    },
    heal() {
      failWith = null;
    },
  };
}

const someProfile = (id: string, name: string): Profile => ({
  id,
  name,
  relationship: 'myself',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

const withAna = (): StoredData => ({ ...emptyData(), profiles: [someProfile('aaaaaaaa', 'Ana')] });
const setLanguage = (language: Settings['language']) => (data: StoredData) => ({
  data: { ...data, settings: { language } },
  result: language,
});

describe('createDataStore', () => {
  it('reads the initial data and exposes the backend path', () => {
    const mem = memoryBackend(withAna());
    const store = createDataStore({ backend: mem.backend, initial: withAna() });
    expect(store.path).toBe(mem.backend.path);
    expect(store.read().profiles.map((p) => p.name)).toEqual(['Ana']);
    expect(store.saveState()).toEqual({ unsaved: false, lastError: null, readOnly: false });
    expect(mem.writes).toEqual([]);
  });

  it('applies a change in memory at once and resolves only after the write that holds it', async () => {
    const mem = memoryBackend();
    const store = createDataStore({ backend: mem.backend, initial: emptyData() });
    const pending = store.update(setLanguage('es')).then((r) => {
      mem.log.push('resolved');
      return r;
    });
    expect(store.read().settings.language).toBe('es');
    expect(store.saveState().unsaved).toBe(true);
    expect(mem.writes).toEqual([]);
    expect(await pending).toBe('es');
    expect(mem.log).toEqual(['write', 'resolved']);
    expect(mem.writes).toEqual([{ ...emptyData(), settings: { language: 'es' } }]);
    expect(store.saveState().unsaved).toBe(false);
  });

  it('coalesces 100 concurrent updates into exactly one write; every caller resolves after it', async () => {
    const mem = memoryBackend();
    const store = createDataStore({ backend: mem.backend, initial: emptyData() });
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        store
          .update((data) => ({
            data: { ...data, profiles: [...data.profiles, someProfile(`p-${String(i).padStart(6, '0')}`, `P${i}`)] },
            result: i,
          }))
          .then((r) => {
            mem.log.push(`resolved ${r}`);
            return r;
          }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(mem.writes).toHaveLength(1);
    expect(mem.writes[0]?.profiles.map((p) => p.name)).toEqual(Array.from({ length: 100 }, (_, i) => `P${i}`));
    expect(mem.log[0]).toBe('write');
    expect(mem.log.slice(1)).toHaveLength(100);
    expect(mem.log.filter((l) => l === 'write')).toHaveLength(1);
  });

  it('updates made one after another are each written', async () => {
    const mem = memoryBackend();
    const store = createDataStore({ backend: mem.backend, initial: emptyData() });
    await store.update(setLanguage('es'));
    await store.update(setLanguage('en'));
    expect(mem.writes.map((w) => w.settings.language)).toEqual(['es', 'en']);
  });

  it('never writes data that breaks the schema, and memory keeps the valid state', async () => {
    const mem = memoryBackend();
    const store = createDataStore({ backend: mem.backend, initial: emptyData() });
    await expect(
      store.update((data) => ({ data: { ...data, settings: { language: 'xx' } } as unknown as StoredData, result: 0 })),
    ).rejects.toThrow();
    await new Promise((r) => setImmediate(r));
    expect(mem.writes).toEqual([]);
    expect(store.read()).toEqual(emptyData());
  });

  it('a change function that throws writes nothing', async () => {
    const mem = memoryBackend();
    const store = createDataStore({ backend: mem.backend, initial: emptyData() });
    await expect(
      store.update(() => {
        throw new ApiFailure('nothing_to_undo');
      }),
    ).rejects.toThrow('nothing_to_undo');
    await new Promise((r) => setImmediate(r));
    expect(mem.writes).toEqual([]);
    expect(store.saveState().unsaved).toBe(false);
  });

  const PLAIN: [string, string][] = [
    ['ENOSPC', 'disk_full'],
    ['EACCES', 'permission'],
    ['EROFS', 'read_only_folder'],
  ];

  it.each(PLAIN)(
    'a failing disk (%s): every caller gets storage and its cause, memory keeps the change, flush writes it later',
    async (code, cause) => {
      const mem = memoryBackend(withAna());
      const store = createDataStore({ backend: mem.backend, initial: withAna() });
      mem.failWith(errno(code));
      const outcomes = await Promise.allSettled([
        store.update(setLanguage('es')),
        store.update((d) => ({
          data: { ...d, profiles: [...d.profiles, someProfile('bbbbbbbb', 'Bo')] },
          result: 'bo',
        })),
        store.update((d) => ({
          data: { ...d, profiles: d.profiles.map((p) => ({ ...p, name: `${p.name}!` })) },
          result: 'bang',
        })),
      ]);
      for (const outcome of outcomes) {
        expect(outcome.status).toBe('rejected');
        const err = (outcome as PromiseRejectedResult).reason as ApiFailure;
        expect(err).toBeInstanceOf(ApiFailure);
        expect(err.code).toBe('storage');
        // The cause and the OS code only (the renderer words them): no path, no errno text.
        expect(err.params).toEqual({ cause, detail: code });
        expect(JSON.stringify(err.params)).not.toMatch(/\/secret|simulated|open '/);
      }
      expect(mem.log).toEqual(['write-failed']);
      expect(store.saveState()).toEqual({ unsaved: true, lastError: code, readOnly: false });
      expect(mem.peek()).toEqual(withAna());
      const expected = {
        ...withAna(),
        settings: { language: 'es' as const },
        profiles: [someProfile('aaaaaaaa', 'Ana!'), someProfile('bbbbbbbb', 'Bo!')],
      };
      expect(store.read()).toEqual(expected);

      // A retry while the disk is still bad fails the same way and changes nothing.
      await expect(store.flush()).rejects.toMatchObject({ code: 'storage' });
      expect(mem.peek()).toEqual(withAna());

      mem.heal();
      await store.flush();
      expect(mem.peek()).toEqual(expected);
      expect(store.saveState()).toEqual({ unsaved: false, lastError: null, readOnly: false });
    },
  );

  it('an error without a known code still gets a cause, naming the code only', async () => {
    const mem = memoryBackend();
    const store = createDataStore({ backend: mem.backend, initial: emptyData() });
    mem.failWith(errno('EIO'));
    const err = (await store.update(setLanguage('es')).catch((e: unknown) => e)) as ApiFailure;
    expect(err.code).toBe('storage');
    expect(err.params).toEqual({ cause: 'other', detail: 'EIO' });
  });

  it('with a real Conf: a failing write leaves the file byte-identical, and a later flush writes the change', async () => {
    const confs: Conf[] = [];
    const opened = openStore(dir, (o) => {
      const conf = new Conf(o);
      confs.push(conf);
      return conf;
    });
    expect(confs).toHaveLength(1);
    await opened.store.update(setLanguage('es'));
    const before = bytes(dir);
    const spy = vi.spyOn(confs[0] as Conf, 'store', 'set').mockImplementation(() => {
      throw errno('ENOSPC');
    });
    await expect(
      opened.store.update((d) => ({ data: { ...d, profiles: [someProfile('aaaaaaaa', 'Ana')] }, result: 0 })),
    ).rejects.toMatchObject({
      code: 'storage',
    });
    expect(bytes(dir).equals(before)).toBe(true);
    expect(readBack(dir)).toEqual({ ...emptyData(), settings: { language: 'es' } });
    expect(opened.store.read().profiles.map((p) => p.name)).toEqual(['Ana']);
    spy.mockRestore();
    await opened.store.flush();
    expect(readBack(dir)).toEqual({
      ...emptyData(),
      settings: { language: 'es' },
      profiles: [someProfile('aaaaaaaa', 'Ana')],
    });
    expect(opened.store.saveState().unsaved).toBe(false);
  });

  it('read-only (a newer file): update and replace are refused with read_only, flush writes nothing', async () => {
    const mem = memoryBackend();
    const store = createDataStore({ backend: mem.backend, initial: emptyData(), readOnly: true });
    const err = (await store.update(setLanguage('es')).catch((e: unknown) => e)) as ApiFailure;
    expect(err).toBeInstanceOf(ApiFailure);
    expect(err.code).toBe('read_only');
    await expect(store.replace({ ...emptyData(), settings: { language: 'es' } })).rejects.toMatchObject({
      code: 'read_only',
    });
    await store.flush();
    expect(store.read()).toEqual(emptyData());
    expect(mem.log).toEqual([]);
    expect(store.saveState()).toEqual({ unsaved: false, lastError: null, readOnly: true });
  });

  it('replace() is durable before it resolves', async () => {
    const mem = memoryBackend();
    const store = createDataStore({ backend: mem.backend, initial: emptyData() });
    await store.replace(withAna());
    expect(mem.writes).toEqual([withAna()]);
    expect(store.read()).toEqual(withAna());
  });

  it('makes a periodic backup at most every 15 minutes while changes happen', async () => {
    const mem = memoryBackend();
    const backups = createBackups(dir);
    let t = Date.UTC(2025, 5, 1, 12, 0, 0);
    const store = createDataStore({
      backend: mem.backend,
      initial: emptyData(),
      backups,
      now: () => new Date(t),
      lastBackupAt: new Date(t),
    });
    await store.update(setLanguage('es'));
    t += 14 * 60 * 1000;
    await store.update(setLanguage('en'));
    expect(backups.list()).toEqual([]);
    t += 60 * 1000;
    await store.update(setLanguage('es'));
    expect(backups.list().map((b) => b.createdAt)).toEqual(['2025-06-01T12:15:00.000Z']);
    t += 60 * 1000;
    await store.update(setLanguage('en'));
    expect(backups.list()).toHaveLength(1);
  });
});

// ---- handlers through dispatch, with a real Conf ----

function services(d: string, openExternal = vi.fn()) {
  let tick = Date.UTC(2025, 0, 1);
  let n = 0;
  let conf: Conf | undefined;
  const { handlers, opened } = createAppServices({
    dataDir: d,
    createBackend: (options) => (conf = new Conf(options)),
    info: { version: '9.9.9', host: 'browser', dataDir: d },
    openExternal,
    now: () => new Date((tick += 1000)),
    newId: () => `id-test-${String(++n).padStart(4, '0')}`,
  });
  if (!conf) throw new Error('the backend was not built');
  return { handlers, opened, openExternal, conf };
}

describe('handlers via dispatch on a real Conf', () => {
  it('reports app info, the start-up report and the data file', async () => {
    const { handlers } = services(dir);
    expect(unwrap(await dispatch(handlers, 'app:info', undefined))).toEqual({
      version: '9.9.9',
      host: 'browser',
      dataDir: dir,
    });
    expect(unwrap(await dispatch(handlers, 'app:status', undefined))).toEqual({
      startup: { kind: 'fresh' },
      save: { unsaved: false, lastError: null, readOnly: false },
      dataFile: fileOf(dir),
    });
  });

  it('create, rename, delete and settings persist; a new Conf and new services read them back', async () => {
    const { handlers } = services(dir);
    const ana = unwrap(
      await dispatch(handlers, 'profiles:create', { name: '  Ana María ', relationship: 'parent' }),
    ) as Profile;
    const li = unwrap(
      await dispatch(handlers, 'profiles:create', { name: '李小龍', relationship: 'myself' }),
    ) as Profile;
    expect(ana.name).toBe('Ana María');
    expect(ana.id).not.toBe(li.id);
    expect(ana.createdAt).toBe(ana.updatedAt);

    const renamed = unwrap(await dispatch(handlers, 'profiles:rename', { id: li.id, name: 'Bruce' })) as Profile;
    expect(renamed).toMatchObject({ id: li.id, name: 'Bruce', createdAt: li.createdAt });
    expect(renamed.updatedAt > li.updatedAt).toBe(true);

    expect(unwrap(await dispatch(handlers, 'profiles:delete', { id: ana.id }))).toEqual({ id: ana.id });
    expect(unwrap(await dispatch(handlers, 'settings:update', { language: 'es' }))).toEqual({ language: 'es' });
    expect(unwrap(await dispatch(handlers, 'settings:update', {}))).toEqual({ language: 'es' });
    // IPC keeps undefined-valued keys; an optional field sent as undefined leaves the setting alone.
    expect(unwrap(await dispatch(handlers, 'settings:update', { language: undefined }))).toEqual({ language: 'es' });

    const reopened = readBack(dir);
    expect(reopened.schemaVersion).toBe(SCHEMA_VERSION);
    expect(reopened.settings).toEqual({ language: 'es' } satisfies Settings);
    expect(reopened.profiles).toEqual([renamed]);

    // A second set of services on the same folder sees the same state through the contract.
    const second = services(dir).handlers;
    expect(unwrap(await dispatch(second, 'profiles:list', undefined))).toEqual([renamed]);
    expect(unwrap(await dispatch(second, 'settings:get', undefined))).toEqual({ language: 'es' });
    expect(statSync(fileOf(dir)).mode & 0o777).toBe(0o600);
  });

  it('each rejected call leaves the data folder (backups included) byte-identical', async () => {
    const { handlers, openExternal } = services(dir);
    const existing = unwrap(
      await dispatch(handlers, 'profiles:create', { name: 'Ana', relationship: 'myself' }),
    ) as Profile;
    const rejected: [string, unknown, string][] = [
      ['profiles:create', { name: '', relationship: 'myself' }, 'invalid_input'],
      ['profiles:create', { name: 'a'.repeat(81), relationship: 'myself' }, 'invalid_input'],
      ['profiles:create', { name: 'Ana', relationship: 'myself', extra: 1 }, 'invalid_input'],
      ['profiles:create', { name: 'A\u202Ena', relationship: 'myself' }, 'invalid_input'],
      ['profiles:rename', { id: 'id-missing-0000', name: 'X' }, 'profile_not_found'],
      ['profiles:rename', { id: existing.id, name: '   ' }, 'invalid_input'],
      ['profiles:delete', { id: 'id-missing-0000' }, 'profile_not_found'],
      ['profiles:delete', { id: 'NOT VALID' }, 'invalid_input'],
      ['settings:update', { language: 'fr' }, 'invalid_input'],
      ['settings:update', { language: 'es', theme: 'dark' }, 'invalid_input'],
      ['plan:saveAnswers', { profileId: 'id-missing-0000', answers: null }, 'invalid_input'],
      [
        'checklist:update',
        { profileId: existing.id, stepId: 'no-such-step', change: { kind: 'note', note: 'x' } },
        'step_not_found',
      ],
      ['checklist:undo', { profileId: existing.id, stepId: 'freeze-equifax' }, 'nothing_to_undo'],
      ['backups:restore', { id: 'lockstep-20250101T000000000Z.json' }, 'backup_missing'],
      ['backups:restore', { id: '../lockstep.json' }, 'invalid_input'],
      ['links:open', { url: 'javascript:alert(1)' }, 'not_allowed_url'],
      ['nope:nope', {}, 'unknown_operation'],
    ];
    for (const [op, payload, code] of rejected) {
      const before = snapshotDir(dir);
      const result = await dispatch(handlers, op, payload);
      expect(result.ok ? 'ok' : result.error.code, `${op} ${JSON.stringify(payload)}`).toBe(code);
      expect(snapshotDir(dir), `${op} ${JSON.stringify(payload)}`).toEqual(before);
    }
    expect(openExternal).not.toHaveBeenCalled();
    expect(readBack(dir).profiles).toEqual([existing]);
  });

  it.each(['ENOSPC', 'EACCES', 'EROFS'])(
    'a disk failure (%s) through dispatch → storage, file byte-identical, change kept in memory, storage:retry saves it',
    async (code) => {
      const { handlers, conf } = services(dir);
      unwrap(await dispatch(handlers, 'profiles:create', { name: 'Ana', relationship: 'myself' }));
      const before = bytes(dir);
      const spy = vi.spyOn(conf, 'store', 'set').mockImplementation(() => {
        throw errno(code);
      });
      const result = await dispatch(handlers, 'profiles:create', { name: 'Bob', relationship: 'child' });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('storage');
        // Only the OS code travels, never the path or the error's own text.
        expect(JSON.stringify(result.error)).not.toMatch(/\/secret|simulated/);
        expect(result.error.params).toEqual({
          cause: code === 'ENOSPC' ? 'disk_full' : code === 'EACCES' ? 'permission' : 'read_only_folder',
          detail: code,
        });
      }
      expect(bytes(dir).equals(before)).toBe(true);
      // The change is kept (shown as unsaved), not silently dropped.
      expect((unwrap(await dispatch(handlers, 'profiles:list', undefined)) as Profile[]).map((p) => p.name)).toEqual([
        'Ana',
        'Bob',
      ]);
      const status = unwrap(await dispatch(handlers, 'app:status', undefined)) as {
        save: { unsaved: boolean; lastError: string | null };
      };
      expect(status.save).toMatchObject({ unsaved: true, lastError: code });
      // Still failing: retry reports storage again, nothing on disk moves.
      expect((await dispatch(handlers, 'storage:retry', undefined)).ok).toBe(false);
      expect(bytes(dir).equals(before)).toBe(true);

      spy.mockRestore();
      expect(unwrap(await dispatch(handlers, 'storage:retry', undefined))).toEqual({
        unsaved: false,
        lastError: null,
        readOnly: false,
      });
      expect(readBack(dir).profiles.map((p) => p.name)).toEqual(['Ana', 'Bob']);
    },
  );

  if (isRoot) console.log('Skipping the read-only data folder case: running as root, which ignores file permissions.');
  it.skipIf(isRoot)(
    'a read-only data folder (a real EACCES; root ignores permissions) → storage, file unchanged',
    async () => {
      const { handlers } = services(dir);
      chmodSync(dir, 0o500);
      const before = bytes(dir);
      const result = await dispatch(handlers, 'profiles:create', { name: 'Bob', relationship: 'child' });
      expect(result.ok ? 'ok' : result.error.code).toBe('storage');
      expect(bytes(dir).equals(before)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://equifax.com/',
    'https://equifax.com.evil.example/',
    'https://user:pw@equifax.com/',
    'https://xn--quifax-6ve.com/',
    String.raw`https:\\equifax.com`,
    'https://equifax.com:8443/',
  ])('links:open refuses %s and never calls openExternal', async (url) => {
    const { handlers, openExternal } = services(dir);
    const result = await dispatch(handlers, 'links:open', { url });
    expect(result.ok ? 'ok' : result.error.code).toBe('not_allowed_url');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('links:open opens an official URL once, normalised, and returns it', async () => {
    const { handlers, openExternal } = services(dir);
    const result = await dispatch(handlers, 'links:open', {
      url: 'https://WWW.Equifax.com/personal/credit-report-services/credit-freeze/',
    });
    const expected = 'https://www.equifax.com/personal/credit-report-services/credit-freeze/';
    expect(unwrap(result)).toEqual({ url: expected });
    expect(openExternal.mock.calls).toEqual([[expected]]);
  });

  it('links:open reports an opener that fails as internal, not as success', async () => {
    const openExternal = vi.fn(() => Promise.reject(new Error('no handler for https')));
    const { handlers } = services(dir, openExternal);
    const result = await dispatch(handlers, 'links:open', { url: 'https://www.irs.gov/' });
    expect(result.ok ? 'ok' : result.error.code).toBe('internal');
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('no stray temp files are left in the data folder after writes', async () => {
    const { handlers } = services(dir);
    for (let i = 0; i < 5; i++)
      unwrap(await dispatch(handlers, 'profiles:create', { name: `P${i}`, relationship: 'other' }));
    const files = Object.keys(snapshotDir(dir));
    expect(files.filter((f) => !f.startsWith('backups/') && !f.startsWith('logs/'))).toEqual(['lockstep.json']);
    expect(files.filter((f) => f.includes('tmp'))).toEqual([]);
    expect(readBack(dir).profiles).toHaveLength(5);
  });
});
