import type { StateCreator } from 'zustand';
import type { Language } from '../../../../electron/shared/contract/schemas';
import type { AppState } from '../../app/store';
import { changeLanguage } from '../../i18n';

export type TextSize = 'normal' | 'large';

export interface SettingsSlice {
  language: Language;
  textSize: TextSize;
  setLanguage(language: Language): Promise<void>;
  setTextSize(size: TextSize): Promise<void>;
}

/** Larger text scales every rem-based size on the page. */
export const applyTextSize = (size: TextSize) => {
  document.documentElement.dataset.text = size;
};

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set, get) => ({
  language: 'en',
  textSize: 'normal',
  async setTextSize(textSize) {
    const result = await get().api.settingsUpdate({ textSize });
    if (!result.ok) return get().showError(result.error);
    applyTextSize(textSize);
    set({ textSize });
    get().announce('app.saved');
  },
  async setLanguage(language) {
    const result = await get().api.settingsUpdate({ language });
    if (!result.ok) return get().showError(result.error);
    await changeLanguage(result.value.language);
    set({ language: result.value.language });
  },
});
