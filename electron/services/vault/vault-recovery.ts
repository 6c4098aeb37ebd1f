import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { BACKUP_DIR, KEEP_LAST } from '../store/backups';
import { writeFileDurably } from '../store/durable-write';
import { parseStrict } from '../store/integrity';
import { VAULT_FILE, VAULT_FORMAT, VAULT_VERSION, vaultFileSchema } from './vault-file';

/** What happened to the vault file at launch; the vault's status carries it to the screen. */
export type VaultStartup =
  | { kind: 'none' }
  | { kind: 'ok' }
  | { kind: 'restored'; backupId: string; backupCreatedAt: string; corruptPath: string }
  | { kind: 'damaged'; path: string }
  | { kind: 'newer'; path: string };

export type VaultFileState = 'ok' | 'newer' | 'damaged';

/** A vault file is never bigger than this; anything larger is not ours. */
const MAX_VAULT_BYTES = 16 * 1024 * 1024;
const NAME = /^vault-(\d{8}T\d{9}Z)\.json$/;
const stamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');
const unstamp = (s: string) =>
  `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;

/** The file's structure, read strictly (a duplicate key is damage): no passphrase needed. */
export function vaultTextState(text: string): VaultFileState {
  let raw: unknown;
  try {
    raw = parseStrict(text);
  } catch {
    return 'damaged';
  }
  if (vaultFileSchema.safeParse(raw).success) return 'ok';
  const head = raw as { format?: unknown; version?: unknown } | null;
  const isNewer =
    head !== null &&
    typeof head === 'object' &&
    head.format === VAULT_FORMAT &&
    typeof head.version === 'number' &&
    head.version > VAULT_VERSION;
  return isNewer ? 'newer' : 'damaged';
}

function readSmall(path: string): string | null {
  try {
    if (statSync(path).size > MAX_VAULT_BYTES) return null;
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function canRead(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code !== 'EACCES' && code !== 'EPERM';
  }
}

export interface VaultBackupInfo {
  id: string;
  createdAt: string;
  records: number;
}

/** Copies of the vault file beside the data backups (`backups/vault-<time>.json`), mode 0600. */
export function createVaultBackups(dataDir: string) {
  const dir = join(dataDir, BACKUP_DIR);
  const names = () => {
    try {
      return readdirSync(dir)
        .filter((n) => NAME.test(n))
        .sort();
    } catch {
      return [];
    }
  };
  /** The text of a backup that is a usable vault of this version; null otherwise. */
  const read = (id: string): string | null => {
    if (!NAME.test(id)) return null;
    const text = readSmall(join(dir, id));
    return text !== null && vaultTextState(text) === 'ok' ? text : null;
  };
  return {
    read,
    /** Valid vault backups, newest first. */
    list(): VaultBackupInfo[] {
      return names()
        .reverse()
        .flatMap((id) => {
          const text = read(id);
          if (text === null) return [];
          const records = (JSON.parse(text) as { records: unknown[] }).records.length;
          return [{ id, createdAt: unstamp(NAME.exec(id)?.[1] ?? ''), records }];
        });
    },
    /** Keeps `text` unless the newest backup already holds it; keeps the last KEEP_LAST. */
    write(text: string, now: Date): string {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const all = names();
      const newest = all.at(-1);
      if (newest && readSmall(join(dir, newest)) === text) return newest;
      let id = `vault-${stamp(now)}.json`;
      for (let n = 1; all.includes(id); n++) id = `vault-${stamp(new Date(now.getTime() + n))}.json`;
      writeFileDurably(join(dir, id), text);
      for (const old of [...all, id].sort().slice(0, -KEEP_LAST)) unlinkSync(join(dir, old));
      return id;
    },
  };
}

export type VaultBackups = ReturnType<typeof createVaultBackups>;

/** Moves a damaged vault aside (never deletes it), under a name no earlier damaged copy has. */
export function moveAside(path: string, now: Date): string {
  const aside = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  let target = aside;
  for (let n = 1; existsSync(target); n++) target = `${aside}-${n}`;
  renameSync(path, target);
  return target;
}

/**
 * Runs before the vault opens. A good vault gets its launch backup. A damaged one is kept byte for
 * byte: moved aside with the newest good vault backup put in its place, or, with no backup, left
 * exactly where it is and reported as damaged (never as an empty vault). A newer version's vault is
 * not touched.
 */
export function recoverVaultFile(dataDir: string, backups: VaultBackups, now: Date): VaultStartup {
  const path = join(dataDir, VAULT_FILE);
  if (!existsSync(path)) return { kind: 'none' };
  // Unreadable for lack of permission is not damage: report it, move nothing.
  if (!canRead(path)) return { kind: 'damaged', path };
  const text = readSmall(path);
  const state = text === null ? 'damaged' : vaultTextState(text);
  if (state === 'newer') return { kind: 'newer', path };
  if (state === 'ok' && text !== null) {
    try {
      backups.write(text, now);
    } catch {
      // The vault still works without a launch backup; the next launch tries again.
    }
    return { kind: 'ok' };
  }
  const newest = backups.list()[0];
  const good = newest ? backups.read(newest.id) : null;
  if (!newest || good === null) return { kind: 'damaged', path };
  try {
    const corruptPath = moveAside(path, now);
    writeFileDurably(path, good);
    return { kind: 'restored', backupId: newest.id, backupCreatedAt: newest.createdAt, corruptPath };
  } catch {
    // A folder that refuses the move (or a vault path that is a folder we cannot rename): report it.
    return existsSync(path) ? { kind: 'damaged', path } : { kind: 'none' };
  }
}

/**
 * Settings' restore: the current vault is kept first (a good one as a backup, a damaged one moved
 * aside), then the chosen backup takes its place. The caller reloads the vault.
 */
export function restoreVaultBackup(
  dataDir: string,
  backups: VaultBackups,
  id: string,
  now: Date,
): VaultBackupInfo | null {
  const info = backups.list().find((b) => b.id === id);
  const text = info ? backups.read(id) : null;
  if (!info || text === null) return null;
  const path = join(dataDir, VAULT_FILE);
  if (existsSync(path)) {
    const current = readSmall(path);
    if (current !== null && vaultTextState(current) === 'ok') backups.write(current, now);
    else moveAside(path, now);
  }
  writeFileDurably(path, text);
  return info;
}
