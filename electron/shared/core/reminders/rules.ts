/**
 * Reminder rules: from a profile's checklist to the reminders it implies. Pure and deterministic:
 * the same checklist, settings and `now` give the same reminders with the same ids, so deriving
 * again replaces rather than duplicates. A rule reminder whose anchor moves (the step was touched
 * again) keeps its id and comes back, because the schedule compares the handled occurrence with
 * the new instant.
 */
import type { ProfilePlan } from '../checklist';
import { getStep } from '../catalog';
import type { StepProgress } from '../checklist';
import {
  addDays,
  addMonthsClamped,
  checkLocal,
  checkTimeZone,
  formatLocalDate,
  instantToLocal,
  localToInstantMs,
  parseLocalDate,
  parseLocalTime,
  type Instant,
  type LocalDate,
  type LocalTime,
  type LocalTimeResult,
} from './local-time';
import {
  BUREAUS,
  REPEATS,
  type Bureau,
  type Reminder,
  type ReminderKind,
  type ReminderParams,
  type Repeat,
} from './types';

export interface ReminderSettings {
  /** Days a step may sit "in progress" before a follow-up. */
  followUpDays: number;
  /** Months between credit report checks, one bureau each time. */
  reportEveryMonths: number;
  /** IANA zone the rules plan in (the user's zone). */
  timeZone: string;
  /** HH:mm local wall time at which rule reminders come. */
  reminderTime: string;
}

export const DEFAULT_REMINDER_SETTINGS = { followUpDays: 3, reportEveryMonths: 4, reminderTime: '09:00' } as const;

export type ReminderSettingsInput = Partial<ReminderSettings> & Pick<ReminderSettings, 'timeZone'>;

export type SettingsProblem =
  | { code: 'follow_up_days_out_of_range'; min: number; max: number }
  | { code: 'report_months_out_of_range'; min: number; max: number }
  | { code: 'unknown_time_zone'; value: string }
  | { code: 'bad_time_format'; value: string };

export const FOLLOW_UP_DAYS_RANGE = { min: 1, max: 60 } as const;
export const REPORT_MONTHS_RANGE = { min: 1, max: 12 } as const;

export function resolveSettings(input: ReminderSettingsInput): ReminderSettings {
  return { ...DEFAULT_REMINDER_SETTINGS, ...input };
}

/** Every problem with the settings; an empty list means they are usable. */
export function checkReminderSettings(input: ReminderSettingsInput): SettingsProblem[] {
  const s = resolveSettings(input);
  const problems: SettingsProblem[] = [];
  const inRange = (n: number, r: { min: number; max: number }) => Number.isInteger(n) && n >= r.min && n <= r.max;
  if (!inRange(s.followUpDays, FOLLOW_UP_DAYS_RANGE))
    problems.push({ code: 'follow_up_days_out_of_range', ...FOLLOW_UP_DAYS_RANGE });
  if (!inRange(s.reportEveryMonths, REPORT_MONTHS_RANGE))
    problems.push({ code: 'report_months_out_of_range', ...REPORT_MONTHS_RANGE });
  const zone = checkTimeZone(s.timeZone);
  if (zone) problems.push({ code: 'unknown_time_zone', value: s.timeZone });
  if (!parseLocalTime(s.reminderTime).ok) problems.push({ code: 'bad_time_format', value: s.reminderTime });
  return problems;
}

/** A temporary thaw the user planned (the thaw-planner step stores none yet; the caller passes them). */
export interface ThawPeriod {
  bureau: Bureau;
  /** YYYY-MM-DD, the last day of the thaw, in the settings' zone. */
  endsOn: string;
}

export interface RuleInputs {
  thaws?: readonly ThawPeriod[];
}

/** How far ahead credit report checks are listed (one full rotation of the three bureaus). */
export const REPORT_CHECKS_AHEAD = 3;
/** The fraud alert lasts a year; remind this many days before it ends. */
export const FRAUD_ALERT_LEAD_DAYS = 14;
/** The free ID protection lasts two years; remind this many days before it ends. */
export const ID_PROTECTION_LEAD_DAYS = 60;

