import { z } from 'zod';
import { isoDateTimeSchema } from './schemas';

const none = z.undefined();

export const startupReportSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fresh') }),
  z.object({ kind: z.literal('ok') }),
  z.object({ kind: z.literal('migrated'), from: z.number().int(), backupId: z.string() }),
  z.object({
    kind: z.literal('restored'),
    backupId: z.string(),
    backupCreatedAt: isoDateTimeSchema,
    corruptPath: z.string().nullable(),
  }),
  z.object({ kind: z.literal('corrupt-empty'), corruptPath: z.string() }),
  /** `readable`: the plan is shown read-only; otherwise the file's shape is beyond this version. */
  z.object({ kind: z.literal('newer'), version: z.number().int(), readable: z.boolean() }),
]);

export const saveStateSchema = z.object({
  unsaved: z.boolean(),
  lastError: z.string().nullable(),
  readOnly: z.boolean(),
});

export const backupInfoSchema = z.object({
  id: z.string(),
  createdAt: isoDateTimeSchema,
  profiles: z.number().int(),
  stepsDone: z.number().int(),
});

export const backupIdSchema = z.string().regex(/^lockstep-\d{8}T\d{9}Z\.json$/, 'Not a backup name');

export const storageOps = {
  'app:status': {
    input: none,
    output: z.object({ startup: startupReportSchema, save: saveStateSchema, dataFile: z.string() }),
  },
  'storage:retry': { input: none, output: saveStateSchema },
  'backups:list': { input: none, output: z.array(backupInfoSchema) },
  'backups:restore': {
    input: z.strictObject({ id: backupIdSchema }),
    output: z.object({ restored: backupInfoSchema, safetyBackupId: z.string() }),
  },
} as const;

export type StartupReportDto = z.infer<typeof startupReportSchema>;
export type SaveState = z.infer<typeof saveStateSchema>;
export type BackupInfo = z.infer<typeof backupInfoSchema>;
