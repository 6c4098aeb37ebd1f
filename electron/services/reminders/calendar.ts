/**
 * Calendar export: one profile's reminders as an .ics file, built with the `ics` package.
 *
 * - UID = `<reminder id>@lockstep.local`: ids are deterministic, so importing again updates the
 *   entries instead of duplicating them.
 * - One-off reminders are written as UTC instants (`DTSTART:…Z`): exact wherever the file is opened.
 * - Repeating reminders must keep their LOCAL wall time across DST (a weekly 09:00 stays 09:00), which
 *   a UTC start plus RRULE cannot say. They are written as `DTSTART;TZID=<zone>:<local time>` with a
 *   VTIMEZONE built from Temporal (the zone's real transitions over the years covered), and RRULEs
 *   whose clamping matches the app's (the 31st → the month's last day; Feb 29 → Feb 28); see
 *   `calendarSeries`. The `ics` package has no TZID option, so those two pieces are added to its
 *   output.
 * - Each entry has a display alert at its start (the `ics` zero-duration trigger is corrected).
 * - Text: only the title and description the caller passes in (already translated), and the
 *   profile's name. Reminders carry no note, PIN or secret, and params are never written; anything
 *   SSN-shaped in the passed text is masked all the same.
 */
import { createEvents, type EventAttributes } from 'ics';
import { daysInMonth, MAX_YEAR } from '../../shared/core/reminders/local-time';
import type { Reminder } from '../../shared/core/reminders/types';
import { offsetAt, transitionsBetween } from '../../shared/core/reminders/zones';
import { looksLikeSsn } from '../../shared/core/ssn';

export const UID_DOMAIN = 'lockstep.local';
export const PRODUCT_ID = '-//Lockstep//Reminders//EN';
/** Years of DST transitions written into each VTIMEZONE after the last start. */
export const VTIMEZONE_YEARS_AHEAD = 30;

export interface IcsOptions {
  /** The reminder's title in the user's language. */
  titleOf(reminder: Reminder): string;
  /** A short generic line, for example "Open Lockstep to see this step". Never user-typed text. */
  descriptionOf?(reminder: Reminder): string;
  /** How long each calendar entry lasts, in minutes (default 15). */
  durationMinutes?: number;
}

export const uidOf = (reminder: Reminder) => `${reminder.id}@${UID_DOMAIN}`;

const SSN_RUN = /(?<![\d-])\d{3}([- ]?)\d{2}\1\d{4}(?![\d-])/gu;

/** One line of plain text: no control characters, bounded, SSN-shaped runs masked. */
export function safeText(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  let t = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (looksLikeSsn(t)) t = t.replace(SSN_RUN, '•••');
  return [...t].slice(0, max).join('');
}

/** One VEVENT of a repeating reminder: its UID, local start (YYYYMMDDTHHmmss) and RRULE. */
export interface CalendarSeries {
  uid: string;
  start: string;
  rrule: string;
}

const NOT_FEBRUARY = 'BYMONTH=1,3,4,5,6,7,8,9,10,11,12';

/**
 * The RRULE(s) for a repeating reminder, written with the parts every calendar handles (no BYSETPOS,
 * which ical.js and others expand wrongly), clamping as the app does:
 * - monthly on the 31st and yearly on Feb 29 are BYMONTHDAY=-1 (the month's last day);
 * - monthly on the 29th or 30th is two VEVENTs: that day in every month but February, and
 *   February's last day every year (UID `<id>#february@lockstep.local`).
 * A one-off gives an empty list.
 */
