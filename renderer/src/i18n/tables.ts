import type { Language } from '../../../electron/shared/contract/schemas';
import type { Messages } from './en';

export type Table = Messages;

/**
 * Each language's strings are a chunk of their own: the first screen fetches only the one it
 * shows (main.tsx starts that as soon as the settings answer), the other loads on a switch.
 * No i18next here, so the entry stays tiny.
 */
export function loadTable(language: Language): Promise<Table> {
  return language === 'es' ? import('./es').then((m) => m.es) : import('./en').then((m) => m.en);
}
