import type { Language } from '../../../electron/shared/contract/schemas';
import type { Route } from '../app/routes';
import type { Messages } from './en';

export type Table = Messages;
/** A screen module's strings: top-level sections merged into the main table (deeply). */
export type Strings = { readonly [key: string]: string | Strings };

/**
 * Each language's strings are a chunk of their own: the first screen fetches only the one it
 * shows (main.tsx starts that as soon as the settings answer), the other loads on a switch.
 * No i18next here, so the entry stays tiny.
 */
export function loadTable(language: Language): Promise<Table> {
  return language === 'es' ? import('./es').then((m) => m.es) : import('./en').then((m) => m.en);
}

/**
 * The main table holds the shell and the profile list; each other screen's words are a module of
 * their own (screens/<name>-en.ts and -es.ts, the same keys), fetched with the screen's code.
 */
const SCREEN_STRINGS = {
  plan: {
    en: () => import('./screens/plan-en').then((m) => m.planEn),
    es: () => import('./screens/plan-es').then((m) => m.planEs),
  },
  step: {
    en: () => import('./screens/step-en').then((m) => m.stepEn),
    es: () => import('./screens/step-es').then((m) => m.stepEs),
  },
  vault: {
    en: () => import('./screens/vault-en').then((m) => m.vaultEn),
    es: () => import('./screens/vault-es').then((m) => m.vaultEs),
  },
  transfer: {
    en: () => import('./screens/transfer-en').then((m) => m.transferEn),
    es: () => import('./screens/transfer-es').then((m) => m.transferEs),
  },
  inbox: {
    en: () => import('./screens/inbox-en').then((m) => m.inboxEn),
    es: () => import('./screens/inbox-es').then((m) => m.inboxEs),
  },
  guide: {
    en: () => import('./screens/guide-en').then((m) => m.guideEn),
    es: () => import('./screens/guide-es').then((m) => m.guideEs),
  },
  interview: {
    en: () => import('./screens/interview-en').then((m) => m.interviewEn),
    es: () => import('./screens/interview-es').then((m) => m.interviewEs),
  },
  settings: {
    en: () => import('./screens/settings-en').then((m) => m.settingsEn),
    es: () => import('./screens/settings-es').then((m) => m.settingsEs),
  },
  scam: {
    en: () => import('./screens/scam-en').then((m) => m.scamEn),
    es: () => import('./screens/scam-es').then((m) => m.scamEs),
  },
  notice: {
    en: () => import('./screens/notice-en').then((m) => m.noticeEn),
    es: () => import('./screens/notice-es').then((m) => m.noticeEs),
  },
} satisfies Record<string, Record<Language, () => Promise<Strings>>>;

export type ScreenStrings = keyof typeof SCREEN_STRINGS;

/**
 * The modules each route shows, its own and those of the parts it reuses (a step's vault field
 * and reminder form, the vault's damaged-file words...). test/unit/i18n-screens.test.ts checks
 * that every key a route's code names is in the main table or in one of these.
 */
export const ROUTE_STRINGS: { readonly [N in Route['name']]: readonly ScreenStrings[] } = {
  profiles: [],
  // A person's page also brings the step words: the next click opens a step.
  profile: ['plan', 'step'],
  print: ['plan', 'step'],
  step: ['plan', 'step', 'vault', 'inbox', 'interview'],
  // Saving the answers says so on the person's page ('plan.answersSaved').
  interview: ['plan', 'interview'],
  inbox: ['inbox'],
  guide: ['guide', 'interview'],
  scam: ['scam'],
  vault: ['vault', 'step', 'notice'],
  sheet: ['vault'],
  settings: ['settings', 'transfer', 'vault', 'step', 'notice'],
  recovery: ['vault', 'step'],
  recoveryPrint: [],
};

const pending = new Map<string, Promise<Strings>>();

/** One fetch per module and language, shared by main.tsx's early start and the screen that waits. */
export function loadScreenStrings(name: ScreenStrings, language: Language): Promise<Strings> {
  const key = `${language}:${name}`;
  let p = pending.get(key);
  if (!p) {
    p = SCREEN_STRINGS[name][language]();
    // A failed fetch (a flaky moment) is tried again next time, not remembered.
    p.catch(() => pending.delete(key));
    pending.set(key, p);
  }
  return p;
}
