import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { VaultKind, VaultRecordMeta, VaultStatus } from '../../shared/contract/vault-schemas';
import { ApiFailure } from '../../shared/contract/result';
import { looksLikeSsn } from '../../shared/core/ssn';
import { writeFileDurably } from '../store/durable-write';
import { parseStrict } from '../store/integrity';
import { moveAside, type VaultStartup } from './vault-recovery';
import { DEFAULT_KDF, deriveKey, newSalt, open, seal, wrapAad, type KdfParams } from './vault-crypto';
import { DEFAULT_AUTO_LOCK_MINUTES, newVaultFile } from './vault-new';
import {
  VAULT_FILE,
  VAULT_FORMAT,
  VAULT_VERSION,
  vaultFileSchema,
  type VaultFile,
  type VaultRecord,
} from './vault-file';

/** Electron's safeStorage, behind the few calls the vault needs. */
export interface DeviceKeyStore {
  availability(): { available: boolean; reason: string | null };
  encrypt(plain: Buffer): Buffer;
  decrypt(blob: Buffer): Buffer;
}

/** Electron 45's clipboard reads and writes through promises; a test fake may answer at once. */
export interface ClipboardLike {
  writeText(text: string): void | Promise<void>;
  readText(): string | Promise<string>;
  clear(): void;
}

export interface VaultDeps {
  dataDir: string;
  now: () => Date;
  newId: () => string;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  device?: DeviceKeyStore | null;
  clipboard?: ClipboardLike | null;
  /** Tests pass cheaper parameters; the app always uses DEFAULT_KDF. */
  kdf?: Omit<KdfParams, 'salt'>;
  agencyOf?: (stepId: string) => string;
  /** What launch recovery did with the file (the status tells the screen). */
  startup?: VaultStartup;
}

export const CLIPBOARD_CLEAR_MS = 30_000;

const locked = () => new ApiFailure('vault_locked');
const damaged = (): ApiFailure => new ApiFailure('vault_damaged');
/** Not damaged, just ahead of us: say so, so nobody resets a good vault after a downgrade. */
const newer = (): ApiFailure => new ApiFailure('vault_newer');
const ssnLike = () => new ApiFailure('ssn_like');
const recordAad = (r: Pick<VaultRecord, 'id' | 'profileId' | 'stepId' | 'kind'>) =>
  `${r.id}:${r.profileId}:${r.stepId}:${r.kind}`;

const meta = ({ value: _value, ...rest }: VaultRecord): VaultRecordMeta => rest;

/**
 * The vault: each secret sealed with AES-256-GCM under a random data key, which is wrapped by a
 * scrypt key from the passphrase (and optionally by safeStorage). The data key exists only in
 * this process's memory while unlocked; the renderer only ever gets one revealed value at a time.
 */
