import { dirname } from 'node:path';
import { ApiFailure } from '../shared/contract/result';
import type { ImportPreview, ImportVaultChoice } from '../shared/contract/transfer-schemas';
import { dataSchema, type StoredData } from './store/data-schema';
import type { DataStore } from './store/data-store';
import { writeFileDurably } from './store/durable-write';
import { decryptExport, EXPORT_FORMAT, EXPORT_VERSION, exportAad, type Payload } from './import-check';
import { beginImport, type ImportTransaction } from './import-journal';
import { exportReminders, mergeReminders } from './transfer-reminders';
import { DEFAULT_KDF, deriveKey, newSalt, seal, type KdfParams } from './vault/vault-crypto';
import type { VaultFile } from './vault/vault-file';
import type { Vault } from './vault/vault-service';

const CAUSES: Record<string, 'disk_full' | 'quota' | 'permission' | 'read_only_folder'> = {
  ENOSPC: 'disk_full',
  EDQUOT: 'quota',
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'read_only_folder',
};

function diskFailure(err: unknown): ApiFailure {
  if (err instanceof ApiFailure) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code ?? 'EIO';
  return new ApiFailure('storage', { cause: CAUSES[code] ?? 'other', detail: code });
}

/** Encrypted export and import of profiles with their plans and vault records, for a helper. */
export function createTransfer(deps: {
  store: DataStore;
  vault: Vault;
  now: () => Date;
  kdf?: Omit<KdfParams, 'salt'>;
  /** Tests only: runs between the steps of an import's write, to fail or pause it there. */
  onImportStep?: (step: 'journal' | 'vault' | 'data') => void;
}) {
  // One import writes at a time: each journal and its copies belong to exactly one transaction.
  let queue: Promise<void> = Promise.resolve();
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn);
    queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  function preview(payload: Payload, createdAt: string): ImportPreview {
    const existing = new Set(deps.store.read().profiles.map((p) => p.id));
    return {
      createdAt,
      profiles: payload.profiles.map((p) => ({
        id: p.id,
        name: p.name,
        action: existing.has(p.id) ? 'replace' : 'add',
      })),
      records: payload.records.length,
      vault: vaultNeed(payload),
    };
  }

  function vaultNeed(payload: Payload): ImportPreview['vault'] {
    const status = deps.vault.status();
    if (payload.records.length === 0 || status.unlocked) return 'ready';
    if (status.damage) return 'damaged';
    return status.exists ? 'unlock' : 'create';
  }

  /**
   * Meets what the records need from the vault with the passphrase the person typed in the same
   * flow: a new vault is made in memory only (written with the data file, below); a locked one is
   * unlocked. Each refusal names the vault's passphrase, never the file's.
   */
  async function readyVault(payload: Payload, choice: ImportVaultChoice | undefined) {
    const need = vaultNeed(payload);
    if (need === 'damaged')
      throw new ApiFailure(deps.vault.status().damage?.kind === 'newer' ? 'vault_newer' : 'vault_damaged');
    if (need === 'create') {
      if (choice?.action !== 'create') throw new ApiFailure('import_needs_vault');
      return { fresh: await deps.vault.prepareCreate(choice.passphrase), unlockedHere: false };
    }
    if (need === 'unlock') {
      if (choice?.action !== 'unlock') throw new ApiFailure('import_vault_locked');
      try {
        await deps.vault.unlock(choice.passphrase);
      } catch (err) {
        if (err instanceof ApiFailure && err.code === 'wrong_passphrase')
          throw new ApiFailure('import_vault_wrong_passphrase');
        throw err;
      }
      return { fresh: undefined, unlockedHere: true };
    }
    return { fresh: undefined, unlockedHere: false };
  }

  /** The data file the import would leave, checked whole; nothing is written. */
  function nextData(data: StoredData, payload: Payload): StoredData {
    const incoming = new Map(payload.profiles.map((p) => [p.id, p]));
    const profiles = [...data.profiles.filter((p) => !incoming.has(p.id)), ...payload.profiles];
    const plans = new Map(Object.entries(data.plans));
    const imported = new Map(Object.entries(payload.plans));
    for (const p of payload.profiles) {
      const plan = imported.get(p.id);
      if (plan) plans.set(p.id, plan);
      else plans.delete(p.id);
    }
    // A profile the file brings comes with its recovery case, or with none: never a stale one.
    const recovery = new Map(Object.entries(data.recovery));
    for (const p of payload.profiles) {
      const found = Object.hasOwn(payload.recovery, p.id) ? payload.recovery[p.id] : undefined;
      if (found) recovery.set(p.id, found);
      else recovery.delete(p.id);
    }
    // A reminder id held by a profile this file does not bring would be taken over: not ours.
    const others = new Map(data.reminders.custom.map((r) => [r.id, r.profileId]));
    for (const r of payload.reminders?.custom ?? []) {
      const owner = others.get(r.id);
      if (owner !== undefined && !incoming.has(owner)) throw new ApiFailure('import_damaged');
    }
    const next = dataSchema.safeParse({
      ...data,
      profiles,
      plans: Object.fromEntries(plans),
      recovery: Object.fromEntries(recovery),
      reminders: mergeReminders(data.reminders, payload.reminders, new Set(incoming.keys())),
    });
    if (!next.success) throw new ApiFailure('import_damaged');
    return next.data;
  }

  /** The vault file the import would leave (null: unchanged), refusing before any write. */
  function nextVault(
    payload: Payload,
    replacing: ReadonlySet<string>,
    fresh: { file: VaultFile; key: Buffer } | undefined,
  ): VaultFile | null {
    const incomingProfiles = new Set(payload.profiles.map((p) => p.id));
    for (const r of payload.records) {
      const owner = deps.vault.recordOwner(r.id);
      // A record id held by a profile this file does not bring would be taken over: not ours.
      if (owner !== undefined && !incomingProfiles.has(owner)) throw new ApiFailure('import_damaged');
    }
    if (fresh) {
      // A vault made on the vault page while the new passphrase was being derived is not overwritten.
      if (deps.vault.status().exists) throw new ApiFailure('vault_exists');
      return deps.vault.prepareImport(payload.records, [...replacing], fresh);
    }
    if (payload.records.length > 0 && !deps.vault.status().unlocked) throw new ApiFailure('import_vault_locked');
    return deps.vault.prepareImport(payload.records, [...replacing]);
  }

  /**
   * One transaction over the vault file and the data file: everything is checked and built in
   * memory first, then both are written under a rollback journal (see import-journal.ts). A
   * failure at any point puts both back byte for byte; a crash is rolled back at the next start.
   * A vault made for the import is one of the files: rolled back, it is simply not there.
   */
  async function write(payload: Payload, createdAt: string, choice: ImportVaultChoice | undefined) {
    if (deps.store.saveState().readOnly) throw new ApiFailure('read_only');
    const summary = preview(payload, createdAt);
    const replacing = new Set(summary.profiles.filter((p) => p.action === 'replace').map((p) => p.id));
    const before = deps.store.read();
    const data = nextData(before, payload);
    const { fresh, unlockedHere } = await readyVault(payload, choice);
    // An import that does not happen leaves the vault as the person found it: locked, or absent.
    const undo = () => {
      if (unlockedHere) deps.vault.lock();
      fresh?.key.fill(0);
    };
    let vaultNext: VaultFile | null;
    let tx: ImportTransaction;
    try {
      vaultNext = nextVault(payload, replacing, fresh);
      tx = beginImport(dirname(deps.store.path), vaultNext ? [deps.vault.path, deps.store.path] : [deps.store.path]);
    } catch (err) {
      undo();
      throw diskFailure(err);
    }
    try {
      deps.onImportStep?.('journal');
      if (vaultNext) {
        writeFileDurably(deps.vault.path, deps.vault.serialize(vaultNext));
        deps.onImportStep?.('vault');
      }
      await deps.store.update(() => ({ data, result: undefined }));
      deps.onImportStep?.('data');
    } catch (err) {
      try {
        tx.rollback();
      } catch {
        // The journal is still there: the next start finishes putting the old files back.
      }
      deps.store.revert(before);
      deps.vault.reload();
      undo();
      throw diskFailure(err);
    }
    if (vaultNext) deps.vault.adopt(vaultNext, fresh?.key);
    tx.commit();
    return {
      added: summary.profiles.length - replacing.size,
      replaced: replacing.size,
      records: payload.records.length,
    };
  }

  return {
    async create(profileIds: readonly string[], passphrase: string) {
      const data = deps.store.read();
      const profiles = data.profiles.filter((p) => profileIds.includes(p.id));
      if (profiles.length !== profileIds.length) throw new ApiFailure('profile_not_found');
      const ids = profiles.map((p) => p.id);
      // Needs the vault unlocked when these profiles have records: an export includes them.
      const records = deps.vault.exportRecords(ids);
      const plans = new Map(Object.entries(data.plans));
      const payload: Payload = {
        profiles,
        plans: Object.fromEntries(ids.flatMap((id) => (plans.has(id) ? [[id, plans.get(id)!]] : []))),
        records,
        recovery: Object.fromEntries(
          ids.flatMap((id) => (Object.hasOwn(data.recovery, id) ? [[id, data.recovery[id]!]] : [])),
        ),
        reminders: exportReminders(data.reminders, ids),
      };
      const createdAt = deps.now().toISOString();
      const kdf: KdfParams = { ...(deps.kdf ?? DEFAULT_KDF), salt: newSalt() };
      const key = await deriveKey(passphrase, kdf);
      const sealed = seal(key, Buffer.from(JSON.stringify(payload), 'utf8'), exportAad(createdAt, kdf));
      key.fill(0);
      const content = JSON.stringify({
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        createdAt,
        kdf,
        data: sealed,
      });
      return { fileName: `lockstep-export-${createdAt.slice(0, 10)}.lockstep`, content };
    },
    async preview(content: string, passphrase: string) {
      const { payload, createdAt } = await decryptExport(content, passphrase);
      return preview(payload, createdAt);
    },
    async apply(content: string, passphrase: string, vault?: ImportVaultChoice) {
      const { payload, createdAt } = await decryptExport(content, passphrase);
      return serial(() => write(payload, createdAt, vault));
    },
  };
}
