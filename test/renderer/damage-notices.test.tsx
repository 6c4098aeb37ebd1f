import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/app/App';
import { createAppStore, StoreContext } from '../../renderer/src/app/store';
import { changeLanguage } from '../../renderer/src/i18n';
import { createFakeApi } from './fake-api';

type Spy = { mockResolvedValue(v: unknown): void; mockResolvedValueOnce(v: unknown): void };

const SAVE = { unsaved: false, lastError: null, readOnly: true };
const VAULT = {
  exists: true,
  unlocked: false,
  remembered: false,
  remember: { available: false, reason: 'browser-mode' },
  autoLockMinutes: 5,
  records: [],
  damage: null,
  restored: null,
};

async function show(patch: (api: ReturnType<typeof createFakeApi>['api']) => void) {
  const { api } = createFakeApi();
  patch(api);
  const store = createAppStore(api);
  await Promise.all([store.getState().loadProfiles(), store.getState().loadStatus(), store.getState().loadVault()]);
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
  // The notice's code and words load only on a start that has something to say (issue 18).
  await screen.findByRole('alert');
  return store;
}

describe('damage and newer-version notices', () => {
  it('a newer file that fits: "update Lockstep to change it", and it cannot be dismissed', async () => {
    await show((api) =>
      (api.appStatus as unknown as Spy).mockResolvedValueOnce({
        ok: true,
        value: { startup: { kind: 'newer', version: 3, readable: true }, save: SAVE, dataFile: '/d/lockstep.json' },
      }),
    );
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('You can see your plan here');
    expect(notice.textContent).toContain('Update Lockstep to change it.');
    expect(within(notice).queryByRole('button')).toBeNull();
  });

  it('a newer file that does not fit says plainly why nothing is shown', async () => {
    await show((api) =>
      (api.appStatus as unknown as Spy).mockResolvedValueOnce({
        ok: true,
        value: { startup: { kind: 'newer', version: 7, readable: false }, save: SAVE, dataFile: '/d/lockstep.json' },
      }),
    );
    expect(screen.getByRole('alert').textContent).toContain('(data version 7)');
    expect(screen.getByRole('alert').textContent).toContain('cannot show your plan safely');
  });

  it('a damaged vault is on the first screen with its path and what to do, in English and Spanish', async () => {
    await show((api) =>
      (api.vaultStatus as unknown as Spy).mockResolvedValue({
        ok: true,
        value: { ...VAULT, damage: { kind: 'damaged', path: '/d/vault.json' } },
      }),
    );
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('The vault file is damaged');
    expect(notice.textContent).toContain('/d/vault.json');
    expect(notice.textContent).toContain('What to do: restore a vault backup in Settings.');
    await changeLanguage('es');
    expect((await screen.findByRole('alert')).textContent).toContain('El archivo de la bóveda está dañado');
    await changeLanguage('en');
    // The vault page says damaged, never "0 records".
    await userEvent.click(screen.getByRole('button', { name: 'Vault' }));
    expect(await screen.findAllByText(/The vault file is damaged/)).not.toHaveLength(0);
    expect(screen.queryByText(/It holds 0 records/)).toBeNull();
  });

  it('a vault restored from its backup at launch says from when, where the damaged file is, and can be dismissed', async () => {
    await show((api) =>
      (api.vaultStatus as unknown as Spy).mockResolvedValue({
        ok: true,
        value: {
          ...VAULT,
          restored: { backupCreatedAt: '2026-11-20T15:00:00.000Z', corruptPath: '/d/vault.json.corrupt-x' },
        },
      }),
    );
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('restored the vault backup from November 20, 2026');
    expect(notice.textContent).toContain('/d/vault.json.corrupt-x');
    await userEvent.click(within(notice).getByRole('button', { name: 'OK, I understand' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
