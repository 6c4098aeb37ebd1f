import { dirname } from 'node:path';
import { ApiFailure, type ErrorParams } from '../../shared/contract/result';
import { BACKUP_INTERVAL_MS, type Backups } from './backups';
import { dataSchema, type StoredData } from './data-schema';
import { fsyncDirectory } from './durable-write';

/** What conf and electron-store both offer; tests may pass a plain object. */
export interface StoreBackend {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface SaveState {
  /** Changes in memory that are not yet on disk (a write failed). */
  unsaved: boolean;
  /** The last write error's code (ENOSPC, EACCES, EROFS…), if the last write failed. */
  lastError: string | null;
  readOnly: boolean;
}

export interface DataStore {
  read(): StoredData;
  /** Applies a change in memory at once, then resolves after the durable write that includes it. */
  update<T>(change: (data: StoredData) => { data: StoredData; result: T }): Promise<T>;
  /** Writes pending changes now (quit, retry). Rejects with ApiFailure('storage') on failure. */
  flush(): Promise<void>;
  /** Replaces everything (restore); durable before it resolves. */
  replace(data: StoredData): Promise<void>;
  saveState(): SaveState;
  /** After the caller put the file's old bytes back (a rolled-back import): memory follows the disk. */
  revert(data: StoredData): void;
  readonly path: string;
}

export interface DataStoreOptions {
  backend: StoreBackend;
  /** The validated data recovery produced; the backend file already holds it. */
  initial: StoredData;
  readOnly?: boolean;
  backups?: Backups;
  now?: () => Date;
  /** When the last backup was made (the launch backup), so the next periodic one waits. */
  lastBackupAt?: Date;
}

type StorageCause = ErrorParams['storage']['cause'];
const CAUSES: Record<string, StorageCause> = {
  ENOSPC: 'disk_full',
  EDQUOT: 'quota',
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'read_only_folder',
};

function storageFailure(code: string): ApiFailure {
  // Only the OS error code travels: never a path or a message that could hold one.
  const detail = /^[A-Z0-9_]{1,24}$/.test(code) ? code : 'unknown';
  return new ApiFailure('storage', { cause: CAUSES[code] ?? 'other', detail });
}

/**
 * The one writer of the data file. Changes apply to memory at once; writes are coalesced (all
 * changes made before the write starts share it) and each caller hears back only after the write
 * is durable. A failed write leaves the file as it was and keeps the change in memory for a retry.
 */
export function createDataStore(options: DataStoreOptions): DataStore {
  const { backend, backups } = options;
  const now = options.now ?? (() => new Date());
  let current = options.initial;
  let written = current;
  let lastError: string | null = null;
  let pending: Promise<void> | null = null;
  let lastBackupAt = options.lastBackupAt?.getTime() ?? 0;

  function writeNow(): void {
    const snapshot = current;
    if (snapshot === written) return;
    try {
      backend.store = snapshot;
    } catch (err) {
      lastError = (err as NodeJS.ErrnoException).code ?? 'EIO';
      throw storageFailure(lastError);
    }
    fsyncDirectory(dirname(backend.path));
    written = snapshot;
    lastError = null;
    maybeBackup(snapshot);
  }

  function maybeBackup(data: StoredData) {
    if (!backups) return;
    const t = now().getTime();
    if (t - lastBackupAt < BACKUP_INTERVAL_MS) return;
    try {
      backups.write(data, now());
      backups.prune(now());
      lastBackupAt = t;
    } catch {
      // A failed backup must not fail the user's save; the next change tries again.
    }
  }

  function scheduleWrite(): Promise<void> {
    // Everything changed before this macrotask runs goes into one write.
    pending ??= new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        pending = null;
        try {
          writeNow();
          resolve();
        } catch (err) {
          reject(err);
        }
      });
    });
    return pending;
  }

  return {
    path: backend.path,
    read: () => current,
    async update(change) {
      if (options.readOnly) throw new ApiFailure('read_only');
      const { data, result } = change(current);
      current = dataSchema.parse(data);
      await scheduleWrite();
      return result;
    },
    async flush() {
      if (options.readOnly) return;
      if (pending) await pending.catch(() => undefined);
      writeNow();
    },
    async replace(data) {
      if (options.readOnly) throw new ApiFailure('read_only');
      current = dataSchema.parse(data);
      await scheduleWrite();
    },
    saveState: () => ({ unsaved: current !== written, lastError, readOnly: options.readOnly === true }),
    revert(data) {
      current = data;
      written = data;
    },
  };
}
