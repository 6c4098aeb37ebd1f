import { randomUUID } from 'node:crypto';
import type { Handlers } from '../shared/contract/api';
import type { AppInfo } from '../shared/contract/schemas';
import type { StoreBackend } from './store/data-store';
import { DATA_FILE, openStore, type OpenedStore } from './store/open-store';
import { tightenDataFolder } from './folder-permissions';
import { recoverImport } from './import-journal';
import { VAULT_FILE } from './vault/vault-file';
import type { StoreOptions } from './store/store-options';
import { createHandlers } from './handlers';
import { sweepUnlinkedRecords } from './recovery/recovery-handlers';
import { createLogger } from './log';
import { appTimeZone, createReminderService, type Notify, type ReminderService } from './reminders/reminders-service';
import { notFound } from './service-deps';
import { createVault, type ClipboardLike, type DeviceKeyStore, type Vault } from './vault/vault-service';
import type { KdfParams } from './vault/vault-crypto';
import { createVaultBackups, recoverVaultFile, type VaultStartup } from './vault/vault-recovery';
import { getStep } from '../shared/core/catalog';
import { dispatch } from '../shared/contract/dispatch';

export interface AppServicesOptions {
  dataDir: string;
  /** conf in browser mode, electron-store in Electron: both built from the same options object. */
  createBackend: (options: StoreOptions) => StoreBackend;
  info: AppInfo;
  openExternal: (url: string) => void | Promise<void>;
  now?: () => Date;
  newId?: () => string;
  /** Electron: safeStorage and the OS clipboard. Browser mode: none (the tab copies). */
  device?: DeviceKeyStore | null;
  clipboard?: ClipboardLike | null;
  /** Tests only: cheaper scrypt parameters. */
  vaultKdf?: Omit<KdfParams, 'salt'>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Electron: OS notifications for due reminders. Browser mode: none (the tab shows its inbox). */
  notify?: Notify | null;
  /** This computer's IANA time zone (tests pin it). */
  hostTimeZone?: string;
}

export interface AppServices {
  handlers: Handlers;
  opened: OpenedStore;
  vault: Vault;
  reminders: ReminderService;
  /** The hosts' single entry: validates, runs, answers a Result, and counts as user activity. */
  call(op: unknown, payload: unknown): ReturnType<typeof dispatch>;
}

/** Wires the services once per host; both hosts call this with what differs between them. */
export function createAppServices(options: AppServicesOptions): AppServices {
  const now = options.now ?? (() => new Date());
  const tightened = tightenDataFolder(options.dataDir);
  // Before either file is read: an import a crash interrupted is put back as it was.
  const importRecovery = recoverImport(options.dataDir, [VAULT_FILE, DATA_FILE]);
  const opened = openStore(options.dataDir, options.createBackend, now);
  const logger = createLogger(options.dataDir, now);
  // A newer version's folder is left exactly as it is: not even a log line is added.
  if (opened.report.kind !== 'newer') {
    logger.log('startup', { host: options.info.host, version: options.info.version, data: opened.report.kind });
    if (tightened > 0) logger.log('permissions-tightened', { entries: tightened });
    if (importRecovery === 'rolled-back') logger.log('import-rolled-back');
  }
  const newId = options.newId ?? randomUUID;
  const vaultBackups = createVaultBackups(options.dataDir);
  // A newer version's folder is not written to, not even a vault backup.
  const vaultStartup: VaultStartup =
    opened.report.kind === 'newer' ? { kind: 'ok' } : recoverVaultFile(options.dataDir, vaultBackups, now());
  if (vaultStartup.kind === 'restored' || vaultStartup.kind === 'damaged') {
    logger.log('startup', { vault: vaultStartup.kind });
  }
  const vault = createVault({
    startup: vaultStartup,
    dataDir: options.dataDir,
    now,
    newId,
    // Timers never keep the process alive on their own.
    setTimer: options.setTimer ?? ((fn, ms) => setTimeout(fn, ms).unref()),
    clearTimer: options.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout)),
    device: options.device ?? null,
    clipboard: options.clipboard ?? null,
    ...(options.vaultKdf ? { kdf: options.vaultKdf } : {}),
    agencyOf: (stepId) => getStep(stepId)?.agency.en ?? '',
  });
  // Only a data file read whole and current can say an item is gone. After a fresh start, a damaged
  // file or a restore from an older backup, the case is empty or older than the vault, and the sweep
  // would delete account numbers whose items are merely missing from this copy. A newer version's
  // folder is never written to either.
  if (opened.report.kind === 'ok' || opened.report.kind === 'migrated') sweepUnlinkedRecords(opened.store, vault);
  const hostTimeZone = options.hostTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const reminders = createReminderService({
    store: opened.store,
    now,
    newId,
    hostTimeZone,
    desktop: options.info.host === 'electron',
    notify: options.notify ?? null,
    ...(options.setTimer ? { setTimer: options.setTimer } : {}),
    ...(options.clearTimer ? { clearTimer: options.clearTimer } : {}),
  });
  const handlers = createHandlers({
    reminders,
    store: opened.store,
    backups: opened.backups,
    startup: opened.report,
    vault,
    notFound,
    ...(options.vaultKdf ? { kdf: options.vaultKdf } : {}),
    info: options.info,
    openExternal: options.openExternal,
    now,
    timeZone: () => appTimeZone(opened.store.read(), hostTimeZone),
    newId,
  });
  // Status reads are how the screen notices an auto-lock; they must not count as activity.
  const PASSIVE = new Set(['vault:status', 'app:status']);
  const LOGGED = new Set(['storage', 'internal', 'vault_damaged']);
  const READS = new Set([
    'vault:status',
    'app:status',
    'app:info',
    'settings:get',
    'profiles:list',
    'profiles:summaries',
    'plan:get',
    'reminders:list',
    'backups:list',
    'vault:reveal',
  ]);
  const call = async (op: unknown, payload: unknown) => {
    if (typeof op !== 'string' || !PASSIVE.has(op)) vault.touch();
    const started = performance.now();
    const result = await dispatch(handlers, op, payload);
    // Faults worth a support look, by operation name and code only: never inputs or outputs. A
    // rejected request is the caller's mistake and leaves the data folder untouched, log included.
    // Any change may move a reminder: re-plan the single timer (cheap; reads are skipped).
    if (result.ok && typeof op === 'string' && !READS.has(op)) reminders.replan();
    if (!result.ok && LOGGED.has(result.error.code)) {
      logger.log('fault', {
        op: typeof op === 'string' ? op.slice(0, 40) : 'invalid',
        code: result.error.code,
        ms: Math.round(performance.now() - started),
      });
    }
    return result;
  };
  if (opened.report.kind !== 'newer') reminders.start();
  return { handlers, opened, vault, reminders, call };
}