export function calendarSeries(reminder: Reminder): CalendarSeries[] {
  const year = Number(reminder.localDate.slice(0, 4));
  const month = Number(reminder.localDate.slice(5, 7));
  const day = Number(reminder.localDate.slice(8, 10));
  const time = `T${reminder.localTime.replace(':', '')}00`;
  const at = (y: number, m: number, d: number) =>
    `${String(y).padStart(4, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${time}`;
  const uid = uidOf(reminder);
  const start = at(year, month, day);
  switch (reminder.repeat) {
    case 'none':
      return [];
    case 'weekly':
      return [{ uid, start, rrule: 'FREQ=WEEKLY' }];
    case 'yearly':
      return [{ uid, start, rrule: month === 2 && day === 29 ? 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'FREQ=YEARLY' }];
    case 'monthly': {
      if (day <= 28) return [{ uid, start, rrule: 'FREQ=MONTHLY' }];
      if (day === 31) return [{ uid, start, rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' }];
      // Each VEVENT starts on its own first occurrence on or after the anchor (RFC 5545: DTSTART
      // should match its rule).
      const mainStart = month === 2 ? at(year, 3, day) : start;
      const febYear = month <= 2 ? year : year + 1;
      const febStart = at(febYear, 2, Math.min(day, daysInMonth(febYear, 2)));
      return [
        { uid, start: mainStart, rrule: `FREQ=MONTHLY;${NOT_FEBRUARY};BYMONTHDAY=${day}` },
        { uid: `${reminder.id}#february@${UID_DOMAIN}`, start: febStart, rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' },
      ];
    }
  }
}

function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const total = Math.abs(Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${sign}${p(h)}${p(m)}${s ? p(s) : ''}`;
}

/** The wall time at `ms` under a given offset, as an iCalendar local DATE-TIME. */
function wallString(ms: number, offset: number): string {
  return new Date(ms + offset).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/**
 * A VTIMEZONE for `zone` with each real offset change from Jan 1 of `fromYear` to the end of
 * `toYear`, read from Temporal. Each observance starts at the local time before the change (RFC 5545).
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const first = offsetAt(zone, start);
  const halfYear = offsetAt(zone, start + 182 * 86_400_000);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', at: number, from: number, to: number) =>
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${wallString(at, from)}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      `END:${kind}`,
    );
  observance(first > halfYear ? 'DAYLIGHT' : 'STANDARD', start, first, first);
  for (const t of transitionsBetween(zone, start, end))
    observance(t.to > t.from ? 'DAYLIGHT' : 'STANDARD', t.at, t.from, t.to);
  lines.push('END:VTIMEZONE');
  return lines;
}

/** RFC 5545 folding: lines longer than 75 octets continue on the next line after a space. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let cur = '';
  let curLen = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (curLen + n > (out.length === 0 ? 75 : 74)) {
      out.push(cur);
      cur = '';
      curLen = 0;
    }
    cur += ch;
    curLen += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

/**
 * Every line of a whole file folded at 75 octets. `ics` folds at 75 characters, so an accented
 * title or a profile name in another script gives longer lines; its folds are undone first.
 */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const foldAll = (text: string) => text.split('\r\n').map(fold).join('\r\n');

/**
 * The .ics text for one profile's reminders (pass the upcoming ones; see `upcoming` in the core).
 * Throws if the `ics` package rejects the events, which valid reminders never cause.
 */
export function buildIcs(profileName: string, reminders: readonly Reminder[], now: Date, options: IcsOptions): string {
  const duration = { minutes: Math.max(1, Math.round(options.durationMinutes ?? 15)) };
  const tzStarts = new Map<number, { zone: string; local: string }>();
  const events: EventAttributes[] = [];
  for (const r of reminders) {
    const title = safeText(options.titleOf(r)) || 'Lockstep';
    const description = options.descriptionOf ? safeText(options.descriptionOf(r), 500) : '';
    const common = {
      title,
      ...(description ? { description } : {}),
      duration,
      timestamp: now.getTime(),
      alarms: [{ action: 'display' as const, description: title, trigger: { minutes: 0, before: true } }],
    };
    const series = calendarSeries(r);
    if (series.length === 0) {
      events.push({
        ...common,
        uid: uidOf(r),
        start: Date.parse(r.dueAt),
        startInputType: 'utc',
        startOutputType: 'utc',
      });
      continue;
    }
    for (const one of series) {
      tzStarts.set(events.length, { zone: r.timeZone, local: one.start });
      // A string start is written as it is; the TZID parameter is added below.
      events.push({ ...common, uid: one.uid, start: one.start, recurrenceRule: one.rrule });
    }
  }
  const { error, value } = createEvents(events, {
    productId: PRODUCT_ID,
    calName: safeText(`Lockstep: ${profileName}`, 120),
  });
  if (error || value === null) throw new Error(`Calendar export failed: ${error?.message ?? 'no output'}`);
  // `ics` writes a zero duration as "-PT", which is not valid; an alert at the start is PT0S.
  const ics = unfold(value).replaceAll('\r\nTRIGGER:-PT\r\n', '\r\nTRIGGER:PT0S\r\n');
  if (tzStarts.size === 0) return foldAll(ics);

  // One VTIMEZONE per zone, covering every series' start and the years after it.
  const years = new Map<string, { from: number; to: number }>();
  const nowYear = now.getUTCFullYear();
  for (const { zone, local } of tzStarts.values()) {
    const y = Number(local.slice(0, 4));
    const span = years.get(zone);
    years.set(zone, { from: Math.min(span?.from ?? y, y, nowYear), to: Math.max(span?.to ?? y, y, nowYear) });
  }
  const zones = [...years.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([zone, { from, to }]) => vtimezone(zone, from, Math.min(MAX_YEAR, to + VTIMEZONE_YEARS_AHEAD)));

  const parts = ics.split('BEGIN:VEVENT\r\n');
  const head = parts[0] ?? '';
  const bodies = parts.slice(1).map((body, i) => {
    const tz = tzStarts.get(i);
    if (!tz) return body;
    const from = `\r\nDTSTART:${tz.local}\r\n`;
    if (!body.includes(from)) throw new Error('Calendar export failed: unexpected DTSTART');
    return body.replace(from, `\r\nDTSTART;TZID=${tz.zone}:${tz.local}\r\n`);
  });
  return foldAll([head + zones.join('\r\n') + '\r\n', ...bodies].join('BEGIN:VEVENT\r\n'));
}
