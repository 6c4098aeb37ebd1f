import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/react';

/**
 * The case page's words load with the page (the main tables carry only the entry buttons'), and
 * are merged under `recovery` in the language shown; a language switch loads the other's.
 */
async function ensure(language: string): Promise<void> {
  if (i18next.exists('recovery.title', { lng: language })) return;
  const [words, more] =
    language === 'es'
      ? await Promise.all([
          import('../../i18n/recovery-es').then((m) => m.recoveryEs),
          import('../../i18n/recovery-more-es').then((m) => m.recoveryMoreEs),
        ])
      : await Promise.all([
          import('../../i18n/recovery-en').then((m) => m.recoveryEn),
          import('../../i18n/recovery-more-en').then((m) => m.recoveryMoreEn),
        ]);
  i18next.addResourceBundle(language, 'translation', { recovery: { ...words, ...more } }, true, false);
}

/** True once the page's words for the language shown are there. */
export function useRecoveryStrings(): boolean {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [ready, setReady] = useState<string | null>(() =>
    i18next.exists('recovery.title', { lng: language }) ? language : null,
  );
  useEffect(() => {
    let live = true;
    void ensure(language).then(() => {
      if (live) setReady(language);
    });
    return () => {
      live = false;
    };
  }, [language]);
  return ready === language;
}
