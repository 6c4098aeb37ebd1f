import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from '../../../electron/services/import-journal';
import { DATA_FILE } from '../../../electron/services/store/open-store';
import { createTransfer } from '../../../electron/services/transfer';
import { VAULT_FILE } from '../../../electron/services/vault/vault-file';
import type { Profile } from '../../../electron/shared/contract/schemas';
import type { ImportPreview } from '../../../electron/shared/contract/transfer-schemas';
import type { VaultStatus } from '../../../electron/shared/contract/vault-schemas';
import { codeOf, exportPayload, FILE_PASS, ok, PASS, seededFolder, services, snapshot, tempDir } from './helpers';

const NEW_PASS = 'a new vault for this computer';

async function exported() {
  const src = await seededFolder();
  return (await exportPayload(src.app, src.ids)).content;
}

const status = async (app: ReturnType<typeof services>) => ok<VaultStatus>(await app.call('vault:status', undefined));
const reveal = async (app: ReturnType<typeof services>, id: string) =>
  ok<{ value: string }>(await app.call('vault:reveal', { id })).value;

describe('import into a folder with no vault: the vault is made in the same flow', () => {
  it('the preview says a vault is needed; without a new passphrase nothing is written', async () => {
    const content = await exported();
    const dir = tempDir('import-fresh');
    const app = services(dir);
    const preview = ok<ImportPreview>(await app.call('import:preview', { content, passphrase: FILE_PASS }));
    expect(preview).toMatchObject({ records: 2, vault: 'create' });
    const before = snapshot(dir);
    expect(codeOf(await app.call('import:apply', { content, passphrase: FILE_PASS }))).toBe('import_needs_vault');
    // A wrong file passphrase names the file, and makes no vault either.
    const wrong = await app.call('import:apply', {
      content,
      passphrase: 'not the file passphrase',
      vault: { action: 'create', passphrase: NEW_PASS },
    });
    expect(codeOf(wrong)).toBe('import_wrong_passphrase');
    // A new passphrase under 8 characters is refused by the contract.
    const short = await app.call('import:apply', {
      content,
      passphrase: FILE_PASS,
      vault: { action: 'create', passphrase: 'short' },
    });
    expect(codeOf(short)).toBe('invalid_input');
    expect(snapshot(dir)).toEqual(before);
    expect((await status(app)).exists).toBe(false);
  });

  it('creates the vault, seals the records under it, and a restart opens them with the new passphrase', async () => {
    const content = await exported();
    const dir = tempDir('import-fresh');
    const app = services(dir);
    const result = await app.call('import:apply', {
      content,
      passphrase: FILE_PASS,
      vault: { action: 'create', passphrase: NEW_PASS },
    });
    expect(ok(result)).toEqual({ added: 2, replaced: 0, records: 2 });
    const now = await status(app);
    expect(now).toMatchObject({ exists: true, unlocked: true });
    expect(now.records).toHaveLength(2);
    expect(await Promise.all(now.records.map((r) => reveal(app, r.id)))).toEqual(
      expect.arrayContaining(['PIN-A', 'PIN-B']),
    );
    // On disk: both files, no journal or copies, the vault 0600, no secret or name in clear in the vault.
    const files = [...snapshot(dir).keys()];
    expect(files).toEqual(expect.arrayContaining([VAULT_FILE, DATA_FILE]));
    expect(files.filter((f) => f === JOURNAL_FILE || f.startsWith('.import-old-'))).toEqual([]);
    if (process.platform !== 'win32') expect(statSync(join(dir, VAULT_FILE)).mode & 0o777).toBe(0o600);
    const vaultText = readFileSync(join(dir, VAULT_FILE), 'utf8');
    expect(vaultText).not.toContain('PIN-A');
    expect(readFileSync(join(dir, DATA_FILE), 'utf8')).toContain('Maya Ruiz');

    const restarted = services(dir);
    expect((await status(restarted)).unlocked).toBe(false);
    expect(codeOf(await restarted.call('vault:unlock', { passphrase: FILE_PASS }))).toBe('wrong_passphrase');
    ok(await restarted.call('vault:unlock', { passphrase: NEW_PASS }));
    const records = (await status(restarted)).records;
    expect((await Promise.all(records.map((r) => reveal(restarted, r.id)))).sort()).toEqual(['PIN-A', 'PIN-B']);
    const names = ok<Profile[]>(await restarted.call('profiles:list', undefined)).map((p) => p.name);
    expect(names.sort()).toEqual(['Leo', 'Maya Ruiz']);
  });

  for (const step of ['journal', 'vault', 'data'] as const) {
    it(`a failure after the ${step} step leaves no vault and no data, and the same import then succeeds`, async () => {
      const content = await exported();
      const dir = tempDir('import-fresh-fail');
      const app = services(dir);
      ok(await app.call('settings:update', { language: 'es' }));
      const before = snapshot(dir);
      const transfer = createTransfer({
        store: app.opened.store,
        vault: app.vault,
        now: () => new Date(),
        onImportStep: (s) => {
          if (s === step) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        },
      });
      const failure = await transfer.apply(content, FILE_PASS, { action: 'create', passphrase: NEW_PASS }).then(
        () => null,
        (e: unknown) => e as { code: string },
      );
      expect(failure?.code).toBe('storage');
      const after = snapshot(dir);
      for (const name of [VAULT_FILE, DATA_FILE, JOURNAL_FILE]) expect(after.get(name), name).toEqual(before.get(name));
      expect(existsSync(join(dir, VAULT_FILE))).toBe(false);
      expect(await status(app)).toMatchObject({ exists: false, unlocked: false });
      expect(ok<Profile[]>(await app.call('profiles:list', undefined))).toEqual([]);
      // Nothing half-done stands in the way of trying again.
      ok(
        await app.call('import:apply', {
          content,
          passphrase: FILE_PASS,
          vault: { action: 'create', passphrase: NEW_PASS },
        }),
      );
      expect((await status(app)).records).toHaveLength(2);
    });
  }

  it('a file with no records imports into a folder with no vault, and makes none', async () => {
    const src = await seededFolder();
    ok(await src.app.call('profiles:create', { name: 'Sin datos', relationship: 'other' }));
    const profiles = ok<Profile[]>(await src.app.call('profiles:list', undefined));
    const bare = profiles.find((p) => p.name === 'Sin datos')!;
    const { content } = await exportPayload(src.app, [bare.id]);
    const dir = tempDir('import-fresh-bare');
    const app = services(dir);
    expect(ok<ImportPreview>(await app.call('import:preview', { content, passphrase: FILE_PASS })).vault).toBe('ready');
    ok(await app.call('import:apply', { content, passphrase: FILE_PASS }));
    expect(existsSync(join(dir, VAULT_FILE))).toBe(false);
  });
});

