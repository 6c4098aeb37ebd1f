import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { dispatch } from '../../../electron/shared/contract/dispatch';
import { ApiFailure, type Result } from '../../../electron/shared/contract/result';
import type { Profile, Settings } from '../../../electron/shared/contract/schemas';
import { createAppServices } from '../../../electron/services/app-services';
import { SCHEMA_VERSION, dataSchema, emptyData, type StoredData } from '../../../electron/services/store/data-schema';
import { createDataStore, type StoreBackend } from '../../../electron/services/store/data-store';
import { DATA_FILE_BASENAME, DATA_FILE_MODE, buildStoreOptions } from '../../../electron/services/store/store-options';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const fileOf = (d: string) => join(d, 'lockstep.json');
const bytes = (d: string) => readFileSync(fileOf(d));
/** Everything in the folder, name → bytes: catches stray temp files as well as changed content. */
const snapshotDir = (d: string) => Object.fromEntries(readdirSync(d).sort().map((n) => [n, readFileSync(join(d, n)).toString('base64')]));
const openConf = (d: string) => new Conf(buildStoreOptions(d));
const readBack = (d: string) => openConf(d).store as unknown as StoredData;

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

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
    const fromZod = z.toJSONSchema(dataSchema, { target: 'draft-2020-12' }) as { properties: Record<string, unknown>; required: string[] };
    expect(options.schema).toEqual(fromZod.properties);
    expect(Object.keys(options.schema).sort()).toEqual(Object.keys(dataSchema.shape).sort());
    expect([...options.rootSchema.required].sort()).toEqual(Object.keys(dataSchema.shape).sort());
    expect(options.rootSchema.additionalProperties).toBe(false);
  });

  it('defaults to a valid empty file at the current schema version', () => {
    const options = buildStoreOptions(dir);
    expect(options.defaults).toEqual(emptyData());
    expect(dataSchema.parse(options.defaults)).toEqual(options.defaults);
    expect(options.defaults.schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe('a real Conf built from buildStoreOptions', () => {
  it('creates lockstep.json with mode 0600 holding schemaVersion 1 and the defaults', () => {
    const conf = openConf(dir);
    expect(conf.path).toBe(fileOf(dir));
    expect(statSync(fileOf(dir)).mode & 0o777).toBe(0o600);
    const onDisk = JSON.parse(bytes(dir).toString('utf8')) as StoredData;
    expect(onDisk.schemaVersion).toBe(1);
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
    ['truncated JSON', '{"schemaVersion":1,"settings":{"lang'],
    ['empty file', ''],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"hello"'],
    ['wrong schemaVersion', JSON.stringify({ ...emptyData(), schemaVersion: 2 })],
    ['missing profiles', JSON.stringify({ schemaVersion: 1, settings: { language: 'en' } })],
    ['wrong language', JSON.stringify({ ...emptyData(), settings: { language: 'fr' } })],
    ['profiles not an array', JSON.stringify({ ...emptyData(), profiles: {} })],
    ['a profile with a bad date', JSON.stringify({ ...emptyData(), profiles: [{ id: 'aaaaaaaa', name: 'A', relationship: 'myself', createdAt: 'yesterday', updatedAt: 'today' }] })],
    ['an unknown top-level key', JSON.stringify({ ...emptyData(), extra: true })],
    ['an empty object', '{}'],
  ];

  it.each(CORRUPT)('a corrupt file (%s) makes the constructor throw and is left byte-identical', (_label, content) => {
    writeFileSync(fileOf(dir), content, { mode: 0o600 });
    const before = snapshotDir(dir);
    expect(() => openConf(dir)).toThrow();
    expect(snapshotDir(dir)).toEqual(before);
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(content);
  });
});

// ---- createDataStore ----

function memoryBackend(initial: unknown = emptyData()) {
  let data = structuredClone(initial) as Record<string, unknown>;
  const writes: unknown[] = [];
  let failWith: NodeJS.ErrnoException | null = null;
  const backend: StoreBackend = {
    path: '/virtual/lockstep.json',
    get store() {
      return structuredClone(data);
    },
    set store(value) {
      if (failWith) throw failWith;
      writes.push(structuredClone(value));
      data = structuredClone(value);
    },
  };
  return {
    backend,
    writes,
    peek: () => data,
    failNextWith(code: string | undefined) {
      const err: NodeJS.ErrnoException = new Error(`simulated ${code ?? 'failure'} /secret/path`);
      if (code) err.code = code;
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

describe('createDataStore', () => {
  it('reads what the backend holds and exposes its path', () => {
    const mem = memoryBackend({ ...emptyData(), profiles: [someProfile('aaaaaaaa', 'Ana')] });
    const store = createDataStore(mem.backend);
    expect(store.path).toBe('/virtual/lockstep.json');
    expect(store.read().profiles.map((p) => p.name)).toEqual(['Ana']);
  });

  it('refuses to start on data that does not match the schema', () => {
    expect(() => createDataStore(memoryBackend({ schemaVersion: 99 }).backend)).toThrow();
  });

  it('adopts a change only after the backend wrote it, and returns the result', () => {
    const mem = memoryBackend();
    const store = createDataStore(mem.backend);
    const result = store.update((data) => ({ data: { ...data, settings: { language: 'es' } }, result: 'done' }));
    expect(result).toBe('done');
    expect(mem.writes).toEqual([{ ...emptyData(), settings: { language: 'es' } }]);
    expect(store.read().settings.language).toBe('es');
  });

  it.each(['EACCES', 'ENOSPC', 'EROFS', undefined])('a write that fails (%s) → ApiFailure storage; memory and backend unchanged', (code) => {
    const mem = memoryBackend({ ...emptyData(), profiles: [someProfile('aaaaaaaa', 'Ana')] });
    const store = createDataStore(mem.backend);
    const before = structuredClone(store.read());
    mem.failNextWith(code);
    let thrown: unknown;
    try {
      store.update((data) => ({ data: { ...data, profiles: [] }, result: 1 }));
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ApiFailure);
    expect((thrown as ApiFailure).code).toBe('storage');
    expect((thrown as ApiFailure).message).toContain(code ?? 'unknown');
    expect((thrown as ApiFailure).message).not.toContain('/secret/path');
    expect(store.read()).toEqual(before);
    expect(mem.peek()).toEqual(before);
    mem.heal();
    expect(store.read()).toEqual(before);
    // And the store still works once the disk is back.
    store.update((data) => ({ data: { ...data, settings: { language: 'es' } }, result: null }));
    expect(store.read()).toEqual({ ...before, settings: { language: 'es' } });
  });

  it('never writes data that breaks the schema', () => {
    const mem = memoryBackend();
    const store = createDataStore(mem.backend);
    expect(() => store.update((data) => ({ data: { ...data, settings: { language: 'xx' } } as unknown as StoredData, result: 0 }))).toThrow();
    expect(mem.writes).toEqual([]);
    expect(store.read()).toEqual(emptyData());
  });

  it('a change function that throws writes nothing', () => {
    const mem = memoryBackend();
    const store = createDataStore(mem.backend);
    expect(() =>
      store.update(() => {
        throw new ApiFailure('not_found', 'nope');
      }),
    ).toThrow('nope');
    expect(mem.writes).toEqual([]);
  });

  it('with a real Conf: a failing disk write leaves memory and the file as they were', () => {
    const conf = openConf(dir);
    const store = createDataStore(conf);
    const before = bytes(dir);
    const spy = vi.spyOn(conf, 'store', 'set').mockImplementation(() => {
      const err: NodeJS.ErrnoException = new Error('EACCES: permission denied');
      err.code = 'EACCES';
      throw err;
    });
    expect(() => store.update((d) => ({ data: { ...d, settings: { language: 'es' } }, result: 0 }))).toThrow(ApiFailure);
    spy.mockRestore();
    expect(store.read().settings.language).toBe('en');
    expect(bytes(dir).equals(before)).toBe(true);
    expect(readBack(dir).settings.language).toBe('en');
  });
});

// ---- handlers through dispatch, with a real Conf ----

function services(d: string, openExternal = vi.fn()) {
  let tick = Date.UTC(2025, 0, 1);
  let n = 0;
  const { handlers, dataPath } = createAppServices({
    backend: openConf(d),
    info: { version: '9.9.9', host: 'browser', dataDir: d },
    openExternal,
    now: () => new Date((tick += 1000)),
    newId: () => `id-test-${String(++n).padStart(4, '0')}`,
  });
  return { handlers, dataPath, openExternal };
}

describe('handlers via dispatch on a real Conf', () => {
  it('reports app info and the data path', async () => {
    const { handlers, dataPath } = services(dir);
    expect(dataPath).toBe(fileOf(dir));
    expect(unwrap(await dispatch(handlers, 'app:info', undefined))).toEqual({ version: '9.9.9', host: 'browser', dataDir: dir });
  });

  it('create, rename, delete and settings persist; a new Conf reads them back', async () => {
    const { handlers } = services(dir);
    const ana = unwrap(await dispatch(handlers, 'profiles:create', { name: '  Ana María ', relationship: 'parent' })) as Profile;
    const li = unwrap(await dispatch(handlers, 'profiles:create', { name: '李小龍', relationship: 'myself' })) as Profile;
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
    expect(reopened.schemaVersion).toBe(1);
    expect(reopened.settings).toEqual({ language: 'es' } satisfies Settings);
    expect(reopened.profiles).toEqual([renamed]);

    // A second set of services on the same folder sees the same state through the contract.
    const second = services(dir).handlers;
    expect(unwrap(await dispatch(second, 'profiles:list', undefined))).toEqual([renamed]);
    expect(unwrap(await dispatch(second, 'settings:get', undefined))).toEqual({ language: 'es' });
    expect(statSync(fileOf(dir)).mode & 0o777).toBe(0o600);
  });

  it('each rejected call leaves the file byte-identical', async () => {
    const { handlers, openExternal } = services(dir);
    const existing = unwrap(await dispatch(handlers, 'profiles:create', { name: 'Ana', relationship: 'myself' })) as Profile;
    const rejected: [string, unknown, string][] = [
      ['profiles:create', { name: '', relationship: 'myself' }, 'invalid_input'],
      ['profiles:create', { name: 'a'.repeat(81), relationship: 'myself' }, 'invalid_input'],
      ['profiles:create', { name: 'Ana', relationship: 'myself', extra: 1 }, 'invalid_input'],
      ['profiles:create', { name: 'A\u202Ena', relationship: 'myself' }, 'invalid_input'],
      ['profiles:rename', { id: 'id-missing-0000', name: 'X' }, 'not_found'],
      ['profiles:rename', { id: existing.id, name: '   ' }, 'invalid_input'],
      ['profiles:delete', { id: 'id-missing-0000' }, 'not_found'],
      ['profiles:delete', { id: 'NOT VALID' }, 'invalid_input'],
      ['settings:update', { language: 'fr' }, 'invalid_input'],
      ['settings:update', { language: 'es', theme: 'dark' }, 'invalid_input'],
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

  it('a storage failure through dispatch → storage, file unchanged, and the old data is still served', async () => {
    const backend = openConf(dir);
    const { handlers } = createAppServices({ backend, info: { version: '1', host: 'browser', dataDir: dir }, openExternal: vi.fn() });
    unwrap(await dispatch(handlers, 'profiles:create', { name: 'Ana', relationship: 'myself' }));
    const before = bytes(dir);
    const spy = vi.spyOn(backend, 'store', 'set').mockImplementation(() => {
      throw Object.assign(new Error('EACCES: permission denied, open /secret'), { code: 'EACCES' });
    });
    const result = await dispatch(handlers, 'profiles:create', { name: 'Bob', relationship: 'child' });
    spy.mockRestore();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('storage');
      expect(result.error.message).toContain('EACCES');
      expect(result.error.message).not.toContain('/secret');
    }
    expect(bytes(dir).equals(before)).toBe(true);
    expect((unwrap(await dispatch(handlers, 'profiles:list', undefined)) as Profile[]).map((p) => p.name)).toEqual(['Ana']);
  });

  it('a read-only data file (real EACCES for non-root users) → storage, file unchanged', async () => {
    // root ignores file permissions, so there is nothing to observe there; the spy tests above cover it.
    if (process.getuid?.() === 0) return;
    const { handlers } = services(dir);
    chmodSync(dir, 0o500);
    try {
      const before = bytes(dir);
      const result = await dispatch(handlers, 'profiles:create', { name: 'Bob', relationship: 'child' });
      expect(result.ok ? 'ok' : result.error.code).toBe('storage');
      expect(bytes(dir).equals(before)).toBe(true);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

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
    const result = await dispatch(handlers, 'links:open', { url: 'https://WWW.Equifax.com/personal/credit-report-services/credit-freeze/' });
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
    for (let i = 0; i < 5; i++) unwrap(await dispatch(handlers, 'profiles:create', { name: `P${i}`, relationship: 'other' }));
    expect(readdirSync(dir)).toEqual(['lockstep.json']);
    expect(existsSync(fileOf(dir))).toBe(true);
  });
});
