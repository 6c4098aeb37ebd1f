import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './schemas';

/** An export is a text file; 900 kB keeps it inside one request with room to spare. */
export const EXPORT_MAX_CHARS = 900_000;

const content = z
  .string()
  .min(1, 'Choose a file')
  .max(EXPORT_MAX_CHARS, 'That file is too large to be a Lockstep export');
const passphrase = z.string().min(8, 'Use at least 8 characters').max(1024);

export const importPreviewSchema = z.object({
  createdAt: isoDateTimeSchema,
  profiles: z.array(z.object({ id: z.string(), name: z.string(), action: z.enum(['add', 'replace']) })),
  records: z.number().int(),
  /**
   * What the records need from this computer's vault: nothing ('ready': none to add, or it is
   * unlocked), a new vault ('create'), its passphrase ('unlock'), or it is damaged ('damaged').
   */
  vault: z.enum(['ready', 'create', 'unlock', 'damaged']),
});

/** The vault passphrase an import needs, asked in the same flow: a new vault's, or this one's to unlock it. */
const vaultChoice = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('create'), passphrase }),
  z.strictObject({ action: z.literal('unlock'), passphrase: z.string().max(1024) }),
]);

export const transferOps = {
  'export:create': {
    input: z.strictObject({
      profileIds: z.array(idSchema).min(1, 'Choose at least one profile').max(500),
      passphrase,
    }),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  'import:preview': {
    input: z.strictObject({ content, passphrase: z.string().max(1024) }),
    output: importPreviewSchema,
  },
  'import:apply': {
    input: z.strictObject({ content, passphrase: z.string().max(1024), vault: vaultChoice.optional() }),
    output: z.object({ added: z.number().int(), replaced: z.number().int(), records: z.number().int() }),
  },
} as const;

export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type ImportVaultChoice = z.infer<typeof vaultChoice>;
