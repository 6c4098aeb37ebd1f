/**
 * The whole of each language, as the app has it once every screen has been shown: the main table
 * (en.ts, es.ts) merged deeply with every screen module (i18n/screens, loaded with their routes).
 * For tests only: the app itself never loads them all at once.
 */
import type { ScreenStrings, Strings } from '../../renderer/src/i18n/tables';
import { en as mainEn } from '../../renderer/src/i18n/en';
import { es as mainEs } from '../../renderer/src/i18n/es';
import { planEn } from '../../renderer/src/i18n/screens/plan-en';
import { planEs } from '../../renderer/src/i18n/screens/plan-es';
import { stepEn } from '../../renderer/src/i18n/screens/step-en';
import { stepEs } from '../../renderer/src/i18n/screens/step-es';
import { vaultEn } from '../../renderer/src/i18n/screens/vault-en';
import { vaultEs } from '../../renderer/src/i18n/screens/vault-es';
import { transferEn } from '../../renderer/src/i18n/screens/transfer-en';
import { transferEs } from '../../renderer/src/i18n/screens/transfer-es';
import { inboxEn } from '../../renderer/src/i18n/screens/inbox-en';
import { inboxEs } from '../../renderer/src/i18n/screens/inbox-es';
import { guideEn } from '../../renderer/src/i18n/screens/guide-en';
import { guideEs } from '../../renderer/src/i18n/screens/guide-es';
import { interviewEn } from '../../renderer/src/i18n/screens/interview-en';
import { interviewEs } from '../../renderer/src/i18n/screens/interview-es';
import { settingsEn } from '../../renderer/src/i18n/screens/settings-en';
import { settingsEs } from '../../renderer/src/i18n/screens/settings-es';
import { scamEn } from '../../renderer/src/i18n/screens/scam-en';
import { scamEs } from '../../renderer/src/i18n/screens/scam-es';
import { noticeEn } from '../../renderer/src/i18n/screens/notice-en';
import { noticeEs } from '../../renderer/src/i18n/screens/notice-es';

/** Each screen module in both languages, by the name tables.ts loads it under. */
export const SCREEN_MODULES = {
  plan: { en: planEn, es: planEs },
  step: { en: stepEn, es: stepEs },
  vault: { en: vaultEn, es: vaultEs },
  transfer: { en: transferEn, es: transferEs },
  inbox: { en: inboxEn, es: inboxEs },
  guide: { en: guideEn, es: guideEs },
  interview: { en: interviewEn, es: interviewEs },
  settings: { en: settingsEn, es: settingsEs },
  scam: { en: scamEn, es: scamEs },
  notice: { en: noticeEn, es: noticeEs },
} satisfies Record<ScreenStrings, { en: Strings; es: Strings }>;

/** Deep merge, as i18next's addResourceBundle(…, deep = true) does. */
export function merge(...trees: Strings[]): Strings {
  const out: { [key: string]: string | Strings } = {};
  for (const tree of trees)
    for (const [k, v] of Object.entries(tree)) {
      const had = out[k];
      out[k] = typeof v === 'object' && typeof had === 'object' ? merge(had, v) : v;
    }
  return out;
}

const all = (lang: 'en' | 'es', main: Strings) =>
  merge(main, ...Object.values(SCREEN_MODULES).map((m) => m[lang] as Strings));

type All = typeof mainEn &
  typeof planEn &
  typeof stepEn &
  typeof vaultEn &
  typeof transferEn &
  typeof inboxEn &
  typeof guideEn &
  typeof interviewEn &
  typeof settingsEn &
  typeof scamEn &
  typeof noticeEn;

export const en = all('en', mainEn) as unknown as All;
export const es = all('es', mainEs) as unknown as All;
export const main = { en: mainEn as Strings, es: mainEs as Strings };
