import type { Language } from '../../../electron/shared/contract/schemas';
import type { Text } from '../../../electron/shared/core/catalog/types';

/** Picks the catalog text for the UI language. */
export const pick = (text: Text, language: Language): string => text[language];

/** A moment (ISO instant) as the user reads dates, in their own time zone. */
export const formatDateTime = (iso: string, language: Language, withSeconds = false): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: withSeconds ? 'medium' : 'short' }).format(
    new Date(iso),
  );
