import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../electron/shared/contract/result';
import { MAX_FILE_BYTES, createBackups } from '../../../electron/services/store/backups';
import { dataSchema, emptyData, type StoredData } from '../../../electron/services/store/data-schema';
import { openStore, type OpenedStore } from '../../../electron/services/store/open-store';
import { buildStoreOptions } from '../../../electron/services/store/store-options';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const FILE = 'lockstep.json';

let root: string;
let dataDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lockstep-corrupt-'));
  dataDir = join(root, 'data');
  mkdirSync(dataDir, { mode: 0o700 });
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const profile = (id: string, name: string) => ({
  id,
  name,
  relationship: 'myself' as const,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** The state the user had before the damage: what the newest valid backup holds. */
const GOOD: StoredData = dataSchema.parse({
  schemaVersion: 3,
  settings: { language: 'es' },
  profiles: [profile('rita-0001', 'Rita')],
  plans: {
    'rita-0001': {
      answers: null,
      checklist: {
        'freeze-equifax': {
          status: 'done',
          doneAt: '2026-02-01T00:00:00.000Z',
          subStepsDone: [],
          updatedAt: '2026-02-01T00:00:00.000Z',
        },
      },
      undo: null,
    },
  },
});
const OLD: StoredData = { ...emptyData(), profiles: [profile('olga-0001', 'Old Olga')] };
const GOOD_AT = new Date('2026-02-01T00:00:00.000Z');
const GOOD_ID = 'lockstep-20260201T000000000Z.json';
const GOOD_TEXT = JSON.stringify(GOOD, null, 2);

/** Two valid backups (the newer one must win) and a damaged one that is newer still (must be skipped). */
function placeBackups(dir: string) {
  const backups = createBackups(dir);
  backups.write(OLD, new Date('2026-01-01T00:00:00.000Z'));
  expect(backups.write(GOOD, GOOD_AT)).toBe(GOOD_ID);
  writeFileSync(join(backups.dir, 'lockstep-20260301T000000000Z.json'), '{"schemaVersion":2,"settings":{"lan', {
    mode: 0o600,
  });
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const fileSha = (p: string) => sha(readFileSync(p));
/** Deterministic noise, so a failure can be reproduced. */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

type Expect = 'corrupt' | 'ok' | 'newer';
interface Case {
  name: string;
  expect: Expect;
  /** Puts the damage in place. */
  setup: (dir: string) => void;
  /** For 'ok': what the store must hold afterwards. */
  data?: StoredData;
}

const put =
  (content: string | Buffer, mode = 0o600) =>
  (dir: string) =>
    writeFileSync(join(dir, FILE), content, { mode });
const validText = JSON.stringify({ ...emptyData(), profiles: [profile('anna-0001', 'Anna')] });
const valid = dataSchema.parse(JSON.parse(validText));

const CASES: Case[] = [
  { name: 'an empty file', expect: 'corrupt', setup: put('') },
  { name: 'whitespace only', expect: 'corrupt', setup: put('  \n\t\n') },
  {
    name: 'truncated JSON (a write cut in half)',
    expect: 'corrupt',
    setup: put(GOOD_TEXT.slice(0, Math.floor(GOOD_TEXT.length / 2))),
  },
  { name: 'garbage text', expect: 'corrupt', setup: put('this is not json {{{ at all') },
  {
    name: 'valid JSON of the wrong shape',
    expect: 'corrupt',
    setup: put(JSON.stringify({ hello: 'world', items: [1, 2, 3] })),
  },
  {
    name: 'wrong types inside (profiles is a string)',
    expect: 'corrupt',
    setup: put(JSON.stringify({ ...emptyData(), profiles: 'Anna' })),
  },
  {
    name: 'wrong types inside (a profile id is a number)',
    expect: 'corrupt',
    setup: put(JSON.stringify({ ...emptyData(), profiles: [{ ...profile('x', 'A'), id: 5 }] })),
  },
  {
    name: 'wrong types inside (an unknown step status)',
    expect: 'corrupt',
    setup: put(
      JSON.stringify({
        ...GOOD,
        plans: {
          'rita-0001': {
            answers: null,
            checklist: { s: { status: 'maybe', subStepsDone: [], updatedAt: 'x' } },
            undo: null,
          },
        },
      }),
    ),
  },
  {
    name: 'an unsupported language',
    expect: 'corrupt',
    setup: put(JSON.stringify({ ...emptyData(), settings: { language: 'fr' } })),
  },
  {
    name: 'a newer schemaVersion (4)',
    expect: 'newer',
    setup: put(JSON.stringify({ ...GOOD, schemaVersion: 4, futureField: { x: 1 } })),
  },
  { name: 'schemaVersion 0', expect: 'corrupt', setup: put(JSON.stringify({ ...GOOD, schemaVersion: 0 })) },
  { name: 'a negative schemaVersion', expect: 'corrupt', setup: put(JSON.stringify({ ...GOOD, schemaVersion: -2 })) },
  { name: 'schemaVersion as a string', expect: 'corrupt', setup: put(JSON.stringify({ ...GOOD, schemaVersion: '2' })) },
  {
    name: 'a fractional schemaVersion',
    expect: 'corrupt',
    setup: put(JSON.stringify({ ...GOOD, schemaVersion: 1.5 })),
  },
  {
    name: 'no schemaVersion',
    expect: 'corrupt',
    setup: put(JSON.stringify({ settings: GOOD.settings, profiles: GOOD.profiles, plans: GOOD.plans })),
  },
  { name: 'binary noise', expect: 'corrupt', setup: put(noise(4096, 7)) },
  {
    name: 'a NUL-filled file (a crash before the data reached the disk)',
    expect: 'corrupt',
    setup: put(Buffer.alloc(8192)),
  },
  { name: 'a UTF-8 BOM before valid JSON (loads fine)', expect: 'ok', setup: put(`\uFEFF${validText}`), data: valid },
  {
    name: 'valid data with a key the schema does not know (loads, cleaned)',
    expect: 'ok',
    setup: put(JSON.stringify({ ...JSON.parse(validText), extra: 1 })),
    data: valid,
  },
  { name: 'a UTF-16 file', expect: 'corrupt', setup: put(Buffer.from(`\uFEFF${validText}`, 'utf16le')) },
  {
    name: `a huge file (> MAX_FILE_BYTES, valid JSON padded with spaces)`,
    expect: 'corrupt',
    setup: (dir) => {
      const fd = openSync(join(dir, FILE), 'w', 0o600);
      writeSync(fd, validText);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let written = 0; written <= MAX_FILE_BYTES; written += chunk.length) writeSync(fd, chunk);
      closeSync(fd);
    },
  },
  { name: 'a JSON array at the top level', expect: 'corrupt', setup: put(JSON.stringify([GOOD])) },
  { name: 'a bare JSON string', expect: 'corrupt', setup: put('"lockstep"') },
  { name: 'JSON null', expect: 'corrupt', setup: put('null') },
  {
    name: 'deeply nested arrays (100k levels)',
    expect: 'corrupt',
    setup: put(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
  },
  {
    name: 'deeply nested objects inside valid keys (100k levels)',
    expect: 'corrupt',
    setup: put(
      `{"schemaVersion":2,"settings":{"language":"en"},"profiles":[],"plans":{"p":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`,
    ),
  },
  {
    name: 'a directory where the file should be',
    expect: 'corrupt',
    setup: (dir) => {
      mkdirSync(join(dir, FILE));
      writeFileSync(join(dir, FILE, 'inside.txt'), 'keep me');
    },
  },
  { name: 'a read-only (0400) valid file', expect: 'ok', setup: put(validText, 0o400), data: valid },
  { name: 'a read-only (0400) damaged file', expect: 'corrupt', setup: put('{"schemaVersion":2,', 0o400) },
  {
    name: 'leftover temp files from a crashed write, beside a valid file (swept)',
    expect: 'ok',
    data: valid,
    setup: (dir) => {
      put(validText)(dir);
      writeFileSync(join(dir, `.${FILE}.tmp-4242-a1b2c3d4e5f6`), '{"schemaVersion":2,"sett');
      writeFileSync(join(dir, `${FILE}.tmp-1712345678a1b2c3`), '');
    },
  },
  {
    name: 'leftover temp files beside a damaged file (swept; the damaged file kept)',
    expect: 'corrupt',
    setup: (dir) => {
      put('{')(dir);
      writeFileSync(join(dir, `.${FILE}.tmp-4242-a1b2c3d4e5f6`), validText);
    },
  },
];

/** What was there before: bytes for a file, the listing and bytes for a directory. */
function fingerprint(path: string): string {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return `file:${stat.size}:${fileSha(path)}`;
  return `dir:${readdirSync(path)
    .sort()
    .map((n) => `${n}=${fileSha(join(path, n))}`)
    .join(',')}`;
}

function open(dir: string): OpenedStore {
  let opened: OpenedStore | undefined;
  // Never a stack trace for the user: openStore returns for every kind of damage.
  expect(() => {
    opened = openStore(
      dir,
      (o) => new Conf(o),
      () => NOW,
    );
  }).not.toThrow();
  if (!opened) throw new Error('openStore returned nothing');
  return opened;
}

const corruptFiles = (dir: string) => readdirSync(dir).filter((n) => n.startsWith(`${FILE}.corrupt-`));
const backupCount = (dir: string) => (existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')).length : 0);
const tempFiles = (dir: string) => readdirSync(dir).filter((n) => n.includes('.tmp-'));

/** The data file must be valid, readable by a real Conf, and the store must accept and persist a change. */
async function expectWorkingStore(dir: string, opened: OpenedStore, data: StoredData) {
  expect(opened.store.read()).toEqual(data);
  const onDisk = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as unknown;
  expect(dataSchema.parse(onDisk)).toEqual(data);
  // Private to the user (0600, or a stricter mode the file already had) …
  expect(statSync(join(dir, FILE)).mode & 0o077).toBe(0);
  expect(() => new Conf(buildStoreOptions(dir))).not.toThrow();
  await opened.store.update((d) => ({
    data: { ...d, profiles: [...d.profiles, profile('after-0001', 'After')] },
    result: null,
  }));
  // … and 0600 once written.
  expect(statSync(join(dir, FILE)).mode & 0o777).toBe(0o600);
  expect((new Conf(buildStoreOptions(dir)).store as unknown as StoredData).profiles.map((p) => p.name)).toEqual([
    ...data.profiles.map((p) => p.name),
    'After',
  ]);
}

describe.each([
  ['without a backup', false],
  ['with a valid backup', true],
])('damaged lockstep.json, %s', (_label, withBackup) => {
  it('there are at least 15 kinds of damage here', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    if (withBackup) placeBackups(dataDir);
    c.setup(dataDir);
    const path = join(dataDir, FILE);
    const before = fingerprint(path);
    const backupsBefore = backupCount(dataDir);

    const opened = open(dataDir);
    expect(tempFiles(dataDir)).toEqual([]);

    if (c.expect === 'newer') {
      // It still fits this version's shape, so the plan is shown, read-only; the unknown field is left out.
      expect(opened.report).toEqual({ kind: 'newer', version: 4, readable: true });
      expect(opened.store.read().profiles.map((p) => p.name)).toEqual(['Rita']);
      expect(opened.store.saveState().readOnly).toBe(true);
      const err = (await opened.store.update((d) => ({ data: d, result: 0 })).catch((e: unknown) => e)) as ApiFailure;
      expect(err).toBeInstanceOf(ApiFailure);
      expect(err.code).toBe('read_only');
      expect(fingerprint(path)).toBe(before);
      expect(corruptFiles(dataDir)).toEqual([]);
      return;
    }

    if (c.expect === 'ok') {
      expect(opened.report).toEqual({ kind: 'ok' });
      expect(corruptFiles(dataDir)).toEqual([]);
      await expectWorkingStore(dataDir, opened, c.data ?? emptyData());
      return;
    }

    // Damaged: moved aside with its bytes intact, never deleted.
    const corrupt = corruptFiles(dataDir);
    expect(corrupt).toHaveLength(1);
    const corruptPath = join(dataDir, corrupt[0] ?? '');
    expect(corruptPath).toBe(join(dataDir, `${FILE}.corrupt-2026-03-10T12-00-00-000Z`));
    expect(fingerprint(corruptPath)).toBe(before);
    if (withBackup) {
      expect(opened.report).toEqual({
        kind: 'restored',
        backupId: GOOD_ID,
        backupCreatedAt: GOOD_AT.toISOString(),
        corruptPath,
      });
      await expectWorkingStore(dataDir, opened, GOOD);
    } else {
      expect(opened.report).toEqual({ kind: 'corrupt-empty', corruptPath });
      await expectWorkingStore(dataDir, opened, emptyData());
    }
    // No backup was lost on the way (a launch backup may have been added).
    expect(backupCount(dataDir)).toBeGreaterThanOrEqual(backupsBefore);
    if (withBackup) expect(existsSync(join(dataDir, 'backups', GOOD_ID))).toBe(true);
  });
});

describe('a missing data file or folder', () => {
  it('a missing data directory is created, with a fresh empty file', async () => {
    const missing = join(root, 'not', 'there', 'yet');
    const opened = open(missing);
    expect(opened.report).toEqual({ kind: 'fresh' });
    expect(statSync(missing).isDirectory()).toBe(true);
    await expectWorkingStore(missing, opened, emptyData());
  });

  it('a missing data file beside valid backups: the newest valid backup is restored (nothing was damaged)', async () => {
    placeBackups(dataDir);
    const opened = open(dataDir);
    expect(opened.report).toEqual({
      kind: 'restored',
      backupId: GOOD_ID,
      backupCreatedAt: GOOD_AT.toISOString(),
      corruptPath: null,
    });
    expect(corruptFiles(dataDir)).toEqual([]);
    await expectWorkingStore(dataDir, opened, GOOD);
  });
});

describe('repeated damage', () => {
  it('two damaged files seen at the same clock reading are both kept, neither overwritten', () => {
    put('first damaged file')(dataDir);
    open(dataDir);
    put('second damaged file')(dataDir);
    open(dataDir);
    const kept = corruptFiles(dataDir).map((n) => readFileSync(join(dataDir, n), 'utf8'));
    expect(kept.sort()).toEqual(['first damaged file', 'second damaged file']);
  });

  it('after recovery, the next launch is plain ok and keeps the same data', () => {
    placeBackups(dataDir);
    put('garbage')(dataDir);
    open(dataDir);
    const again = open(dataDir);
    expect(again.report).toEqual({ kind: 'ok' });
    expect(again.store.read()).toEqual(GOOD);
  });
});

describe('a file the app may not read', () => {
  const isRoot = process.getuid?.() === 0;
  console.log(
    isRoot
      ? 'Skipping the unreadable-file case for a normal user: running as root, which reads any file.'
      : 'Skipping the root-only case: not running as root.',
  );

  it.skipIf(!isRoot)('as root, mode 0000 does not stop reading: the valid file loads', () => {
    put(validText, 0o000)(dataDir);
    const opened = open(dataDir);
    expect(opened.report).toEqual({ kind: 'ok' });
    expect(opened.store.read()).toEqual(valid);
  });

  it.skipIf(isRoot)(
    'as a normal user, an unreadable file is not treated as damage: a clear EACCES, the file untouched',
    () => {
      put(validText, 0o000)(dataDir);
      let thrown: unknown;
      try {
        openStore(
          dataDir,
          (o) => new Conf(o),
          () => NOW,
        );
      } catch (err) {
        thrown = err;
      }
      expect((thrown as NodeJS.ErrnoException).code).toBe('EACCES');
      chmodSync(join(dataDir, FILE), 0o600);
      expect(readFileSync(join(dataDir, FILE), 'utf8')).toBe(validText);
      expect(corruptFiles(dataDir)).toEqual([]);
    },
  );
});
