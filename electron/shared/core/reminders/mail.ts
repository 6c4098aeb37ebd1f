import type { Checklist } from '../checklist';
import { addDays, formatLocalDate, localToInstantMs, parseLocalDate, parseLocalTime } from './local-time';
import type { Reminder } from './types';
import { MAIL_ANSWER_DAYS } from '../waiting';

/**
 * Mailed requests (minors, protected consumers): a follow-up once the bureau's time plus mail
 * time has passed. The protected-consumer deadline is not confirmed (DOMAIN.md), so Lockstep waits
 * a generous 30 days before asking the user to call.
 */
export const MAIL_FOLLOW_UP_DAYS = MAIL_ANSWER_DAYS;

export function mailFollowUps(
  profileId: string,
  checklist: Checklist,
  settings: { timeZone: string; reminderTime: string },
): Reminder[] {
  const time = parseLocalTime(settings.reminderTime);
  if (!time.ok) return [];
  const out: Reminder[] = [];
  for (const [stepId, progress] of Object.entries(checklist)) {
    if (!progress.mailedOn || progress.status === 'done') continue;
    const mailed = parseLocalDate(progress.mailedOn);
    if (!mailed.ok) continue;
    const day = addDays(mailed.value, MAIL_FOLLOW_UP_DAYS);
    const at = localToInstantMs(day, time.value, settings.timeZone, 'later');
    if (!at) continue;
    out.push({
      id: `rule:mail-follow-up:${profileId}:${stepId}:${progress.mailedOn}`,
      profileId,
      stepId,
      kind: 'mail-follow-up',
      dueAt: at.iso,
      localDate: formatLocalDate(day),
      localTime: settings.reminderTime,
      timeZone: settings.timeZone,
      repeat: 'none',
      params: { stepId, mailedOn: progress.mailedOn },
    });
  }
  return out;
}
