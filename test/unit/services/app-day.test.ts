import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarDay } from '../../../electron/shared/core/calendar-day';
import type { RecoveryCase } from '../../../electron/shared/core/recovery';
import { codeOf, ok, services, tempDir } from '../transfer/helpers';

/**
 * "Today" and dated lines follow the app's time zone, the one the reminders use, not the computer's.
 * 11:30 UTC is already the next day at UTC+14 (Kiritimati) and still today or yesterday in every
 * zone from UTC-12 to UTC+12, so the tests hold whatever zone this machine is set to.
 */
const NOW = new Date('2026-12-02T11:30:00.000Z');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('calendarDay', () => {
  it("is the instant's date in the zone given; this computer's calendar without one or with an unknown one", () => {
    expect(calendarDay(NOW, 'Pacific/Kiritimati')).toBe('2026-12-03');
    expect(calendarDay(NOW, 'UTC')).toBe('2026-12-02');
    expect(calendarDay('2026-12-02T03:00:00.000Z', 'America/Los_Angeles')).toBe('2026-12-01');
    const local = new Date(2026, 0, 5, 12, 0);
    expect(calendarDay(local)).toBe('2026-01-05');
    expect(calendarDay(local, null)).toBe('2026-01-05');
    expect(calendarDay(local, 'Not/AZone')).toBe('2026-01-05');
  });
});

describe("the host's today is the reminders' zone", () => {
  it('a chosen zone ahead of the computer moves "not in the future", letters and the case summary to its date', async () => {
    const dir = tempDir('app-day');
    dirs.push(dir);
    const app = services(dir, { now: () => NOW, hostTimeZone: 'UTC' });
    const p = ok<{ id: string }>(await app.call('profiles:create', { name: 'Rosa', relationship: 'parent' }));
    const add = () =>
      app.call('recovery:addItem', {
        profileId: p.id,
        item: { kind: 'new-account', company: 'Chase', noticedOn: '2026-12-03' },
      });
    expect(codeOf(await add())).toBe('date_in_future');
    ok(await app.call('reminders:updateSettings', { timeZone: 'Pacific/Kiritimati' }));
    const c = ok<RecoveryCase>(await add());
    const summary = ok<{ fileName: string }>(
      await app.call('documents:caseSummary', { profileId: p.id, language: 'en' }),
    );
    expect(summary.fileName).toBe('lockstep-case-summary-2026-12-03.pdf');
    const letter = ok<{ fileName: string }>(
      await app.call('documents:recoveryLetter', {
        profileId: p.id,
        itemId: c.items[0]!.id,
        kind: 'records-609e',
        language: 'en',
      }),
    );
    expect(letter.fileName).toMatch(/-2026-12-03\.pdf$/);
  });

  it("with no zone chosen it is this computer's zone (the host's), as for the reminders", async () => {
    const dir = tempDir('app-day');
    dirs.push(dir);
    const app = services(dir, { now: () => NOW, hostTimeZone: 'Pacific/Kiritimati' });
    const p = ok<{ id: string }>(await app.call('profiles:create', { name: 'Rosa', relationship: 'parent' }));
    const r = await app.call('checklist:update', {
      profileId: p.id,
      stepId: 'freeze-equifax',
      change: { kind: 'mailing', mailedOn: '2026-12-03' },
    });
    expect(codeOf(r)).toBe('ok');
  });
});
