import { z } from 'zod';
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  AMOUNT_MAX_CENTS,
  COMPANY_MAX,
  ITEM_KINDS,
  MAX_ITEMS,
  MAX_LOG,
  REFERENCE_MAX,
  SAID_MAX,
  WHO_MAX,
  type ActionChange,
  type NewItem,
  type RecoveryCase,
} from '../core/recovery/types';
import { TRACKING_PATTERN } from '../core/checklist';
import { RECOVERY_NUMBER_MAX, RECOVERY_NUMBER_PATTERN, RECOVERY_VAULT_KINDS } from '../core/recovery/vault';
import type { Assert, SameType } from './same-type';
import { vaultRecordMetaSchema } from './vault-schemas';
import { idSchema, isoDateTimeSchema } from './schemas';

const localDate = z.iso.date({ error: 'Use a real date' });
const text = (max: number) => z.string().max(max, `Use ${max} characters or fewer`);

export const contactEntrySchema = z.object({
  id: idSchema,
  who: text(WHO_MAX),
  on: localDate,
  said: text(SAID_MAX),
  loggedAt: isoDateTimeSchema,
});

export const recoveryActionSchema = z.object({
  kind: z.enum(ACTION_KINDS),
  status: z.enum(ACTION_STATUSES),
  mailedOn: localDate.optional(),
  tracking: z.string().regex(TRACKING_PATTERN).optional(),
  doneOn: localDate.optional(),
  log: z.array(contactEntrySchema).max(MAX_LOG),
  updatedAt: isoDateTimeSchema,
});

export const recoveryItemSchema = z.object({
  id: idSchema,
  kind: z.enum(ITEM_KINDS),
  company: text(COMPANY_MAX),
  noticedOn: localDate,
  amountCents: z.number().int().min(0).max(AMOUNT_MAX_CENTS).optional(),
  reference: text(REFERENCE_MAX).optional(),
  actions: z.array(recoveryActionSchema).max(ACTION_KINDS.length),
  createdAt: isoDateTimeSchema,
});

export const recoveryCaseSchema = z.object({
  openedAt: isoDateTimeSchema,
  items: z.array(recoveryItemSchema).max(MAX_ITEMS),
});

export const newItemSchema = z.strictObject({
  kind: z.enum(ITEM_KINDS),
  company: text(COMPANY_MAX).refine((s) => s.trim().length > 0, 'Name the company or agency'),
  noticedOn: localDate,
  amountCents: z.number().int().min(0).max(AMOUNT_MAX_CENTS).optional(),
  reference: text(REFERENCE_MAX).optional(),
});

export const actionChangeSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('status'), status: z.enum(ACTION_STATUSES), on: localDate.optional() })
    .refine((c) => c.on === undefined || c.status === 'done', 'A day goes only with "done"'),
  z.strictObject({
    kind: z.literal('log'),
    who: text(WHO_MAX).refine((s) => s.trim().length > 0, 'Say who you contacted'),
    on: localDate,
    said: text(SAID_MAX),
  }),
  z.strictObject({
    kind: z.literal('mailed'),
    mailedOn: localDate,
    tracking: z.string().regex(TRACKING_PATTERN, 'Use only letters, digits, spaces and dashes (up to 40)').optional(),
  }),
]);

export const recoveryOps = {
  'recovery:get': { input: z.strictObject({ profileId: idSchema }), output: recoveryCaseSchema.nullable() },
  'recovery:addItem': {
    input: z.strictObject({ profileId: idSchema, item: newItemSchema }),
    output: recoveryCaseSchema,
  },
  'recovery:updateAction': {
    input: z.strictObject({
      profileId: idSchema,
      itemId: idSchema,
      action: z.enum(ACTION_KINDS),
      change: actionChangeSchema,
    }),
    output: recoveryCaseSchema,
  },
  'recovery:removeItem': {
    input: z.strictObject({ profileId: idSchema, itemId: idSchema }),
    output: recoveryCaseSchema,
  },
  /**
   * A number the case must not hold in the clear, sealed in the vault: the FTC report number (for
   * the case; `itemId` names the item whose FTC action it was typed on) or an item's full account
   * number. Answers the record's metadata only.
   */
  'recovery:saveToVault': {
    input: z.strictObject({
      profileId: idSchema,
      itemId: idSchema,
      kind: z.enum(RECOVERY_VAULT_KINDS),
      value: z
        .string()
        .trim()
        .max(RECOVERY_NUMBER_MAX, `Use ${RECOVERY_NUMBER_MAX} characters or fewer`)
        .regex(RECOVERY_NUMBER_PATTERN, 'Use only letters, digits, spaces and dashes'),
      notSsn: z.boolean().optional(),
    }),
    output: vaultRecordMetaSchema,
  },
} as const;

/** Each schema must produce exactly its core type, so the two cannot drift. */
type _CaseIsCore = Assert<SameType<z.infer<typeof recoveryCaseSchema>, RecoveryCase>>;
type _NewItemIsCore = Assert<SameType<z.infer<typeof newItemSchema>, NewItem>>;
type _ChangeIsCore = Assert<SameType<z.infer<typeof actionChangeSchema>, ActionChange>>;
