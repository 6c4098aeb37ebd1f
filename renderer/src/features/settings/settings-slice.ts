import type { StateCreator } from 'zustand';
import type { Language } from '../../../../electron/shared/contract/schemas';
import type { AppState } from '../../app/store';
import { changeLanguage } from '../../i18n';

export interface SettingsSlice {
  language: Language;
  setLanguage(language: Language): Promise<void>;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set, get) => ({
  language: 'en',
  async setLanguage(language) {
    const result = await get().api.settingsUpdate({ language });
    if (!result.ok) return get().showError(result.error);
    await changeLanguage(result.value.language);
    set({ language: result.value.language });
  },
});
