import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/app/App';
import { createAppStore, StoreContext } from '../../renderer/src/app/store';
import { changeLanguage } from '../../renderer/src/i18n';
import { createFakeApi } from './fake-api';

async function renderApp() {
  const fake = createFakeApi();
  const store = createAppStore(fake.api);
  await store.getState().loadProfiles();
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
  return { ...fake, store };
}

describe('profiles UI', () => {
  it('welcomes a new user and refuses an empty name without calling the API', async () => {
    const { api } = await renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Lockstep');
    await userEvent.click(screen.getByRole('button', { name: 'Create profile' }));
    expect(screen.getByText('Enter a name.')).toBeTruthy();
    expect(screen.getByLabelText('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(api.profilesCreate).not.toHaveBeenCalled();
  });

  it('creates a trimmed profile, opens its page and announces it', async () => {
    const { api, store, backend } = await renderApp();
    await userEvent.type(screen.getByLabelText('Name', { exact: true }), '  Grace  ');
    await userEvent.click(screen.getByRole('radio', { name: 'My spouse or partner' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create profile' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Grace'));
    expect(api.profilesCreate).toHaveBeenCalledWith({ name: 'Grace', relationship: 'spouse' });
    expect(screen.getByRole('status').textContent).toBe('Profile for Grace created.');
    expect(store.getState().route).toMatchObject({ name: 'profile' });
    expect((backend.store.profiles as { name: string }[]).map((p) => p.name)).toEqual(['Grace']);
  });

  it('shows an API failure in an alert and keeps what the user typed', async () => {
    const { api } = await renderApp();
    (api.profilesCreate as unknown as { mockResolvedValueOnce(v: unknown): void }).mockResolvedValueOnce({
      ok: false,
      error: { code: 'storage', params: { cause: 'other', detail: 'EIO' } },
    });
    await userEvent.type(screen.getByLabelText('Name', { exact: true }), 'Ida');
    await userEvent.click(screen.getByRole('button', { name: 'Create profile' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Lockstep could not save your change because of a disk error (EIO).');
    expect((screen.getByLabelText('Name', { exact: true }) as HTMLInputElement).value).toBe('Ida');
  });

  it('switches to Spanish through the API and sets the page language', async () => {
    const { api } = await renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Español' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
    expect(api.settingsUpdate).toHaveBeenCalledWith({ language: 'es' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Le damos la bienvenida a Lockstep');
    await changeLanguage('en');
  });
});
