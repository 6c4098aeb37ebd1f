import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { EXPORT_FORMAT, EXPORT_VERSION, exportAad } from '../../../electron/services/import-check';
import { deriveKey, newSalt, seal, type KdfParams } from '../../../electron/services/vault/vault-crypto';
import type { Result } from '../../../electron/shared/contract/result';

/** The cheapest settings the import accepts: keeps a thousand crafted files to seconds. */
export const FAST_KDF: Omit<KdfParams, 'salt'> = { name: 'scrypt', N: 2 ** 14, r: 1, p: 1, maxmem: 32 * 1024 * 1024 };
export const PASS = 'correct horse battery staple';
export const FILE_PASS = 'a passphrase for the file';

export const IMPORT_REFUSALS = [
  'import_not_lockstep',
  'import_damaged',
  'import_newer_version',
  'import_wrong_passphrase',
  'import_kdf_refused',
  'import_needs_vault',
  'import_vault_locked',
  'import_vault_wrong_passphrase',
] as const;

export function services(dataDir: string, extra: Partial<Parameters<typeof createAppServices>[0]> = {}): AppServices {
  return createAppServices({
    dataDir,
    createBackend: (o) => new Conf(o),
    info: { version: 'test', host: 'browser', dataDir },
    openExternal: () => undefined,
    vaultKdf: FAST_KDF,
    setTimer: () => null,
    clearTimer: () => undefined,
    hostTimeZone: 'UTC',
    ...extra,
  });
}

export function ok<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
}
export const codeOf = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

export const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `lockstep-${name}-`));

/** Every file of the folder (recursively) with its bytes, for byte-identical comparisons. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full, `${rel}${name}/`);
      else out.set(`${rel}${name}`, readFileSync(full).toString('base64'));
    }
  };
  walk(dir, '');
  return out;
}

/** A folder with two profiles (one with a plan) and a vault holding two records. */
export async function seededFolder(name = 'import-src') {
  const dir = tempDir(name);
  mkdirSync(dir, { recursive: true });
  const app = services(dir);
  const a = ok<{ id: string }>(await app.call('profiles:create', { name: 'Maya Ruiz', relationship: 'myself' }));
  const b = ok<{ id: string }>(await app.call('profiles:create', { name: 'Leo', relationship: 'child' }));
  ok(await app.call('vault:create', { passphrase: PASS }));
  for (const [profileId, value] of [
    [a.id, 'PIN-A'],
    [b.id, 'PIN-B'],
  ] as const) {
    ok(await app.call('vault:addRecord', { profileId, stepId: 'freeze-experian', kind: 'freeze-pin', value }));
  }
  ok(
    await app.call('checklist:update', {
      profileId: a.id,
      stepId: 'freeze-equifax',
      change: { kind: 'note', note: 'n' },
    }),
  );
  return { dir, app, ids: [a.id, b.id] };
}

/** Seals any payload text as an export file would, with header fields the caller may override. */
export async function craft(
  payloadText: string,
  header: { kdf?: Partial<KdfParams>; version?: unknown; format?: unknown; createdAt?: string } = {},
  passphrase = FILE_PASS,
): Promise<string> {
  const kdf: KdfParams = { ...FAST_KDF, salt: newSalt(), ...header.kdf };
  const createdAt = header.createdAt ?? '2025-06-15T10:00:00.000Z';
  const key = await deriveKey(passphrase, kdf);
  const data = seal(key, Buffer.from(payloadText, 'utf8'), exportAad(createdAt, kdf));
  return JSON.stringify({
    format: header.format ?? EXPORT_FORMAT,
    version: header.version ?? EXPORT_VERSION,
    createdAt,
    kdf,
    data,
  });
}

/** The plain payload of a real export (the test knows the passphrase). */
export async function exportPayload(app: AppServices, profileIds: string[]) {
  const { content } = ok<{ content: string }>(await app.call('export:create', { profileIds, passphrase: FILE_PASS }));
  const { decryptExport } = await import('../../../electron/services/import-check');
  const { payload } = await decryptExport(content, FILE_PASS);
  return { content, payload };
}
