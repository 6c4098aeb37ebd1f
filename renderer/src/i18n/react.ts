import i18next from 'i18next';
import { useMemo, useSyncExternalStore } from 'react';

/**
 * What the screens used of react-i18next, in a few lines, so the first screen does not carry that
 * library (issue 18): the strings of the language shown, and a re-render when the language changes
 * (as react-i18next does by default; adding a screen's strings never re-renders, it happens before
 * the screen shows). `t` is fixed to the language, so it changes, like react-i18next's, on a switch.
 */
const subscribe = (onChange: () => void) => {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
};
const shown = () => i18next.language;

export function useTranslation() {
  const language = useSyncExternalStore(subscribe, shown);
  const t = useMemo(() => i18next.getFixedT(language), [language]);
  return { t, i18n: i18next };
}
