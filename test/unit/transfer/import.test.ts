import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTransfer } from '../../../electron/services/transfer';
import { beginImport, JOURNAL_FILE, recoverImport } from '../../../electron/services/import-journal';
import { DATA_FILE } from '../../../electron/services/store/open-store';
import { VAULT_FILE } from '../../../electron/services/vault/vault-file';
import type { Profile } from '../../../electron/shared/contract/schemas';
import type { VaultStatus } from '../../../electron/shared/contract/vault-schemas';
import {
  codeOf,
  craft,
  exportPayload,
  FILE_PASS,
  ok,
  PASS,
  seededFolder,
  services,
  snapshot,
  tempDir,
} from './helpers';

async function targetFolder() {
  const dir = tempDir('import-dst');
  const app = services(dir);
  ok(await app.call('profiles:create', { name: 'Already here', relationship: 'myself' }));
  ok(await app.call('vault:create', { passphrase: PASS }));
  return { dir, app };
}

const apply = (app: ReturnType<typeof services>, content: string, passphrase = FILE_PASS) =>
  app.call('import:apply', { content, passphrase });

describe('import: refusals name their cause and write nothing', () => {
  it('a real export imports cleanly: profiles, plans and records arrive together', async () => {
    const src = await seededFolder();
    const { content } = await exportPayload(src.app, src.ids);
    const dst = await targetFolder();
    const result = ok<{ added: number; records: number }>(await apply(dst.app, content));
    expect(result).toMatchObject({ added: 2, records: 2 });
    const profiles = ok<Profile[]>(await dst.app.call('profiles:list', undefined));
    expect(profiles.map((p) => p.name).sort()).toEqual(['Already here', 'Leo', 'Maya Ruiz']);
    const status = ok<VaultStatus>(await dst.app.call('vault:status', undefined));
    expect(status.records.map((r) => r.profileId).sort()).toEqual([...src.ids].sort());
    expect(existsSync(join(dst.dir, JOURNAL_FILE))).toBe(false);
    // Importing the same file again replaces, never duplicates.
    ok(await apply(dst.app, content));
    const again = ok<VaultStatus>(await dst.app.call('vault:status', undefined));
    expect(again.records).toHaveLength(2);
    expect(ok<Profile[]>(await dst.app.call('profiles:list', undefined))).toHaveLength(3);
  });

  it('a 300-byte file with an extreme key-derivation header is refused in under 100 ms', async () => {
    const dst = await targetFolder();
    const extreme = JSON.stringify({
      format: 'lockstep-export',
      version: 1,
      createdAt: '2025-06-15T10:00:00.000Z',
      kdf: { name: 'scrypt', N: 2 ** 20, r: 32, p: 16, maxmem: 1024 ** 3, salt: 'c2FsdHNhbHRzYWx0c2FsdA==' },
      data: { iv: 'AAAAAAAAAAAAAAAA', tag: 'AAAAAAAAAAAAAAAAAAAAAA==', ct: 'A'.repeat(43) },
    });
    expect(extreme.length).toBeGreaterThan(250);
    expect(extreme.length).toBeLessThanOrEqual(300);
    const before = snapshot(dst.dir);
    for (const op of ['import:preview', 'import:apply'] as const) {
      const started = performance.now();
      const r = await dst.app.call(op, { content: extreme, passphrase: FILE_PASS });
      const ms = performance.now() - started;
      expect(codeOf(r)).toBe('import_kdf_refused');
      expect(ms).toBeLessThan(100);
    }
    expect(snapshot(dst.dir)).toEqual(before);
  });

  it('each header above what Lockstep writes is refused before any work', async () => {
    const dst = await targetFolder();
    const payload = JSON.stringify({ profiles: [], plans: {}, records: [] });
    for (const kdf of [
      { N: 2 ** 18 },
      { r: 16 },
      { p: 2 },
      { maxmem: 512 * 1024 * 1024 },
      { N: 20_000 },
      { N: 2 ** 17, r: 8, maxmem: 64 * 1024 * 1024 },
    ]) {
      const file = JSON.parse(await craft(payload)) as { kdf: Record<string, unknown> };
      Object.assign(file.kdf, kdf);
      expect(codeOf(await apply(dst.app, JSON.stringify(file))), JSON.stringify(kdf)).toBe('import_kdf_refused');
    }
  });

  it('names the cause: not Lockstep, damaged, newer version, wrong passphrase', async () => {
    const dst = await targetFolder();
    const src = await seededFolder();
    const { content } = await exportPayload(src.app, src.ids);
    const before = snapshot(dst.dir);
    const cases: [string, string][] = [
      ['just text', 'import_not_lockstep'],
      [JSON.stringify({ hello: 'world' }), 'import_not_lockstep'],
      ['[1,2,3]', 'import_not_lockstep'],
      [content.slice(0, content.length / 2), 'import_damaged'],
      [content.replace('"version":1', '"version":2'), 'import_newer_version'],
      [content.replace('"version":1', '"version":0'), 'import_damaged'],
      [content.replace('"createdAt":"', '"createdAt":"x'), 'import_damaged'],
      [await craft('this is not JSON at all'), 'import_damaged'],
      [await craft(JSON.stringify({ profiles: 'nope' })), 'import_damaged'],
    ];
    for (const [file, code] of cases) expect(codeOf(await apply(dst.app, file)), file.slice(0, 60)).toBe(code);
    expect(codeOf(await apply(dst.app, content, 'not the passphrase'))).toBe('import_wrong_passphrase');
    expect(snapshot(dst.dir)).toEqual(before);
  });

  it('a profile id `constructor`, duplicate ids and dangling links are refused with both files untouched', async () => {
    const src = await seededFolder();
    const { payload } = await exportPayload(src.app, src.ids);
    const [p0, p1] = payload.profiles as [Profile, Profile];
    const [r0, r1] = payload.records as [(typeof payload.records)[0], (typeof payload.records)[0]];
    const variants: Record<string, unknown>[] = [
      // The case: `plans[p.id]` read Object.prototype.constructor, and the vault was written first.
      { profiles: [{ ...p0, id: 'constructor' }], plans: {}, records: [{ ...r0, profileId: 'constructor' }] },
      { ...payload, profiles: [p0, { ...p1, id: p0.id }] },
      { ...payload, records: [r0, { ...r1, id: r0.id }] },
      { ...payload, records: [{ ...r0, profileId: 'ffffffff-0000-4000' }] },
      { ...payload, plans: { ...payload.plans, 'ffffffff-0000-4000': Object.values(payload.plans)[0] } },
    ];
    const dst = await targetFolder();
    const before = snapshot(dst.dir);
    for (const v of variants) {
      expect(codeOf(await apply(dst.app, await craft(JSON.stringify(v)))), JSON.stringify(v).slice(0, 80)).toBe(
        'import_damaged',
      );
      expect(snapshot(dst.dir)).toEqual(before);
    }
    // A `__proto__` key anywhere in the payload is not the file's own.
    const proto = JSON.stringify(payload).replace('"checklist":{', '"checklist":{"__proto__":{"status":"done"},');
    expect(codeOf(await apply(dst.app, await craft(proto)))).toBe('import_damaged');
    expect(snapshot(dst.dir)).toEqual(before);
  });

  it('records need an unlocked vault: refused before anything is written', async () => {
    const src = await seededFolder();
    const { content } = await exportPayload(src.app, src.ids);
    const dst = await targetFolder();
    ok(await dst.app.call('vault:lock', undefined));
    const before = snapshot(dst.dir);
    expect(codeOf(await apply(dst.app, content))).toBe('import_vault_locked');
    expect(snapshot(dst.dir)).toEqual(before);
  });
});

