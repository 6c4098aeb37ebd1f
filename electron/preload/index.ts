import { contextBridge, ipcRenderer } from 'electron';
import type { LockstepApi } from '../shared/contract/api';
import type { OperationName } from '../shared/contract/names';
import type { OpInput, OpOutput } from '../shared/contract/operations';
import type { Result } from '../shared/contract/result';

// Type-only imports from the contract: the sandboxed preload bundles no library code.
const invoke = <N extends OperationName>(op: N, input?: OpInput<N>) =>
  ipcRenderer.invoke(op, input) as Promise<Result<OpOutput<N>>>;

/** One named method per operation; nothing generic crosses the bridge. */
export const api = {
  appInfo: () => invoke('app:info'),
  settingsGet: () => invoke('settings:get'),
  settingsUpdate: (input) => invoke('settings:update', input),
  profilesList: () => invoke('profiles:list'),
  profilesCreate: (input) => invoke('profiles:create', input),
  profilesRename: (input) => invoke('profiles:rename', input),
  profilesDelete: (input) => invoke('profiles:delete', input),
  profilesSummaries: (input) => invoke('profiles:summaries', input),
  linksOpen: (input) => invoke('links:open', input),
  appDeleteAllData: (input) => invoke('app:deleteAllData', input),
  planGet: (input) => invoke('plan:get', input),
  planSaveAnswers: (input) => invoke('plan:saveAnswers', input),
  checklistUpdate: (input) => invoke('checklist:update', input),
  checklistUndo: (input) => invoke('checklist:undo', input),
  appStatus: () => invoke('app:status'),
  storageRetry: () => invoke('storage:retry'),
  backupsList: () => invoke('backups:list'),
  backupsRestore: (input) => invoke('backups:restore', input),
  vaultStatus: () => invoke('vault:status'),
  vaultCreate: (input) => invoke('vault:create', input),
  vaultUnlock: (input) => invoke('vault:unlock', input),
  vaultLock: () => invoke('vault:lock'),
  vaultAddRecord: (input) => invoke('vault:addRecord', input),
  vaultUpdateRecord: (input) => invoke('vault:updateRecord', input),
  vaultDeleteRecord: (input) => invoke('vault:deleteRecord', input),
  vaultReveal: (input) => invoke('vault:reveal', input),
  vaultCopy: (input) => invoke('vault:copy', input),
  vaultChangePassphrase: (input) => invoke('vault:changePassphrase', input),
  vaultReset: (input) => invoke('vault:reset', input),
  vaultSetRemember: (input) => invoke('vault:setRemember', input),
  vaultSetAutoLock: (input) => invoke('vault:setAutoLock', input),
  vaultBackups: () => invoke('vault:backups'),
  vaultRestoreBackup: (input) => invoke('vault:restoreBackup', input),
  exportCreate: (input) => invoke('export:create', input),
  importPreview: (input) => invoke('import:preview', input),
  importApply: (input) => invoke('import:apply', input),
  documentsMailPacket: (input) => invoke('documents:mailPacket', input),
  documentsPlanPdf: (input) => invoke('documents:planPdf', input),
  documentsRecoveryLetter: (input) => invoke('documents:recoveryLetter', input),
  documentsCaseSummary: (input) => invoke('documents:caseSummary', input),
  remindersList: () => invoke('reminders:list'),
  remindersAct: (input) => invoke('reminders:act', input),
  remindersAddCustom: (input) => invoke('reminders:addCustom', input),
  remindersUpdateSettings: (input) => invoke('reminders:updateSettings', input),
  remindersIcs: (input) => invoke('reminders:ics', input),
  recoveryGet: (input) => invoke('recovery:get', input),
  recoveryAddItem: (input) => invoke('recovery:addItem', input),
  recoveryUpdateAction: (input) => invoke('recovery:updateAction', input),
  recoveryRemoveItem: (input) => invoke('recovery:removeItem', input),
  recoverySaveToVault: (input) => invoke('recovery:saveToVault', input),
} satisfies LockstepApi;

contextBridge.exposeInMainWorld('lockstep', api);
