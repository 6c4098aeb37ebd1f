import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/app/App';
import { createAppStore, StoreContext } from '../../renderer/src/app/store';
import { createFakeApi } from './fake-api';

type Spy = { mockResolvedValueOnce(v: unknown): void };

describe('save failures and start-up notices', () => {
  it('a failed save shows what failed and a Try again that asks the host to write', async () => {
    const { api } = createFakeApi();
    (api.profilesCreate as unknown as Spy).mockResolvedValueOnce({
      ok: false,
      error: { code: 'storage', params: { cause: 'disk_full', detail: 'ENOSPC' } },
    });
    const store = createAppStore(api);
    await store.getState().loadProfiles();
    render(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
    );
    await userEvent.type(screen.getByLabelText('Name', { exact: true }), 'Kim');
    await userEvent.click(screen.getByRole('button', { name: 'Create profile' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('the disk is full');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(api.storageRetry).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('Saved.');
  });

  it('tells the user a backup was restored at launch, with the date and the kept file', async () => {
    const { api } = createFakeApi();
    (api.appStatus as unknown as Spy).mockResolvedValueOnce({
      ok: true,
      value: {
        startup: {
          kind: 'restored',
          backupId: 'b',
          backupCreatedAt: '2026-11-20T15:00:00.000Z',
          corruptPath: '/data/lockstep.json.corrupt-x',
        },
        save: { unsaved: false, lastError: null, readOnly: false },
        dataFile: '/data/lockstep.json',
      },
    });
    const store = createAppStore(api);
    await Promise.all([store.getState().loadProfiles(), store.getState().loadStatus()]);
    render(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
    );
    // The notice loads lazily, only on a start that has something to say (issue 18).
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('November 20, 2026');
    expect(notice.textContent).toContain('/data/lockstep.json.corrupt-x');
    await userEvent.click(screen.getByRole('button', { name: 'OK, I understand' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