describe('import: one transaction over the vault and the data file', () => {
  for (const step of ['journal', 'vault', 'data'] as const) {
    it(`a failure after the ${step} step puts both files back byte for byte, memory too`, async () => {
      const src = await seededFolder();
      const { content } = await exportPayload(src.app, src.ids);
      const dst = await targetFolder();
      const before = snapshot(dst.dir);
      const listBefore = ok<Profile[]>(await dst.app.call('profiles:list', undefined));
      const transfer = createTransfer({
        store: dst.app.opened.store,
        vault: dst.app.vault,
        now: () => new Date(),
        onImportStep: (s) => {
          if (s === step) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        },
      });
      const failure = await transfer.apply(content, FILE_PASS).then(
        () => null,
        (e: unknown) => e as { code: string; params: unknown },
      );
      expect(failure?.code).toBe('storage');
      expect(failure?.params).toEqual({ cause: 'disk_full', detail: 'ENOSPC' });
      // Backups and the log may gain entries; the two files and the journal may not.
      const after = snapshot(dst.dir);
      expect(before.get(DATA_FILE)).toBeDefined();
      expect(before.get(VAULT_FILE)).toBeDefined();
      for (const name of [VAULT_FILE, DATA_FILE, JOURNAL_FILE]) expect(after.get(name), name).toEqual(before.get(name));
      expect([...after.keys()].filter((k) => k.startsWith('.import-old-'))).toEqual([]);
      expect(ok<Profile[]>(await dst.app.call('profiles:list', undefined))).toEqual(listBefore);
      expect(ok<VaultStatus>(await dst.app.call('vault:status', undefined)).records).toHaveLength(0);
      // A fresh start reads the same.
      const again = services(dst.dir);
      expect(ok<Profile[]>(await again.call('profiles:list', undefined))).toEqual(listBefore);
    });
  }

  it('two imports at once each run whole, one after the other', async () => {
    const src = await seededFolder();
    const first = await exportPayload(src.app, [src.ids[0]!]);
    const second = await exportPayload(src.app, [src.ids[1]!]);
    const dst = await targetFolder();
    const results = await Promise.all([apply(dst.app, first.content), apply(dst.app, second.content)]);
    expect(results.map(codeOf)).toEqual(['ok', 'ok']);
    expect(existsSync(join(dst.dir, JOURNAL_FILE))).toBe(false);
    const again = services(dst.dir);
    ok(await again.call('vault:unlock', { passphrase: PASS }));
    expect(ok<Profile[]>(await again.call('profiles:list', undefined))).toHaveLength(3);
    expect(ok<VaultStatus>(await again.call('vault:status', undefined)).records).toHaveLength(2);
  });

  it('a journal left by a crash is rolled back at the next start, and said in the support log', async () => {
    const dir = tempDir('import-journal');
    writeFileSync(join(dir, 'vault.json'), 'old vault');
    writeFileSync(join(dir, 'lockstep-data.json'), 'old data');
    beginImport(dir, [join(dir, 'vault.json'), join(dir, 'lockstep-data.json'), join(dir, 'new.json')]);
    writeFileSync(join(dir, 'vault.json'), 'new vault');
    writeFileSync(join(dir, 'new.json'), 'a file that did not exist');
    // The crash: nothing more happens. The next start:
    expect(recoverImport(dir, ['vault.json', 'lockstep-data.json', 'new.json'])).toBe('rolled-back');
    expect(readFileSync(join(dir, 'vault.json'), 'utf8')).toBe('old vault');
    expect(readFileSync(join(dir, 'lockstep-data.json'), 'utf8')).toBe('old data');
    expect(existsSync(join(dir, 'new.json'))).toBe(false);
    expect([...snapshot(dir).keys()].sort()).toEqual(['lockstep-data.json', 'vault.json']);
    expect(recoverImport(dir, ['vault.json'])).toBe('none');
  });

  it('a journal never points outside the folder', () => {
    const dir = tempDir('import-journal-hostile');
    const outside = tempDir('import-outside');
    writeFileSync(join(outside, 'victim'), 'keep me');
    writeFileSync(
      join(dir, JOURNAL_FILE),
      JSON.stringify({ entries: [{ target: `../${outside.split('/').pop()}/victim`, saved: null }] }),
    );
    expect(recoverImport(dir, ['vault.json'])).toBe('rolled-back');
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('keep me');
  });
});

describe('data folder permissions at start', () => {
  it.runIf(process.platform !== 'win32')(
    'a 0755 folder with 0644 files becomes 0700/0600, with a support-log line',
    () => {
      const dir = tempDir('perms');
      chmodSync(dir, 0o755);
      mkdirSync(join(dir, 'backups'), { mode: 0o755 });
      chmodSync(join(dir, 'backups'), 0o755);
      writeFileSync(join(dir, 'backups', 'old.json'), '{}', { mode: 0o644 });
      services(dir);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, 'backups')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, 'backups', 'old.json')).mode & 0o777).toBe(0o600);
      const log = readFileSync(join(dir, 'logs', 'lockstep.log'), 'utf8');
      expect(log).toMatch(/"event":"permissions-tightened","entries":3/);
      // Already tight: no line the second time.
      services(dir);
      expect(readFileSync(join(dir, 'logs', 'lockstep.log'), 'utf8').match(/permissions-tightened/g)).toHaveLength(1);
    },
  );
});