export function createVault(deps: VaultDeps) {
  const path = join(deps.dataDir, VAULT_FILE);
  const kdfBase = deps.kdf ?? DEFAULT_KDF;
  let file: VaultFile | null = null;
  let isDamaged = false;
  let whyDamaged = damaged;
  let key: Buffer | null = null;
  let lockTimer: unknown = null;

  function load() {
    if (!existsSync(path)) return;
    try {
      // Strict: a second `"records": []` must not read as an empty vault.
      const raw: unknown = parseStrict(readFileSync(path, 'utf8'));
      const parsed = vaultFileSchema.safeParse(raw);
      if (parsed.success) file = parsed.data;
      else {
        isDamaged = true;
        const head = raw as { format?: unknown; version?: unknown } | null;
        if (head?.format === VAULT_FORMAT && typeof head.version === 'number' && head.version > VAULT_VERSION)
          whyDamaged = newer;
      }
    } catch {
      isDamaged = true;
    }
  }
  load();

  const save = (next: VaultFile) => {
    writeFileDurably(path, JSON.stringify(next, null, 2));
    file = next;
  };

  function requireFile(): VaultFile {
    if (isDamaged) throw whyDamaged();
    if (!file) throw new ApiFailure('vault_missing');
    return file;
  }
  function requireKey(): { f: VaultFile; k: Buffer } {
    const f = requireFile();
    if (!key) throw locked();
    touch();
    return { f, k: key };
  }

  function armAutoLock() {
    if (lockTimer !== null) deps.clearTimer(lockTimer);
    lockTimer = null;
    if (!key || !file) return;
    lockTimer = deps.setTimer(() => lock(), file.settings.autoLockMinutes * 60_000);
  }
  /** Any use of Lockstep counts as activity and pushes the auto-lock back. */
  function touch() {
    if (key) armAutoLock();
  }
  function lock() {
    key?.fill(0);
    key = null;
    if (lockTimer !== null) deps.clearTimer(lockTimer);
    lockTimer = null;
  }

  function deviceWrap(dataKey: Buffer) {
    const device = deps.device;
    if (!device || !device.availability().available) return undefined;
    return { scheme: 'safeStorage' as const, blob: device.encrypt(Buffer.from(dataKey)).toString('base64') };
  }

  function status(): VaultStatus {
    const availability = deps.device?.availability() ?? { available: false, reason: 'browser-mode' };
    return {
      exists: isDamaged || file !== null,
      unlocked: key !== null,
      remembered: file?.wraps.device !== undefined,
      remember: availability,
      autoLockMinutes: file?.settings.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES,
      records: file ? file.records.map(meta) : [],
      // Damaged is said as damaged, never as an empty vault; the file stays where it is.
      damage: isDamaged ? { kind: whyDamaged === newer ? ('newer' as const) : ('damaged' as const), path } : null,
      restored:
        deps.startup?.kind === 'restored'
          ? { backupCreatedAt: deps.startup.backupCreatedAt, corruptPath: deps.startup.corruptPath }
          : null,
    };
  }

  function tryDeviceUnlock() {
    const blob = file?.wraps.device?.blob;
    if (!blob || !deps.device?.availability().available) return;
    try {
      key = deps.device.decrypt(Buffer.from(blob, 'base64'));
      armAutoLock();
    } catch {
      key = null;
    }
  }
  tryDeviceUnlock();

  async function unwrap(f: VaultFile, passphrase: string): Promise<Buffer> {
    let wrappingKey: Buffer;
    try {
      wrappingKey = await deriveKey(passphrase, f.kdf);
    } catch {
      // scrypt refuses the header's parameters (N not a power of two, over maxmem): a changed file.
      throw damaged();
    }
    try {
      return open(wrappingKey, f.wraps.passphrase, wrapAad(f.version, f.kdf));
    } catch {
      throw new ApiFailure('wrong_passphrase');
    } finally {
      wrappingKey.fill(0);
    }
  }

  function checkValue(value: string, notSsn?: boolean) {
    if (!notSsn && looksLikeSsn(value)) throw ssnLike();
  }

  function revealValue(id: string): string {
    const { f, k } = requireKey();
    const record = f.records.find((r) => r.id === id);
    if (!record) throw new ApiFailure('record_not_found');
    try {
      return open(k, record.value, recordAad(record)).toString('utf8');
    } catch {
      throw damaged();
    }
  }

  async function newFile(passphrase: string, remember: boolean) {
    if (file || isDamaged) throw new ApiFailure('vault_exists');
    if (remember && !deps.device?.availability().available) throw new ApiFailure('device_key_unavailable');
    return newVaultFile(passphrase, kdfBase, remember ? deviceWrap : undefined);
  }

  function removeWhere(gone: (r: VaultRecordMeta) => boolean) {
    if (!file || isDamaged) return;
    if (file.records.some(gone)) save({ ...file, records: file.records.filter((r) => !gone(r)) });
  }

  return {
    status,
    touch,
    lock: () => {
      lock();
      return status();
    },
    async create(passphrase: string, remember = false) {
      const fresh = await newFile(passphrase, remember);
      save(fresh.file);
      key = fresh.key;
      armAutoLock();
      return status();
    },
    /**
     * A new vault's file and data key, not written: an import into a folder with no vault writes
     * it with the data file as one transaction, then calls `adopt(file, key)`.
     */
    prepareCreate: (passphrase: string) => newFile(passphrase, false),
    async unlock(passphrase: string) {
      const f = requireFile();
      key = await unwrap(f, passphrase);
      armAutoLock();
      return status();
    },
    /** `agency`: who the record concerns, when the step id is not a catalog step (a recovery case's). */
    addRecord(input: {
      profileId: string;
      stepId: string;
      kind: VaultKind;
      value: string;
      notSsn?: boolean;
      agency?: string;
    }) {
      const { f, k } = requireKey();
      checkValue(input.value, input.notSsn);
      const at = deps.now().toISOString();
      const base = { id: deps.newId(), profileId: input.profileId, stepId: input.stepId, kind: input.kind };
      const record: VaultRecord = {
        ...base,
        agency: input.agency ?? deps.agencyOf?.(input.stepId) ?? '',
        createdAt: at,
        updatedAt: at,
        value: seal(k, Buffer.from(input.value.trim(), 'utf8'), recordAad(base)),
      };
      save({ ...f, records: [...f.records, record] });
      return meta(record);
    },
    updateRecord(input: { id: string; value: string; notSsn?: boolean }) {
      const { f, k } = requireKey();
      checkValue(input.value, input.notSsn);
      const existing = f.records.find((r) => r.id === input.id);
      if (!existing) throw new ApiFailure('record_not_found');
      const updated: VaultRecord = {
        ...existing,
        updatedAt: deps.now().toISOString(),
        value: seal(k, Buffer.from(input.value.trim(), 'utf8'), recordAad(existing)),
      };
      save({ ...f, records: f.records.map((r) => (r.id === input.id ? updated : r)) });
      return meta(updated);
    },
    deleteRecord(id: string) {
      const { f } = requireKey();
      if (!f.records.some((r) => r.id === id)) throw new ApiFailure('record_not_found');
      save({ ...f, records: f.records.filter((r) => r.id !== id) });
      return { id };
    },
    reveal: (id: string) => ({ value: revealValue(id) }),
    /** With a host clipboard, copies there and clears it after 30 s if it still holds our value. */
    async copy(id: string): Promise<{ value: string | null }> {
      const value = revealValue(id);
      const clipboard = deps.clipboard;
      if (!clipboard) return { value };
      try {
        await clipboard.writeText(value);
      } catch {
        throw new ApiFailure('clipboard_unavailable');
      }
      deps.setTimer(() => {
        // Only clear what is still ours: the user may have copied something else since.
        void Promise.resolve()
          .then(() => clipboard.readText())
          .then((now) => {
            if (now === value) clipboard.clear();
          })
          .catch(() => undefined);
      }, CLIPBOARD_CLEAR_MS);
      return { value: null };
    },
    async changePassphrase(current: string, next: string) {
      const f = requireFile();
      const dataKey = await unwrap(f, current);
      const kdf: KdfParams = { ...kdfBase, salt: newSalt() };
      const wrappingKey = await deriveKey(next, kdf);
      // Only the key is rewrapped: the records stay exactly as they are.
      save({ ...f, kdf, wraps: { ...f.wraps, passphrase: seal(wrappingKey, dataKey, wrapAad(f.version, kdf)) } });
      wrappingKey.fill(0);
      key = dataKey;
      armAutoLock();
      return status();
    },
    reset() {
      lock();
      // A damaged file is kept, byte for byte, beside the new start; a readable one was chosen to go.
      if (existsSync(path)) {
        if (isDamaged) moveAside(path, deps.now());
        else unlinkSync(path);
      }
      file = null;
      isDamaged = false;
      whyDamaged = damaged;
      return status();
    },
    setRemember(remember: boolean) {
      const { f, k } = requireKey();
      if (!remember) {
        const { device: _device, ...wraps } = f.wraps;
        save({ ...f, wraps });
        return status();
      }
      const device = deviceWrap(k);
      if (!device) {
        throw new ApiFailure('device_key_unavailable');
      }
      save({ ...f, wraps: { ...f.wraps, device } });
      return status();
    },
    setAutoLock(minutes: number) {
      const f = requireFile();
      save({ ...f, settings: { ...f.settings, autoLockMinutes: minutes } });
      armAutoLock();
      return status();
    },
    /** Plain records of some profiles, for an encrypted export. Needs the vault unlocked. */
    exportRecords(profileIds: readonly string[]) {
      if (!file || file.records.every((r) => !profileIds.includes(r.profileId))) return [];
      const { f } = requireKey();
      return f.records
        .filter((r) => profileIds.includes(r.profileId))
        .map((r) => ({ ...meta(r), value: revealValue(r.id) }));
    },
    /**
     * The vault file an import would leave (records sealed under this vault's key, those of
     * `replacing` profiles dropped), without writing it: the import writes it with the data file
     * as one transaction, then calls `adopt`. Null when the vault would not change.
     */
    prepareImport(
      records: (VaultRecordMeta & { value: string })[],
      replacing: readonly string[],
      fresh?: { file: VaultFile; key: Buffer },
    ): VaultFile | null {
      const dropped = new Set(replacing);
      if (records.length === 0) {
        // Nothing to seal: dropping the replaced profiles' records needs no key.
        if (file && !isDamaged && file.records.some((r) => dropped.has(r.profileId))) {
          return { ...file, records: file.records.filter((r) => !dropped.has(r.profileId)) };
        }
        return null;
      }
      const { f, k } = fresh ? { f: fresh.file, k: fresh.key } : requireKey();
      const incoming = new Set(records.map((r) => r.id));
      const kept = f.records.filter((r) => !dropped.has(r.profileId) && !incoming.has(r.id));
      const added: VaultRecord[] = records.map(({ value, ...m }) => ({
        ...m,
        value: seal(k, Buffer.from(value, 'utf8'), recordAad(m)),
      }));
      return { ...f, records: [...kept, ...added] };
    },
    /** The bytes `save` would write for `next`. */
    serialize: (next: VaultFile) => JSON.stringify(next, null, 2),
    /** Takes `next` as the current file after the caller wrote it durably (with its key, for a new vault). */
    adopt(next: VaultFile, newKey?: Buffer) {
      file = next;
      isDamaged = false;
      if (newKey) {
        key = newKey;
        armAutoLock();
      }
    },
    /** Re-reads the file after the caller put the old bytes back (a rolled-back import). */
    reload() {
      file = null;
      isDamaged = false;
      whyDamaged = damaged;
      load();
    },
    /** The profile that holds record `id` now, if any (an import must not take over another's record). */
    recordOwner: (id: string) => file?.records.find((r) => r.id === id)?.profileId,
    /** A removed recovery item takes its records with it; like removeProfile, works while locked. */
    removeStepRecords(profileId: string, stepId: string) {
      removeWhere((r) => r.profileId === profileId && r.stepId === stepId);
    },
    /** Records whose owner is gone (a crash between the data file's write and the vault's). */
    removeWhere: (gone: (r: VaultRecordMeta) => boolean) => removeWhere(gone),
    /** A deleted profile takes its records with it; works while locked (metadata is in the clear). */
    removeProfile(profileId: string) {
      if (!file || isDamaged) return;
      if (file.records.some((r) => r.profileId === profileId)) {
        save({ ...file, records: file.records.filter((r) => r.profileId !== profileId) });
      }
    },
    path,
  };
}

export type Vault = ReturnType<typeof createVault>;
