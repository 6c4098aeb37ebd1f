/**
 * Guide mode's fraud script saves a new person, then their case item. If the item fails after the
 * person was made, pressing Save again adds the item to that person: it never makes a second one.
 */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Notices } from '../../renderer/src/app/Notices';
import { createAppStore, StoreContext } from '../../renderer/src/app/store';
import { FraudScript } from '../../renderer/src/features/recovery/FraudScript';
import { changeLanguage } from '../../renderer/src/i18n';
import { fail } from '../../electron/shared/contract/result';
import { createFakeApi } from './fake-api';

describe('the fraud script', { timeout: 60_000 }, () => {
  it('after the item fails, a second Save adds it to the person just made, not to a duplicate', async () => {
    await changeLanguage('en');
    const { api } = createFakeApi();
    const store = createAppStore(api);
    await store.getState().loadProfiles();
    render(
      <StoreContext.Provider value={store}>
        <Notices />
        <FraudScript />
      </StoreContext.Provider>,
    );
    await userEvent.type(await screen.findByLabelText('Company or agency'), 'Chase');
    // The fake host's today is 2026-11-23: a day before it, whatever this computer's date.
    fireEvent.change(screen.getByLabelText('Day they noticed it'), { target: { value: '2026-11-20' } });
    expect((screen.getByLabelText('Person') as HTMLSelectElement).value).toBe('new');
    await userEvent.type(screen.getByLabelText('Their name'), 'Rosa');
    vi.mocked(api.recoveryAddItem).mockResolvedValueOnce(fail('internal'));
    await userEvent.click(screen.getByRole('button', { name: 'Save a case item' }));
    await waitFor(() => expect(vi.mocked(api.recoveryAddItem)).toHaveBeenCalledTimes(1));
    // The person is chosen now, by name: the retry has nothing left to create.
    await waitFor(() => expect(screen.getByRole('option', { name: 'Rosa' }).closest('select')?.value).not.toBe('new'));
    expect(screen.queryByLabelText('Their name')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Save a case item' }));
    await waitFor(() => expect(vi.mocked(api.recoveryAddItem)).toHaveBeenCalledTimes(2));
    expect(vi.mocked(api.profilesCreate)).toHaveBeenCalledTimes(1);
    const profiles = await api.profilesList();
    expect(profiles.ok && profiles.value.map((p) => p.name)).toEqual(['Rosa']);
    const id = profiles.ok ? profiles.value[0]!.id : '';
    const recovery = await api.recoveryGet({ profileId: id });
    expect(recovery.ok && recovery.value?.items.map((i) => i.company)).toEqual(['Chase']);
  });
});