const TITLE_KEYS: Record<ReminderKind, string> = {
  'follow-up': 'reminders.followUp.title',
  'confirm-freeze': 'reminders.confirmFreeze.title',
  'renew-fraud-alert': 'reminders.renewFraudAlert.title',
  'irs-ip-pin': 'reminders.irsIpPin.title',
  'id-protection-end': 'reminders.idProtectionEnd.title',
  'check-reports': 'reminders.checkReports.title',
  'thaw-end': 'reminders.thawEnd.title',
  'mail-follow-up': 'reminders.mailFollowUp.title',
  custom: 'reminders.custom.title',
};

export const titleKeyOf = (kind: ReminderKind) => TITLE_KEYS[kind];

const FREEZE_STEP = /^(minor-)?freeze-[a-z0-9-]+$/;

interface Planner {
  profileId: string;
  time: LocalTime;
  timeZone: string;
}

function make(
  p: Planner,
  kind: ReminderKind,
  idParts: readonly (string | number)[],
  stepId: string | null,
  date: LocalDate,
  repeat: Repeat,
  params: ReminderParams,
): Reminder {
  const instant = localToInstantMs(date, p.time, p.timeZone, 'later') as Instant;
  // A one-off moved out of a DST gap records the wall time it will really show at; a series keeps
  // the planned time, which its later occurrences use.
  const wall =
    repeat === 'none'
      ? instantToLocal(instant.ms, p.timeZone)
      : {
          localDate: formatLocalDate(date),
          localTime: `${String(p.time.hour).padStart(2, '0')}:${String(p.time.minute).padStart(2, '0')}`,
        };
  return {
    id: ['rule', kind, p.profileId, ...idParts].join(':'),
    profileId: p.profileId,
    stepId,
    kind,
    dueAt: instant.iso,
    localDate: wall.localDate,
    localTime: wall.localTime,
    timeZone: p.timeZone,
    repeat,
    titleKey: TITLE_KEYS[kind],
    params,
  };
}

/** The local date an ISO stamp falls on in the zone, or null for a missing or broken stamp. */
function localDayOf(iso: string | undefined, timeZone: string): LocalDate | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : instantToLocal(ms, timeZone).date;
}

const doneDay = (progress: StepProgress | undefined, timeZone: string): LocalDate | null =>
  progress?.status === 'done' ? localDayOf(progress.doneAt ?? progress.updatedAt, timeZone) : null;

/**
 * The reminders a profile's checklist implies, sorted by due instant then id.
 * Throws a RangeError on settings that `checkReminderSettings` rejects (they are checked on save).
 */
