import {
  addDays,
  addMonthsClamped,
  formatLocalDate,
  localToInstantMs,
  parseLocalDate,
  parseLocalTime,
  type LocalDate,
} from '../reminders/local-time';
import type { Reminder } from '../reminders/types';
import { ACTIONS, type RenewalRule } from './actions';
import { FALLBACK_WAIT_DAYS, LEGAL_FACTS, MAIL_DAYS_ASSUMED } from './facts';
import type { RecoveryCase } from './types';

export const REPLY_DUE_KIND = 'recovery-reply-due';

/** Adds weekdays (Monday to Friday); public holidays are not known here, so a deadline may fall a day early. */
export function addBusinessDays(date: LocalDate, days: number): LocalDate {
  let d = date;
  let left = days;
  while (left > 0) {
    d = addDays(d, 1);
    // Zeller-free: the weekday from a UTC date, which has no zone to get wrong.
    const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return d;
}

/**
 * The day a reply to a mailed request is due: the mailing day plus MAIL_DAYS_ASSUMED for the post,
 * plus the confirmed legal period, or FALLBACK_WAIT_DAYS when the figure is not confirmed.
 */
export function replyDueOn(mailedOn: string, factId?: keyof typeof LEGAL_FACTS): string | null {
  const mailed = parseLocalDate(mailedOn);
  if (!mailed.ok) return null;
  const arrives = addDays(mailed.value, MAIL_DAYS_ASSUMED);
  const fact = factId ? LEGAL_FACTS[factId] : undefined;
  const days = fact?.confirmed ? fact.days : undefined;
  const due = !days
    ? addDays(arrives, FALLBACK_WAIT_DAYS)
    : days.business
      ? addBusinessDays(arrives, days.count)
      : addDays(arrives, days.count);
  return formatLocalDate(due);
}

/**
 * The day a renewal reminder comes for an action done on `doneOn`: the legal period's end less the
 * rule's lead time. Null when the fact states no confirmed figure (nothing is guessed).
 */
export function renewalDates(doneOn: string, rule: RenewalRule): { endsOn: string; remindOn: string } | null {
  const done = parseLocalDate(doneOn);
  const fact = LEGAL_FACTS[rule.fact];
  if (!done.ok || !fact.confirmed) return null;
  // Years are calendar years (seven years from 2026-11-20 end 2033-11-20), never 365-day blocks.
  const ends = fact.years
    ? addMonthsClamped(done.value, fact.years * 12)
    : fact.days && !fact.days.business
      ? addDays(done.value, fact.days.count)
      : null;
  if (!ends) return null;
  return { endsOn: formatLocalDate(ends), remindOn: formatLocalDate(addDays(ends, -rule.leadDays)) };
}

/**
 * One reminder per mailed request that is not done (when its reply is due), and one per done action
 * that ends (before it runs out). Ids are stable.
 */
export function recoveryReminders(
  profileId: string,
  recoveryCase: RecoveryCase | undefined,
  settings: { timeZone: string; reminderTime: string },
): Reminder[] {
  const time = parseLocalTime(settings.reminderTime);
  if (!recoveryCase || !time.ok) return [];
  const out: Reminder[] = [];
  for (const item of recoveryCase.items) {
    for (const action of item.actions) {
      const renewal = ACTIONS[action.kind].renewal;
      if (renewal && action.status === 'done' && action.doneOn) {
        const dates = renewalDates(action.doneOn, renewal);
        const day = dates ? parseLocalDate(dates.remindOn) : null;
        const at = day?.ok ? localToInstantMs(day.value, time.value, settings.timeZone, 'later') : null;
        if (dates && at)
          out.push({
            id: `rule:${renewal.kind}:${profileId}:${item.id}:${action.kind}:${action.doneOn}`,
            profileId,
            stepId: null,
            kind: renewal.kind,
            dueAt: at.iso,
            localDate: dates.remindOn,
            localTime: settings.reminderTime,
            timeZone: settings.timeZone,
            repeat: 'none',
            params: { action: action.kind, doneOn: action.doneOn, endsOn: dates.endsOn },
          });
      }
      const mailed = ACTIONS[action.kind].mailed;
      if (!mailed || !action.mailedOn || action.status === 'done' || action.status === 'not_needed') continue;
      const dueOn = replyDueOn(action.mailedOn, mailed.replyFact);
      const day = dueOn ? parseLocalDate(dueOn) : null;
      if (!dueOn || !day?.ok) continue;
      const at = localToInstantMs(day.value, time.value, settings.timeZone, 'later');
      if (!at) continue;
      out.push({
        id: `rule:${REPLY_DUE_KIND}:${profileId}:${item.id}:${action.kind}:${action.mailedOn}`,
        profileId,
        stepId: null,
        kind: REPLY_DUE_KIND,
        dueAt: at.iso,
        localDate: dueOn,
        localTime: settings.reminderTime,
        timeZone: settings.timeZone,
        repeat: 'none',
        params: { action: action.kind, mailedOn: action.mailedOn, dueOn },
      });
    }
  }
  return out;
}
