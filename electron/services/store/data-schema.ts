import { z } from 'zod';
import { profileSchema, settingsSchema } from '../../shared/contract/schemas';
import { profilePlanSchema } from '../../shared/contract/plan-schemas';
import { defaultReminders, storedRemindersSchema } from '../../shared/contract/reminder-schemas';
import { recoveryCaseSchema } from '../../shared/contract/recovery-schemas';

/** Our own version of the file's shape, independent of the app version. Migrations key off it. */
export const SCHEMA_VERSION = 3;

export const dataSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: settingsSchema,
  profiles: z.array(profileSchema),
  /** Per profile: interview answers and checklist. Kept apart so profiles never mix. */
  plans: z.record(z.string(), profilePlanSchema),
  /** Reminder settings, what the user did with each reminder, their own reminders. */
  reminders: storedRemindersSchema.default(defaultReminders),
  /** Per profile: the recovery case, once someone used the person's details (v3). */
  recovery: z.record(z.string(), recoveryCaseSchema).default({}),
});

export type StoredData = z.infer<typeof dataSchema>;

export function emptyData(): StoredData {
  return {
    schemaVersion: SCHEMA_VERSION,
    settings: { language: 'en' },
    profiles: [],
    plans: {},
    reminders: defaultReminders(),
    recovery: {},
  };
}
