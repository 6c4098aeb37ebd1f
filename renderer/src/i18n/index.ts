import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../electron/shared/contract/schemas';
import { en } from './en';
import { es } from './es';

export const resources = { en: { translation: en }, es: { translation: es } } as const;

export async function initI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language) {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
