import { instantToLocal } from './reminders/local-time';
import { isTimeZone } from './reminders/zones';

/**
 * The calendar date (YYYY-MM-DD) of an instant in `timeZone`: the app's zone, the one reminders
 * use (the person's choice, else this computer's). Without a zone, or with one this runtime does not
 * know, it is this computer's calendar. Every "today" and every dated line (letters, timelines,
 * "not in the future" checks) goes through here, so they all agree with the reminders.
 */
export function calendarDay(at: Date | string | number, timeZone?: string | null): string {
  const d = at instanceof Date ? at : new Date(at);
  if (timeZone && isTimeZone(timeZone)) return instantToLocal(d.getTime(), timeZone).localDate;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
