import type { StateCreator } from 'zustand';
import type { UiError } from '../../app/errors';
import type { StepVaultKind, VaultStatus } from '../../../../electron/shared/contract/vault-schemas';
import type { AppState } from '../../app/store';

export interface VaultSlice {
  vault: VaultStatus | null;
  /** Values the user chose to reveal, by record id; cleared when the vault locks. */
  revealed: Record<string, string>;
  loadVault(): Promise<void>;
  /** Each returns the API error (if any) so the form can keep its fields and explain. */
  createVault(passphrase: string, remember: boolean): Promise<UiError | null>;
  unlockVault(passphrase: string): Promise<UiError | null>;
  lockVault(): Promise<void>;
  saveRecord(
    input: { profileId: string; stepId: string; kind: StepVaultKind; value: string },
    notSsn?: boolean,
  ): Promise<UiError | null>;
  deleteRecord(id: string): Promise<void>;
  reveal(id: string): Promise<void>;
  hide(id: string): void;
  copy(id: string): Promise<void>;
  changePassphrase(current: string, next: string): Promise<UiError | null>;
  resetVault(): Promise<UiError | null>;
  setAutoLock(minutes: number): Promise<void>;
  setRemember(remember: boolean): Promise<UiError | null>;
}

export const createVaultSlice: StateCreator<AppState, [], [], VaultSlice> = (set, get) => {
  const adopt = (status: VaultStatus) => set((s) => ({ vault: status, revealed: status.unlocked ? s.revealed : {} }));
  /** A locked vault anywhere means revealed values go too. */
  const onError = (error: UiError) => {
    if (error.code === 'vault_locked') void get().loadVault();
    return error;
  };
  return {
    vault: null,
    revealed: {},
    async loadVault() {
      const r = await get().api.vaultStatus();
      if (r.ok) adopt(r.value);
    },
    async createVault(passphrase, remember) {
      const r = await get().api.vaultCreate({ passphrase, remember });
      if (!r.ok) return r.error;
      adopt(r.value);
      get().announce('vault.created');
      return null;
    },
    async unlockVault(passphrase) {
      const r = await get().api.vaultUnlock({ passphrase });
      if (!r.ok) return r.error;
      adopt(r.value);
      get().announce('vault.unlocked');
      return null;
    },
    async lockVault() {
      const r = await get().api.vaultLock();
      if (r.ok) adopt(r.value);
      get().announce('vault.locked');
    },
    async saveRecord(input, notSsn) {
      const r = await get().api.vaultAddRecord({ ...input, ...(notSsn ? { notSsn } : {}) });
      if (!r.ok) return onError(r.error);
      await get().loadVault();
      get().announce('vault.saved');
      return null;
    },
    async deleteRecord(id) {
      const r = await get().api.vaultDeleteRecord({ id });
      if (!r.ok) return void get().showError(onError(r.error));
      await get().loadVault();
      get().announce('vault.deleted');
    },
    async reveal(id) {
      const r = await get().api.vaultReveal({ id });
      if (!r.ok) return void get().showError(onError(r.error));
      set((s) => ({ revealed: { ...s.revealed, [id]: r.value.value } }));
    },
    hide: (id) =>
      set((s) => {
        const { [id]: _gone, ...revealed } = s.revealed;
        return { revealed };
      }),
    async copy(id) {
      const r = await get().api.vaultCopy({ id });
      if (!r.ok) return void get().showError(onError(r.error));
      get().announce('vault.copied');
    },
    async changePassphrase(current, next) {
      const r = await get().api.vaultChangePassphrase({ current, next });
      if (!r.ok) return r.error;
      adopt(r.value);
      get().announce('vault.passphraseChanged');
      return null;
    },
    async resetVault() {
      const r = await get().api.vaultReset({ confirm: 'DELETE' });
      if (!r.ok) return r.error;
      adopt(r.value);
      get().announce('vault.reset');
      return null;
    },
    async setAutoLock(minutes) {
      const r = await get().api.vaultSetAutoLock({ minutes });
      if (r.ok) adopt(r.value);
      else get().showError(r.error);
    },
    async setRemember(remember) {
      const r = await get().api.vaultSetRemember({ remember });
      if (!r.ok) return r.error;
      adopt(r.value);
      return null;
    },
  };
};
