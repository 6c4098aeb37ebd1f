import type { Language } from '../../../../electron/shared/contract/schemas';
import { calendarDay } from '../../../../electron/shared/core/calendar-day';

/** A local date (YYYY-MM-DD) as the reader reads dates; noon keeps it on the same day in every zone. */
export const formatDay = (day: string, language: Language): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(day)
    ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(`${day}T12:00:00`))
    : day;

export const formatCents = (cents: number, language: Language): string =>
  new Intl.NumberFormat(language === 'es' ? 'es-US' : 'en-US', { style: 'currency', currency: 'USD' }).format(
    cents / 100,
  );

/** "1,250.00" or "1250" to cents; null when it is not an amount. */
export function parseAmount(text: string): number | null {
  const plain = text.trim().replace(/[$,\s]/g, '');
  if (!/^\d{1,8}(\.\d{1,2})?$/.test(plain)) return null;
  const [whole = '0', frac = ''] = plain.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** Today, YYYY-MM-DD, in the app's zone (useAppZone); this computer's calendar until that is known. */
export const today = (timeZone: string | null): string => calendarDay(new Date(), timeZone);
