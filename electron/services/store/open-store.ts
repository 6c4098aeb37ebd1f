import { join } from 'node:path';
import { createBackups, type Backups } from './backups';
import { createDataStore, type DataStore, type StoreBackend } from './data-store';
import { recoverDataFile, type StartupReport } from './recovery';
import { buildStoreOptions, DATA_FILE_BASENAME, type StoreOptions } from './store-options';

export const DATA_FILE = `${DATA_FILE_BASENAME}.json`;

export interface OpenedStore {
  store: DataStore;
  backups: Backups;
  report: StartupReport;
}

/**
 * Opens the data folder for a host: recovers or migrates the file first (so conf and
 * electron-store never see a bad one), makes the launch backup, then builds the backend.
 */
export function openStore(
  dataDir: string,
  createBackend: (options: StoreOptions) => StoreBackend,
  now: () => Date = () => new Date(),
): OpenedStore {
  const backups = createBackups(dataDir);
  const started = now();
  const { data, report, readOnly } = recoverDataFile(dataDir, DATA_FILE, backups, started);
  // A newer version's file is never handed to a writer.
  const backend = readOnly
    ? { store: data, path: join(dataDir, DATA_FILE) }
    : createBackend(buildStoreOptions(dataDir));
  let lastBackupAt: Date | undefined;
  if (!readOnly && report.kind !== 'fresh') {
    try {
      backups.write(data, started);
      backups.prune(started);
      lastBackupAt = started;
    } catch {
      // The app still works without a launch backup; the next save tries again.
    }
  }
  const store = createDataStore({
    backend,
    initial: data,
    readOnly,
    backups,
    now,
    ...(lastBackupAt ? { lastBackupAt } : {}),
  });
  return { store, backups, report };
}
