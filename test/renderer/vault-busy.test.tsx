/**
 * Unlock and passphrase change run one scrypt (about a second): while it runs, the form is
 * aria-busy and the app's status line (the one live region) says what is happening; the
 * result's message replaces it, and a failure clears it.
 */
import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Notices } from '../../renderer/src/app/Notices';
import { createAppStore, StoreContext, type AppStore } from '../../renderer/src/app/store';
import { UnlockForm } from '../../renderer/src/features/vault/UnlockForm';
import { VaultSettings } from '../../renderer/src/features/vault/VaultSettings';
import { createFakeApi } from './fake-api';

type Spy = { mockImplementationOnce(f: (input: unknown) => Promise<unknown>): void };

/** Holds the next call to `method` until `release()`, then lets the real handler answer. */
function hold(api: object, method: string) {
  const real = (api as Record<string, (i: unknown) => Promise<unknown>>)[method] as (i: unknown) => Promise<unknown>;
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  ((api as Record<string, unknown>)[method] as Spy).mockImplementationOnce(async (input) => {
    await gate;
    return real(input);
  });
  return () => act(() => release());
}

async function setup(children: React.ReactNode, unlocked: boolean) {
  const { api } = createFakeApi();
  const created = await api.vaultCreate({ passphrase: 'correct horse battery', remember: false });
  expect(created.ok).toBe(true);
  if (!unlocked) await api.vaultLock();
  const store: AppStore = createAppStore(api);
  await store.getState().loadVault();
  render(
    <StoreContext.Provider value={store}>
      <Notices />
      {children}
    </StoreContext.Provider>,
  );
  return api;
}

describe('slow vault work shows progress', { timeout: 60_000 }, () => {
  it('unlock: the form is busy and the status line says so, then says it is unlocked', async () => {
    const api = await setup(<UnlockForm />, false);
    const release = hold(api, 'vaultUnlock');
    await userEvent.type(screen.getByLabelText('Passphrase'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByRole('status').textContent).toBe('Unlocking. This takes about a second.');
    expect(screen.getByRole('button', { name: 'Unlock' }).closest('form')?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('button', { name: 'Unlock' })).toHaveProperty('disabled', true);
    await release();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Vault unlocked.'), { timeout: 30_000 });
  });

  it('a wrong passphrase clears the busy words and leaves the field error', async () => {
    const api = await setup(<UnlockForm />, false);
    const release = hold(api, 'vaultUnlock');
    await userEvent.type(screen.getByLabelText('Passphrase'), 'not the passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByRole('status').textContent).toBe('Unlocking. This takes about a second.');
    await release();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''), { timeout: 30_000 });
    expect(screen.getByRole('button', { name: 'Unlock' }).closest('form')?.getAttribute('aria-busy')).toBe('false');
  });

  it('passphrase change: busy while scrypt runs, then the change is announced', async () => {
    const api = await setup(<VaultSettings />, true);
    const release = hold(api, 'vaultChangePassphrase');
    await userEvent.type(screen.getByLabelText('Current passphrase'), 'correct horse battery');
    await userEvent.type(screen.getByLabelText('New passphrase'), 'another long passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Change the passphrase' }));
    expect(screen.getByRole('status').textContent).toBe('Changing the passphrase. This takes about a second.');
    await release();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Passphrase changed.'), {
      timeout: 30_000,
    });
  });
});
