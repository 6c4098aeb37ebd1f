/**
 * The vault page leads with "Add a record" (locking is the header's small button): the form saves a
 * record for a person and a step's declared kind through the real contract, closes, and puts the
 * focus back on the button that opened it. The typed confirmations ask for the reader's own word.
 */
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Notices } from '../../renderer/src/app/Notices';
import { createAppStore, StoreContext } from '../../renderer/src/app/store';
import { VaultPage } from '../../renderer/src/features/vault/VaultPage';
import { DeleteAllSection } from '../../renderer/src/features/settings/DeleteAllSection';
import { changeLanguage } from '../../renderer/src/i18n';
import { createFakeApi } from './fake-api';

async function setup(children: React.ReactNode) {
  const { api } = createFakeApi();
  const created = await api.vaultCreate({ passphrase: 'correct horse battery', remember: false });
  expect(created.ok).toBe(true);
  const profile = await api.profilesCreate({ name: 'Rosa', relationship: 'parent' });
  expect(profile.ok).toBe(true);
  const store = createAppStore(api);
  await Promise.all([store.getState().loadVault(), store.getState().loadProfiles()]);
  render(
    <StoreContext.Provider value={store}>
      <Notices />
      {children}
    </StoreContext.Provider>,
  );
  return { api, store };
}

describe('the vault page', { timeout: 60_000 }, () => {
  it('adds a record for a person and a step, then returns focus to "Add a record"', async () => {
    await changeLanguage('en');
    const { store } = await setup(<VaultPage />);
    const main = screen.getByRole('button', { name: 'Add a record' });
    expect(main.className).toContain('button--primary');
    expect(screen.queryByRole('button', { name: 'Lock the vault' })).toBeNull();
    await userEvent.click(main);
    await userEvent.selectOptions(screen.getByLabelText('Which step is it from?'), 'Freeze your credit at Experian');
    await userEvent.selectOptions(screen.getByLabelText('What is it?'), 'Confirmation number');
    // Nothing typed: refused in the form, nothing saved.
    await userEvent.click(screen.getByRole('button', { name: 'Save in the vault' }));
    expect(screen.getByLabelText('Confirmation number').getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(screen.getByLabelText('Confirmation number'), 'EXP-4411');
    await userEvent.click(screen.getByRole('button', { name: 'Save in the vault' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a record' })).toBe(document.activeElement));
    const records = store.getState().vault?.records ?? [];
    expect(records.map((r) => [r.stepId, r.kind])).toEqual([['freeze-experian', 'confirmation-number']]);
    expect(screen.getByText('Confirmation number · Experian')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reveal the confirmation number for Experian' })).toBeTruthy();
  });

  it('delete-all asks a Spanish reader for BORRAR, and refuses DELETE', async () => {
    await changeLanguage('es');
    const { api } = await setup(<DeleteAllSection />);
    const field = screen.getByLabelText('Para borrarlo todo, escriba BORRAR');
    await userEvent.type(field, 'DELETE');
    await userEvent.click(screen.getByRole('button', { name: 'Borrar todos mis datos' }));
    expect(screen.getByText('Escriba BORRAR en mayúsculas para confirmar.')).toBeTruthy();
    expect(api.appDeleteAllData).not.toHaveBeenCalled();
    await userEvent.clear(field);
    await userEvent.type(field, 'BORRAR');
    await userEvent.click(screen.getByRole('button', { name: 'Borrar todos mis datos' }));
    await waitFor(() => expect(api.appDeleteAllData).toHaveBeenCalledWith({ confirm: 'DELETE' }));
    await changeLanguage('en');
  });
});
