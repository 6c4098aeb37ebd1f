import type { AppInfo } from '../shared/contract/schemas';
import { ApiFailure } from '../shared/contract/result';
import type { Backups } from './store/backups';
import type { DataStore } from './store/data-store';
import type { StartupReport } from './store/recovery';
import type { Vault } from './vault/vault-service';
import type { ReminderService } from './reminders/reminders-service';
import type { KdfParams } from './vault/vault-crypto';

export interface ServiceDeps {
  store: DataStore;
  backups: Backups;
  startup: StartupReport;
  vault: Vault;
  /** Optional so document/other tests can build deps without a scheduler. */
  reminders?: ReminderService;
  notFound: (id: string) => ApiFailure;
  /** Tests only: cheaper scrypt parameters for the vault and exports. */
  kdf?: Omit<KdfParams, 'salt'>;
  now: () => Date;
  /**
   * The app's time zone, read at each call: the reminders' (the person's choice, else this
   * computer's). "Today" and dated lines use it with core/calendar-day, so they match the reminders.
   */
  timeZone: () => string;
  newId: () => string;
  info: AppInfo;
  /** Electron: shell.openExternal. Browser mode: nothing, the tab opens the link itself. */
  openExternal: (url: string) => void | Promise<void>;
}

// The id stays out of the error: the renderer knows which profile it asked for.
export const notFound = (_id: string) => new ApiFailure('profile_not_found');
