import type { ItemKind, RecoveryCase } from './types';

/**
 * What a recovery case keeps in the vault, and how those records are keyed. A vault record names a
 * step; a case's records name a pseudo-step that cannot be a catalog step id (catalog ids never
 * start with `recovery-`, tested): the FTC report number belongs to the whole case (one
 * IdentityTheft.gov report covers every item), a full account number to one item.
 */
export const RECOVERY_VAULT_KINDS = ['ftc-report-number', 'account-number'] as const;
export type RecoveryVaultKind = (typeof RECOVERY_VAULT_KINDS)[number];

export const FTC_REPORT_STEP = 'recovery-ftc-report';
const ITEM_STEP_PREFIX = 'recovery-item-';
export const RECOVERY_STEP_PREFIX = 'recovery-';

export const itemVaultStep = (itemId: string): string => `${ITEM_STEP_PREFIX}${itemId}`;

/** The step id a recovery vault record of `kind` for `itemId` is filed under. */
export const recoveryVaultStep = (kind: RecoveryVaultKind, itemId: string): string =>
  kind === 'ftc-report-number' ? FTC_REPORT_STEP : itemVaultStep(itemId);

/** Letters, digits, spaces and dashes: a report or account number, never free text. */
export const RECOVERY_NUMBER_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9 -]{0,38}[A-Za-z0-9])?$/u;
export const RECOVERY_NUMBER_MAX = 40;

/** Items that are an account somewhere; a tax return or a redirected letter has no account number. */
export const ACCOUNT_ITEM_KINDS: readonly ItemKind[] = [
  'new-account',
  'loan',
  'existing-account',
  'phone-line',
  'medical',
];

/** Whether an item of this kind can keep a full account number in the vault (screen and host alike). */
export const hasAccountNumber = (kind: ItemKind): boolean => ACCOUNT_ITEM_KINDS.includes(kind);

export const isRecoveryVaultKind = (kind: string): kind is RecoveryVaultKind =>
  (RECOVERY_VAULT_KINDS as readonly string[]).includes(kind);

/**
 * Whether a record of `kind` filed under `stepId` links to this case: the FTC number to the case
 * (it stays when items go: the report still exists), an account number to its item. The import
 * refuses a file whose recovery records link nowhere.
 */
export function recoveryRecordLinked(kind: RecoveryVaultKind, stepId: string, recoveryCase: RecoveryCase | undefined) {
  if (kind === 'ftc-report-number') return stepId === FTC_REPORT_STEP;
  return (recoveryCase?.items ?? []).some((i) => itemVaultStep(i.id) === stepId);
}
