/** Which paper an enclosure line asks for, and one merged enclosure list per mail packet. Pure. */

import type { Text } from '../catalog/types';

type Language = keyof Text;

/** The papers an enclosure line is about, from its English words; `undefined` for anything else. */
type Paper = 'letter' | 'photo-id' | 'address-proof' | 'authority' | 'ssn-card';
const PAPERS: readonly [Paper, RegExp][] = [
  ['ssn-card', /Social Security card/i],
  ['photo-id', /photo ID/i],
  ['authority', /birth certificate|court order|power of attorney|act for/i],
  ['address-proof', /bill|statement|proof of (your )?address/i],
  ['letter', /\bletter\b/i],
];
export const paperOf = (english: string): Paper | undefined => PAPERS.find(([, re]) => re.test(english))?.[0];

/**
 * One enclosure list: the packet's own items (the letter first), then what the catalog step adds,
 * such as the bureau's own form. A step item about a paper the packet already lists (the photo ID,
 * the Social Security card…) is left out, so nothing is asked for twice.
 */
export function mergeEnclosures(
  own: readonly string[],
  ownEnglish: readonly string[],
  ready: readonly Text[],
  language: Language,
): string[] {
  const covered = new Set(ownEnglish.map(paperOf));
  const seen = new Set<string>(own);
  const extra: string[] = [];
  for (const item of ready) {
    const paper = paperOf(item.en);
    if (paper && covered.has(paper)) continue;
    if (seen.has(item[language])) continue;
    seen.add(item[language]);
    extra.push(item[language]);
  }
  const [letter, ...rest] = own;
  return letter === undefined ? extra : [letter, ...extra, ...rest];
}
