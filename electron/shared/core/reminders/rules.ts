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
import { isBureau } from '../bureaus';
import type { ReminderRule } from '../catalog/behaviour';
import { REPEATS, type Reminder, type ReminderKind, type ReminderParams, type Repeat } from './types';

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

/** How far ahead credit report checks are listed. */
export const REPORT_CHECKS_AHEAD = 3;

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

/** The reminders one declared rule of one step makes, given the step's progress. */
function fromRule(
  p: Planner,
  stepId: string,
  rule: ReminderRule,
  progress: StepProgress,
  settings: ReminderSettings,
  nowMs: number,
): Reminder[] {
  const repeat = rule.repeat ?? 'none';
  if (rule.from === 'thaw') {
    return (progress.thaws ?? []).flatMap((thaw) => {
      const ends = parseLocalDate(thaw.endsOn);
      if (!ends.ok || !isBureau(thaw.bureau)) return [];
      return [
        make(p, rule.kind, [stepId, thaw.bureau, thaw.endsOn], stepId, ends.value, repeat, {
          bureau: thaw.bureau,
          endsOn: thaw.endsOn,
        }),
      ];
    });
  }
  const day = doneDay(progress, p.timeZone);
  if (!day) return [];
  if (rule.series === 'report-checks')
    return reportChecks(p, rule.kind, stepId, day, settings.reportEveryMonths, nowMs);
  if (rule.nextYearOn)
    return [make(p, rule.kind, [stepId], stepId, { year: day.year + 1, ...rule.nextYearOn }, repeat, {})];
  let end = day;
  if (rule.after?.months) end = addMonthsClamped(end, rule.after.months);
  if (rule.after?.days) end = addDays(end, rule.after.days);
  const due = rule.leadDays ? addDays(end, -rule.leadDays) : end;
  const params = rule.endParam ? { [rule.endParam]: formatLocalDate(end) } : { stepId };
  return [make(p, rule.kind, [stepId], stepId, due, repeat, params)];
}

/**
 * The reminders a profile's checklist implies, sorted by due instant then id: a follow-up for any
 * step left in progress, and whatever each step's own declared rules make.
 * Throws a RangeError on settings that `checkReminderSettings` rejects (they are checked on save).
 */
export function deriveReminders(
  profileId: string,
  plan: Pick<ProfilePlan, 'checklist'>,
  settingsInput: ReminderSettingsInput,
  now: Date,
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

  for (const [stepId, progress] of Object.entries(plan.checklist)) {
    const step = getStep(stepId);
    if (!step) continue;
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
    for (const rule of step.reminders ?? []) out.push(...fromRule(p, stepId, rule, progress, settings, now.getTime()));
  }

  return out.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Check number k (k ≥ 1) comes k × every months after the step was done. Each check covers all
 * three bureaus: free weekly reports from each are permanent since 2023 (the step's sources).
 * Listed: the latest one already due (a newer one supersedes an older one that was never handled,
 * so there is one at a time) and the next REPORT_CHECKS_AHEAD.
 */
function reportChecks(
  p: Planner,
  kind: ReminderKind,
  stepId: string,
  doneOn: LocalDate,
  every: number,
  nowMs: number,
): Reminder[] {
  const dateOf = (k: number) => addMonthsClamped(doneOn, k * every);
  const dueMs = (k: number) => (localToInstantMs(dateOf(k), p.time, p.timeZone, 'later') as Instant).ms;
  let last = 0;
  while (dueMs(last + 1) <= nowMs) last++;
  const out: Reminder[] = [];
  for (let k = Math.max(1, last); k <= last + REPORT_CHECKS_AHEAD; k++)
    out.push(make(p, kind, [stepId, k], stepId, dateOf(k), 'none', { round: k }));
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
      params: input.stepId ? { stepId: input.stepId } : {},
    },
  };
}