describe('import into a folder whose vault is locked: its own passphrase, in the same flow', () => {
  it('asks for it, names a wrong one as the vault passphrase, and leaves the vault locked on a refusal', async () => {
    const content = await exported();
    const dir = tempDir('import-locked');
    const app = services(dir);
    ok(await app.call('vault:create', { passphrase: PASS }));
    ok(await app.call('vault:lock', undefined));
    expect(ok<ImportPreview>(await app.call('import:preview', { content, passphrase: FILE_PASS })).vault).toBe(
      'unlock',
    );
    const before = snapshot(dir);
    const wrong = await app.call('import:apply', {
      content,
      passphrase: FILE_PASS,
      vault: { action: 'unlock', passphrase: FILE_PASS },
    });
    expect(codeOf(wrong)).toBe('import_vault_wrong_passphrase');
    expect((await status(app)).unlocked).toBe(false);
    // Asking to create a vault where one exists is answered with what this vault needs.
    const create = await app.call('import:apply', {
      content,
      passphrase: FILE_PASS,
      vault: { action: 'create', passphrase: NEW_PASS },
    });
    expect(codeOf(create)).toBe('import_vault_locked');
    expect(snapshot(dir)).toEqual(before);
    ok(
      await app.call('import:apply', { content, passphrase: FILE_PASS, vault: { action: 'unlock', passphrase: PASS } }),
    );
    const now = await status(app);
    expect(now.unlocked).toBe(true);
    expect((await Promise.all(now.records.map((r) => reveal(app, r.id)))).sort()).toEqual(['PIN-A', 'PIN-B']);
  });
});
