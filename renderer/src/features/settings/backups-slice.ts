import type { StateCreator } from 'zustand';
import type { BackupInfo, StartupReportDto } from '../../../../electron/shared/contract/storage-schemas';
import type { AppState } from '../../app/store';
import { formatDateTime } from '../../app/text';

export interface BackupsSlice {
  startup: StartupReportDto | null;
  dataFile: string | null;
  backups: BackupInfo[] | null;
  loadStatus(): Promise<void>;
  dismissStartup(): void;
  retrySave(): Promise<void>;
  loadBackups(): Promise<void>;
  restoreBackup(id: string): Promise<boolean>;
}

export const createBackupsSlice: StateCreator<AppState, [], [], BackupsSlice> = (set, get) => ({
  startup: null,
  dataFile: null,
  backups: null,
  async loadStatus() {
    const result = await get().api.appStatus();
    if (result.ok) set({ startup: result.value.startup, dataFile: result.value.dataFile });
  },
  dismissStartup: () => set({ startup: null }),
  async retrySave() {
    const result = await get().api.storageRetry();
    if (!result.ok) return get().showError(result.error);
    get().clearError();
    get().announce('app.saved');
  },
  async loadBackups() {
    const result = await get().api.backupsList();
    if (result.ok) set({ backups: result.value });
    else get().showError(result.error);
  },
  async restoreBackup(id) {
    const result = await get().api.backupsRestore({ id });
    if (!result.ok) {
      get().showError(result.error);
      return false;
    }
    // Everything cached may have changed: drop it and read it again from the host.
    set({ plans: {} });
    await Promise.all([get().loadProfiles(), get().loadBackups()]);
    get().announce('settings.restored', { date: formatDateTime(result.value.restored.createdAt, get().language) });
    return true;
  },
});
