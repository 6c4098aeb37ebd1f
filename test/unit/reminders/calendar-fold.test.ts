import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, safeText } from '../../../electron/services/reminders/calendar';
import { CATALOG } from '../../../electron/shared/core/catalog';
import { REMINDER_KINDS, reminderTitle } from '../../../electron/shared/core/reminders/titles';
import type { Reminder } from '../../../electron/shared/core/reminders/types';
import { custom, LA, NY } from './helpers';

/**
 * RFC 5545 §3.1: lines are at most 75 octets, and a fold never falls inside a UTF-8 character.
 * `ics` folds at 75 characters, so Spanish titles gave 76–77-octet lines and a profile name in
 * another script (X-WR-CALNAME) far more.
 */
const now = new Date('2025-01-02T12:00:00Z');

/** Every kind's title on every step, one-off and repeating (the repeating ones get a TZID). */
function reminders(): Reminder[] {
  const out: Reminder[] = [];
  CATALOG.forEach((step, i) => {
    const kind = REMINDER_KINDS[i % REMINDER_KINDS.length]!;
    const repeat = (['none', 'weekly', 'monthly', 'yearly'] as const)[i % 4];
    out.push({ ...custom('2025-03-03', '09:00', i % 2 ? NY : LA, repeat), kind, stepId: step.id });
  });
  return out;
}

const PROFILES = {
  en: 'Grandma Elizabeth Montgomery-Richardson (mailing address on file)',
  es: 'María José Núñez-Peña de la Ó, la abuelita de Santa Bárbara',
  cjk: '山田 花子（やまだ はなこ）東京都世田谷区の家族と祖母のカレンダー',
};

function checkLines(ics: string) {
  const bytes = Buffer.from(ics, 'utf8');
  const strict = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let lines = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    expect(line.length, strict.decode(line)).toBeLessThanOrEqual(75);
    // A fold inside a character would leave invalid UTF-8 on one side of it.
    expect(() => strict.decode(line)).not.toThrow();
    start = i + 2;
    lines++;
  }
  expect(start).toBe(bytes.length);
  return lines;
}

describe('calendar lines fold at 75 octets', () => {
  for (const [label, name] of Object.entries(PROFILES)) {
    const language = label === 'es' ? 'es' : 'en';
    it(`${label}: every line of the file is at most 75 octets, and unfolding gives the text back`, () => {
      const all = reminders();
      const ics = buildIcs(name, all, now, {
        titleOf: (r) => reminderTitle(r, language),
        descriptionOf: () =>
          language === 'es'
            ? 'Abra Lockstep para ver el paso. Lockstep guarda todo en su computadora, nunca en la nube.'
            : 'Open Lockstep to see the step. Lockstep keeps everything on your computer, never in a cloud.',
      });
      expect(checkLines(ics)).toBeGreaterThan(all.length * 5);
      // Some lines really were folded, and some folds fall between multi-byte characters.
      expect(ics).toMatch(/\r\n /);
      const cal = new ICAL.Component(ICAL.parse(ics));
      expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(`Lockstep: ${name}`);
      const summaries = cal.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'));
      for (const r of all) expect(summaries).toContain(safeText(reminderTitle(r, language)));
    });
  }
});
