/**
 * Reminders as data. A reminder is one occurrence, or a series of them when it repeats, planned as a
 * local wall time in an IANA zone and cached as an instant. It carries a kind and parameters, never
 * text: titles are looked up by kind where they are shown, and no user text, PIN or note ever gets in.
 */

/**
 * Kinds every step can make (GENERAL_REMINDER_KINDS); the catalog's steps declare the rest with their
 * rules (see `reminderKinds` in titles.ts). A kind is a short machine id.
 */
export const GENERAL_REMINDER_KINDS = ['follow-up', 'mail-follow-up', 'custom', 'recovery-reply-due'] as const;
export type ReminderKind = string;
export const REMINDER_KIND_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const REPEATS = ['none', 'weekly', 'monthly', 'yearly'] as const;
export type Repeat = (typeof REPEATS)[number];

/** Only short machine values: step ids, bureau ids, YYYY-MM-DD dates, counts. */
export type ReminderParams = Readonly<Record<string, string | number>>;

export interface Reminder {
  /**
   * Stable and derived from the source, so deriving again never duplicates:
   * `rule:<kind>:<profileId>:<stepId>[:<more>]` for rule reminders, `custom:<uuid>` for the user's own.
   */
  id: string;
  profileId: string;
  /** The step the reminder opens; null when it belongs to no step. */
  stepId: string | null;
  kind: ReminderKind;
  /** ISO instant of the first occurrence (the anchor of a repeating series). */
  dueAt: string;
  /** The wall time and zone it was planned in: repeats keep this local time across DST. */
  localDate: string;
  localTime: string;
  timeZone: string;
  repeat: Repeat;
  /** Values for the title's placeholders (see titles.ts). */
  params: ReminderParams;
}

/**
 * What the user did with each reminder, keyed by reminder id. All values are ISO instants.
 * - `done` / `dismissed`: the reminder is handled through this occurrence instant; a repeating
 *   reminder's later occurrences still come, and a rule reminder whose anchor moves later (the step
 *   was touched again) comes back.
 * - `snoozedUntil`: the pending occurrence shows no earlier than this.
 * - `lastFiredAt`: the trigger instant last notified, so each occurrence is notified once.
 */
export interface ReminderState {
  done: Record<string, string>;
  dismissed: Record<string, string>;
  snoozedUntil: Record<string, string>;
  lastFiredAt: Record<string, string>;
}

export const emptyReminderState = (): ReminderState => ({ done: {}, dismissed: {}, snoozedUntil: {}, lastFiredAt: {} });

/** One reminder that is due now, with the occurrence it stands for. */
export interface DueReminder {
  reminder: Reminder;
  /** The occurrence shown: for a repeating reminder whose occurrences were missed, the latest. */
  occurrenceAt: string;
  /** When it became due for this showing: the occurrence, or the end of a snooze if later. */
  triggerAt: string;
  /** True once this trigger was notified (lastFiredAt); the inbox shows it either way. */
  notified: boolean;
}

/** More due at once than this and the host shows one summary notification instead of one each. */
export const GROUP_THRESHOLD = 3;
