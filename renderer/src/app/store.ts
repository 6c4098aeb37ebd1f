import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { LockstepApi } from '../../../electron/shared/contract/api';
import { localizeApi, type UiApi } from './errors';
import { createProfilesSlice, type ProfilesSlice } from '../features/profiles/profiles-slice';
import { createSettingsSlice, type SettingsSlice } from '../features/settings/settings-slice';
import { createPlanSlice, type PlanSlice } from '../features/plan/plan-slice';
import { createBackupsSlice, type BackupsSlice } from '../features/settings/backups-slice';
import { createVaultSlice, type VaultSlice } from '../features/vault/vault-slice';
import { createGuideSlice, type GuideSlice } from '../features/guide/guide-slice';
import { createRemindersSlice, type RemindersSlice } from '../features/reminders/reminders-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = { api: UiApi } & UiSlice &
  ProfilesSlice &
  SettingsSlice &
  PlanSlice &
  BackupsSlice &
  VaultSlice &
  GuideSlice &
  RemindersSlice;
export type AppStore = StoreApi<AppState>;

/** One store built from slices; the API is injected so tests can pass a fake. */
export function createAppStore(api: LockstepApi, initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    api: localizeApi(api),
    ...createUiSlice(...a),
    ...createProfilesSlice(...a),
    ...createSettingsSlice(...a),
    ...createPlanSlice(...a),
    ...createBackupsSlice(...a),
    ...createVaultSlice(...a),
    ...createGuideSlice(...a),
    ...createRemindersSlice(...a),
    ...initial,
  }));
}

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreContext provider');
  return useStore(store, selector);
}
