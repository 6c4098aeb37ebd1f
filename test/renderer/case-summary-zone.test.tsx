/**
 * The printable case summary dates itself ("Prepared on") in the app's zone, the one the reminders
 * use, not the computer's: 11:30 UTC is already the next day at UTC+14, and in no zone from UTC-12
 * to UTC+12, so this holds whatever zone the machine is set to.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createAppStore, StoreContext } from '../../renderer/src/app/store';
import { CaseSummaryPrint } from '../../renderer/src/features/recovery/CaseSummaryPrint';
import { changeLanguage } from '../../renderer/src/i18n';
import { createFakeApi } from './fake-api';

afterEach(() => {
  vi.useRealTimers();
});

describe('the printable case summary', { timeout: 60_000 }, () => {
  it("is prepared on today's date in the reminders' time zone", async () => {
    await changeLanguage('en');
    const { api } = createFakeApi();
    const profile = await api.profilesCreate({ name: 'Rosa', relationship: 'parent' });
    if (!profile.ok) throw new Error('profile');
    expect((await api.remindersUpdateSettings({ timeZone: 'Pacific/Kiritimati' })).ok).toBe(true);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T11:30:00.000Z'));
    const store = createAppStore(api);
    await store.getState().loadProfiles();
    render(
      <StoreContext.Provider value={store}>
        <CaseSummaryPrint profileId={profile.value.id} />
      </StoreContext.Provider>,
    );
    expect(await screen.findByText(/Prepared on December 3, 2026/)).toBeTruthy();
  });
});
