import i18next from 'i18next';
import type { Language } from '../../../electron/shared/contract/schemas';
import { loadScreenStrings, loadTable, type ScreenStrings, type Strings, type Table } from './tables';

/** Main tables in i18next, by language. */
const tables = new Set<Language>();
/** Screen modules in i18next, as `language:name`; and every module shown so far, in any language. */
const screens = new Set<string>();
const wanted = new Set<ScreenStrings>();

/** Merges deeply (a section may be split: `vault.lock` in the main table, the rest in its module). */
function add(language: Language, strings: Strings | Table) {
  i18next.addResourceBundle(language, 'translation', strings, true, false);
}

/** Adds a language's main strings to i18next unless they are there already. */
async function ensureLanguage(language: Language): Promise<void> {
  if (tables.has(language)) return;
  const table = await loadTable(language);
  if (tables.has(language)) return;
  add(language, table);
  tables.add(language);
}

/** Adds the screen modules' strings for a language (fetched in one parallel round). */
export async function ensureScreenStrings(language: Language, names: readonly ScreenStrings[]): Promise<void> {
  for (const name of names) wanted.add(name);
  const missing = names.filter((name) => !screens.has(`${language}:${name}`));
  const loaded = await Promise.all(missing.map((name) => loadScreenStrings(name, language)));
  missing.forEach((name, i) => {
    if (screens.has(`${language}:${name}`)) return;
    add(language, loaded[i] as Strings);
    screens.add(`${language}:${name}`);
  });
}

const shown = (): Language => (i18next.language === 'es' ? 'es' : 'en');

/**
 * For React.lazy: a screen's code and its words, fetched together; the screen renders (and leaves
 * its Suspense fallback) only once both are in, so it never shows a raw key.
 */
export function withStrings<T>(names: readonly ScreenStrings[], load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), ensureScreenStrings(shown(), names)]).then(([module]) => module);
}

/** Starts i18next with the active language only; `table` is that language's strings if already loaded. */
export async function initI18n(language: Language, table?: Table) {
  // No react-i18next: the screens' hook (./react.ts) listens to i18next itself.
  await i18next.init({
    resources: { [language]: { translation: table ?? (await loadTable(language)) } },
    lng: language,
    // es.ts has exactly the keys of en.ts (typecheck and test/unit/i18n.test.ts), so nothing falls back.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  tables.add(language);
  document.documentElement.lang = language;
  return i18next;
}

/** Loads the other language on demand (its main table and every screen module shown so far), then switches. */
export async function changeLanguage(language: Language) {
  await Promise.all([ensureLanguage(language), ensureScreenStrings(language, [...wanted])]);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
