import { z } from 'zod';
import { VAULT_KINDS } from '../../shared/contract/vault-schemas';
import { kdfSchema } from './kdf-schema';

export const VAULT_FILE = 'vault.json';
export const VAULT_FORMAT = 'lockstep-vault';
export const VAULT_VERSION = 1;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const sealedSchema = z.object({ iv: b64, tag: b64, ct: b64 });

export const vaultRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{8,64}$/),
  profileId: z.string(),
  stepId: z.string(),
  agency: z.string(),
  kind: z.enum(VAULT_KINDS),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  value: sealedSchema,
});

export const vaultFileSchema = z.object({
  format: z.literal(VAULT_FORMAT),
  version: z.literal(VAULT_VERSION),
  kdf: kdfSchema,
  wraps: z.object({
    passphrase: sealedSchema,
    /** Electron safeStorage ("remember on this device"); never Linux basic_text. */
    device: z.object({ scheme: z.literal('safeStorage'), blob: b64 }).optional(),
  }),
  settings: z.object({ autoLockMinutes: z.number().int().min(1).max(240) }),
  records: z.array(vaultRecordSchema),
});

export type VaultFile = z.infer<typeof vaultFileSchema>;
export type VaultRecord = z.infer<typeof vaultRecordSchema>;
