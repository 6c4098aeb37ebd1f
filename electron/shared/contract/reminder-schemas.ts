import { z } from 'zod';
import { REPEATS } from '../core/reminders/types';
import { REMINDER_KINDS } from '../core/reminders/titles';
import { idSchema, isoDateTimeSchema, languageSchema } from './schemas';
import { stepIdSchema } from './plan-schemas';

const iso = isoDateTimeSchema;
/** A kind the catalog or the general reminders define; an unknown one is refused. */
const reminderKindSchema = z.string().refine((kind) => REMINDER_KINDS.includes(kind), 'Unknown reminder kind');
const localDate = z.string().max(10);
const localTime = z.string().max(5);

export const reminderSchema = z.object({
  id: z.string().max(200),
  profileId: z.string(),
  stepId: z.string().nullable(),
  kind: reminderKindSchema,
  dueAt: iso,
  localDate,
  localTime,
  timeZone: z.string().max(64),
  repeat: z.enum(REPEATS),
  params: z.record(z.string(), z.union([z.string().max(80), z.number()])),
});

export const reminderStateSchema = z.object({
  done: z.record(z.string(), iso),
  dismissed: z.record(z.string(), iso),
  snoozedUntil: z.record(z.string(), iso),
  lastFiredAt: z.record(z.string(), iso),
});

export const reminderSettingsSchema = z.object({
  /** IANA zone; absent means this computer's zone. */
  timeZone: z.string().max(64).optional(),
  followUpDays: z.number().int().min(1).max(60),
  reportEveryMonths: z.number().int().min(1).max(12),
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:00'),
  /** Desktop only: keep running in the tray when the window closes, and open at login. Off until chosen. */
  trayOnClose: z.boolean(),
  openAtLogin: z.boolean(),
});

export const storedRemindersSchema = z.object({
  settings: reminderSettingsSchema,
  state: reminderStateSchema,
  custom: z.array(reminderSchema),
  /** When the app last looked for due reminders: what came due after this while closed is caught up. */
  lastRunAt: iso.nullable(),
});

export type StoredReminders = z.infer<typeof storedRemindersSchema>;

export const defaultReminders = (): StoredReminders => ({
  settings: { followUpDays: 3, reportEveryMonths: 4, reminderTime: '09:00', trayOnClose: false, openAtLogin: false },
  state: { done: {}, dismissed: {}, snoozedUntil: {}, lastFiredAt: {} },
  custom: [],
  lastRunAt: null,
});

const itemSchema = z.object({
  id: z.string(),
  profileId: z.string(),
  stepId: z.string().nullable(),
  kind: reminderKindSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  repeat: z.enum(REPEATS),
  at: iso,
});

export const remindersViewSchema = z.object({
  due: z.array(itemSchema),
  upcoming: z.array(itemSchema),
  settings: reminderSettingsSchema.extend({ timeZone: z.string() }),
  desktop: z.boolean(),
});

const snoozeChoice = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('hour') }),
  z.strictObject({ kind: z.literal('tomorrow') }),
  z.strictObject({ kind: z.literal('next-week') }),
  z.strictObject({ kind: z.literal('pick'), localDate: localDate, localTime: localTime }),
]);

export const reminderOps = {
  'reminders:list': { input: z.undefined(), output: remindersViewSchema },
  'reminders:act': {
    input: z.discriminatedUnion('action', [
      z.strictObject({ id: z.string().max(200), action: z.literal('done') }),
      z.strictObject({ id: z.string().max(200), action: z.literal('dismiss') }),
      z.strictObject({ id: z.string().max(200), action: z.literal('snooze'), choice: snoozeChoice }),
    ]),
    output: remindersViewSchema,
  },
  'reminders:addCustom': {
    input: z.strictObject({
      profileId: idSchema,
      stepId: stepIdSchema.nullable(),
      localDate,
      localTime,
      repeat: z.enum(REPEATS),
    }),
    output: remindersViewSchema,
  },
  'reminders:updateSettings': {
    input: reminderSettingsSchema.partial().strict(),
    output: remindersViewSchema,
  },
  'reminders:ics': {
    input: z.strictObject({ profileId: idSchema, language: languageSchema }),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
} as const;

export type RemindersView = z.infer<typeof remindersViewSchema>;
export type ReminderItem = z.infer<typeof itemSchema>;
