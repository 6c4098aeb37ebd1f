import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../electron/shared/contract/schemas';
import { loadTable, type Table } from './tables';

/** Adds a language's strings to i18next unless they are there already. */
async function ensureLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation'))
    i18next.addResourceBundle(language, 'translation', await loadTable(language));
}

/** Starts i18next with the active language only; `table` is that language's strings if already loaded. */
export async function initI18n(language: Language, table?: Table) {
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: table ?? (await loadTable(language)) } },
    lng: language,
    // es.ts has exactly the keys of en.ts (typecheck and test/unit/i18n.test.ts), so nothing falls back.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Loads the other language on demand, then switches to it. */
export async function changeLanguage(language: Language) {
  await ensureLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
