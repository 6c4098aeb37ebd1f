import { z } from 'zod';
import type { OperationName } from './names';
import {
  appInfoSchema,
  idSchema,
  languageSchema,
  profileNameSchema,
  profileSchema,
  relationshipSchema,
  settingsSchema,
  TEXT_SIZES,
} from './schemas';
import { planOps } from './plan-schemas';
import { storageOps } from './storage-schemas';
import { vaultOps } from './vault-schemas';
import { transferOps } from './transfer-schemas';
import { documentOps } from './document-schemas';
import { reminderOps } from './reminder-schemas';
import { recoveryOps } from './recovery-schemas';
import { summaryOps } from './summary-schemas';

export interface OperationDef {
  input: z.ZodType;
  output: z.ZodType;
}

const none = z.undefined();

/** The one map of operations. Names come from names.ts; `satisfies` keeps the two identical. */
export const operations = {
  'app:info': { input: none, output: appInfoSchema },
  'settings:get': { input: none, output: settingsSchema },
  'settings:update': {
    input: z.strictObject({ language: languageSchema.optional(), textSize: z.enum(TEXT_SIZES).optional() }),
    output: settingsSchema,
  },
  'profiles:list': { input: none, output: z.array(profileSchema) },
  'profiles:create': {
    input: z.strictObject({ name: profileNameSchema, relationship: relationshipSchema }),
    output: profileSchema,
  },
  'profiles:rename': {
    input: z.strictObject({ id: idSchema, name: profileNameSchema }),
    output: profileSchema,
  },
  'profiles:delete': {
    input: z.strictObject({ id: idSchema }),
    output: z.strictObject({ id: idSchema }),
  },
  'app:deleteAllData': {
    input: z.strictObject({ confirm: z.literal('DELETE') }),
    output: z.strictObject({ deleted: z.literal(true) }),
  },
  'links:open': {
    input: z.strictObject({ url: z.string().max(2048) }),
    output: z.strictObject({ url: z.string() }),
  },
  ...planOps,
  ...storageOps,
  ...vaultOps,
  ...transferOps,
  ...documentOps,
  ...reminderOps,
  ...recoveryOps,
  ...summaryOps,
} as const satisfies Record<OperationName, OperationDef>;

export type Operations = typeof operations;
export type OpInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type OpParsedInput<N extends OperationName> = z.output<Operations[N]['input']>;
export type OpOutput<N extends OperationName> = z.output<Operations[N]['output']>;
