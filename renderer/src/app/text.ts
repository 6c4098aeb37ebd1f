import type { Language } from '../../../electron/shared/contract/schemas';
import type { Text } from '../../../electron/shared/core/catalog/types';

/** Picks the catalog text for the UI language. */
export const pick = (text: Text, language: Language): string => text[language];
