import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './schemas';
import { stepIdSchema } from './plan-schemas';

import { VAULT_KINDS } from './enums';

export { VAULT_KINDS };
import { PASSPHRASE_MIN } from './vault-limits';

export { PASSPHRASE_MIN };

const none = z.undefined();
/** The kinds a step page saves; a recovery case's kinds go through recovery:saveToVault, which checks the case. */
const STEP_VAULT_KINDS = VAULT_KINDS.filter(
  (k): k is Exclude<(typeof VAULT_KINDS)[number], 'ftc-report-number' | 'account-number'> =>
    k !== 'ftc-report-number' && k !== 'account-number',
);
const passphrase = z
  .string()
  .min(PASSPHRASE_MIN, `Use at least ${PASSPHRASE_MIN} characters`)
  .max(1024, 'Use 1024 characters or fewer');
const recordId = z.string().regex(/^[a-z0-9-]{8,64}$/, 'Not a valid record id');
const secretValue = z.string().trim().min(1, 'Enter the value to keep').max(2000, 'Use 2000 characters or fewer');

export const vaultRecordMetaSchema = z.object({
  id: recordId,
  profileId: z.string(),
  stepId: z.string(),
  agency: z.string(),
  kind: z.enum(VAULT_KINDS),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export const vaultStatusSchema = z.object({
  exists: z.boolean(),
  unlocked: z.boolean(),
  remembered: z.boolean(),
  /** Whether this host can remember the key on the device, and if not, why. */
  remember: z.object({ available: z.boolean(), reason: z.string().nullable() }),
  autoLockMinutes: z.number().int(),
  /** Metadata only; values never leave the vault except through reveal or copy of one record. */
  records: z.array(vaultRecordMetaSchema),
  /** The file could not be read at start (or is a newer version's): said so, never "0 records". */
  damage: z.object({ kind: z.enum(['damaged', 'newer']), path: z.string() }).nullable(),
  /** At launch the damaged file was moved aside and this vault backup put in its place. */
  restored: z.object({ backupCreatedAt: isoDateTimeSchema, corruptPath: z.string() }).nullable(),
});

export const vaultBackupInfoSchema = z.object({
  id: z.string(),
  createdAt: isoDateTimeSchema,
  records: z.number().int(),
});
export const vaultBackupIdSchema = z.string().regex(/^vault-\d{8}T\d{9}Z\.json$/, 'Not a vault backup name');

export const vaultOps = {
  'vault:status': { input: none, output: vaultStatusSchema },
  'vault:create': {
    input: z.strictObject({ passphrase, remember: z.boolean().optional() }),
    output: vaultStatusSchema,
  },
  'vault:unlock': { input: z.strictObject({ passphrase: z.string().max(1024) }), output: vaultStatusSchema },
  'vault:lock': { input: none, output: vaultStatusSchema },
  'vault:addRecord': {
    input: z.strictObject({
      profileId: idSchema,
      stepId: stepIdSchema,
      kind: z.enum(STEP_VAULT_KINDS),
      value: secretValue,
      notSsn: z.boolean().optional(),
    }),
    output: vaultRecordMetaSchema,
  },
  'vault:updateRecord': {
    input: z.strictObject({ id: recordId, value: secretValue, notSsn: z.boolean().optional() }),
    output: vaultRecordMetaSchema,
  },
  'vault:deleteRecord': { input: z.strictObject({ id: recordId }), output: z.strictObject({ id: recordId }) },
  'vault:reveal': { input: z.strictObject({ id: recordId }), output: z.strictObject({ value: z.string() }) },
  /** Electron copies in the host and answers null; browser mode answers the value for the tab to copy. */
  'vault:copy': { input: z.strictObject({ id: recordId }), output: z.strictObject({ value: z.string().nullable() }) },
  'vault:changePassphrase': {
    input: z.strictObject({ current: z.string().max(1024), next: passphrase }),
    output: vaultStatusSchema,
  },
  'vault:reset': { input: z.strictObject({ confirm: z.literal('DELETE') }), output: vaultStatusSchema },
  'vault:setRemember': { input: z.strictObject({ remember: z.boolean() }), output: vaultStatusSchema },
  'vault:setAutoLock': {
    input: z.strictObject({ minutes: z.number().int().min(1).max(240) }),
    output: vaultStatusSchema,
  },
  /** Copies of the vault file kept with the backups, newest first (metadata only). */
  'vault:backups': { input: none, output: z.array(vaultBackupInfoSchema) },
  'vault:restoreBackup': { input: z.strictObject({ id: vaultBackupIdSchema }), output: vaultStatusSchema },
} as const;

export type VaultStatus = z.infer<typeof vaultStatusSchema>;
export type VaultBackupInfo = z.infer<typeof vaultBackupInfoSchema>;
export type VaultRecordMeta = z.infer<typeof vaultRecordMetaSchema>;
export type VaultKind = (typeof VAULT_KINDS)[number];
export type StepVaultKind = (typeof STEP_VAULT_KINDS)[number];