export function deriveReminders(
  profileId: string,
  plan: Pick<ProfilePlan, 'checklist'>,
  settingsInput: ReminderSettingsInput,
  now: Date,
  inputs: RuleInputs = {},
): Reminder[] {
  const problems = checkReminderSettings(settingsInput);
  if (problems.length > 0) throw new RangeError(`Bad reminder settings: ${problems.map((p) => p.code).join(', ')}`);
  const settings = resolveSettings(settingsInput);
  const { timeZone } = settings;
  const p: Planner = {
    profileId,
    timeZone,
    time: (parseLocalTime(settings.reminderTime) as { ok: true; value: LocalTime }).value,
  };
  const out: Reminder[] = [];
  const checklist = plan.checklist;

  for (const [stepId, progress] of Object.entries(checklist)) {
    if (!getStep(stepId)) continue;
    if (progress.status === 'in_progress') {
      const day = localDayOf(progress.updatedAt, timeZone);
      if (day)
        out.push(
          make(p, 'follow-up', [stepId], stepId, addDays(day, settings.followUpDays), 'none', {
            stepId,
            days: settings.followUpDays,
          }),
        );
    }
    if (FREEZE_STEP.test(stepId)) {
      const day = doneDay(progress, timeZone);
      if (day) out.push(make(p, 'confirm-freeze', [stepId], stepId, addDays(day, 1), 'none', { stepId }));
    }
  }

  const alert = doneDay(checklist['fraud-alert'], timeZone);
  if (alert) {
    const expires = addMonthsClamped(alert, 12);
    out.push(
      make(p, 'renew-fraud-alert', ['fraud-alert'], 'fraud-alert', addDays(expires, -FRAUD_ALERT_LEAD_DAYS), 'none', {
        expiresOn: formatLocalDate(expires),
      }),
    );
  }

  const ipPin = doneDay(checklist['irs-ip-pin'], timeZone);
  if (ipPin) {
    // A new PIN each January: the first reminder is the next year's, then every year.
    out.push(
      make(p, 'irs-ip-pin', ['irs-ip-pin'], 'irs-ip-pin', { year: ipPin.year + 1, month: 1, day: 15 }, 'yearly', {}),
    );
  }

  const protection = doneDay(checklist['mcafee-id-protection'], timeZone);
  if (protection) {
    const ends = addMonthsClamped(protection, 24);
    out.push(
      make(
        p,
        'id-protection-end',
        ['mcafee-id-protection'],
        'mcafee-id-protection',
        addDays(ends, -ID_PROTECTION_LEAD_DAYS),
        'none',
        { endsOn: formatLocalDate(ends) },
      ),
    );
  }

  const reports = doneDay(checklist['credit-reports'], timeZone);
  if (reports) out.push(...reportChecks(p, reports, settings.reportEveryMonths, now.getTime()));

  for (const thaw of inputs.thaws ?? []) {
    const ends = parseLocalDate(thaw.endsOn);
    if (!ends.ok || !BUREAUS.includes(thaw.bureau)) continue;
    out.push(
      make(p, 'thaw-end', ['thaw-planner', thaw.bureau, thaw.endsOn], 'thaw-planner', ends.value, 'none', {
        bureau: thaw.bureau,
        endsOn: thaw.endsOn,
      }),
    );
  }

  return out.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Check number k (k ≥ 1) comes k × every months after the step was done, bureau k cycling
 * Equifax → Experian → TransUnion. Listed: the latest one already due (a newer one supersedes an
 * older one that was never handled, so there is one at a time) and the next REPORT_CHECKS_AHEAD.
 */
function reportChecks(p: Planner, doneOn: LocalDate, every: number, nowMs: number): Reminder[] {
  const dateOf = (k: number) => addMonthsClamped(doneOn, k * every);
  const dueMs = (k: number) => (localToInstantMs(dateOf(k), p.time, p.timeZone, 'later') as Instant).ms;
  let last = 0;
  while (dueMs(last + 1) <= nowMs) last++;
  const out: Reminder[] = [];
  for (let k = Math.max(1, last); k <= last + REPORT_CHECKS_AHEAD; k++) {
    const bureau = BUREAUS[(k - 1) % BUREAUS.length] as Bureau;
    out.push(
      make(p, 'check-reports', ['credit-reports', k], 'credit-reports', dateOf(k), 'none', { bureau, round: k }),
    );
  }
  return out;
}

export interface CustomReminderInput {
  /** A fresh uuid from the caller; the core makes no ids of its own. */
  uuid: string;
  profileId: string;
  stepId: string | null;
  localDate: string;
  localTime: string;
  timeZone: string;
  repeat: Repeat;
}

/** A user's own reminder, checked like any typed date and time: bad dates and DST gaps are refused. */
export function makeCustomReminder(input: CustomReminderInput): LocalTimeResult<Reminder> {
  const checked = checkLocal(input.localDate, input.localTime, input.timeZone);
  if (!checked.ok) return checked;
  const repeat: Repeat = REPEATS.includes(input.repeat) ? input.repeat : 'none';
  return {
    ok: true,
    value: {
      id: `custom:${input.uuid}`,
      profileId: input.profileId,
      stepId: input.stepId,
      kind: 'custom',
      dueAt: checked.value.iso,
      localDate: input.localDate,
      localTime: input.localTime,
      timeZone: input.timeZone,
      repeat,
      titleKey: TITLE_KEYS.custom,
      params: input.stepId ? { stepId: input.stepId } : {},
    },
  };
}
