import type { Handlers } from '../shared/contract/api';
import { ApiFailure } from '../shared/contract/result';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ServiceDeps } from './service-deps';
import { BACKUP_DIR } from './store/backups';
import { emptyData } from './store/data-schema';
import { LOG_DIR } from './log';

/** Start-up report, save state and retry, and the backups a user can restore. */
export function createStorageHandlers(
  deps: ServiceDeps,
): Pick<Handlers, 'app:status' | 'storage:retry' | 'backups:list' | 'backups:restore' | 'app:deleteAllData'> {
  const { store, backups } = deps;
  return {
    'app:status': () => ({ startup: deps.startup, save: store.saveState(), dataFile: store.path }),
    'storage:retry': async () => {
      await store.flush();
      return store.saveState();
    },
    'backups:list': () => backups.list(),
    /** Everything goes: vault, backups, damaged copies, logs; the app starts over empty. */
    'app:deleteAllData': async () => {
      if (store.saveState().readOnly) {
        throw new ApiFailure('read_only');
      }
      deps.vault.reset();
      const dir = dirname(store.path);
      for (const name of readdirSync(dir)) {
        if (name === BACKUP_DIR || name === LOG_DIR || name.includes('.corrupt-')) {
          rmSync(join(dir, name), { recursive: true, force: true });
        }
      }
      await store.replace(emptyData());
      return { deleted: true as const };
    },
    'backups:restore': async ({ id }) => {
      // A newer version's file is never touched, not even by a safety backup.
      if (store.saveState().readOnly) {
        throw new ApiFailure('read_only');
      }
      const info = backups.list().find((b) => b.id === id);
      const data = info ? backups.read(id) : null;
      if (!info || !data) throw new ApiFailure('backup_missing');
      // The current state is backed up first, so the restore itself can be undone.
      const safetyBackupId = backups.write(store.read(), deps.now());
      await store.replace(data);
      return { restored: info, safetyBackupId };
    },
  };
}
