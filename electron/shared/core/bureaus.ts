/**
 * The three nationwide credit bureaus, defined once. Freezes, thaws, mail packets, report checks and
 * the contract's schemas all read this list; the names are proper nouns, the same in every language.
 */
export const BUREAUS = ['equifax', 'experian', 'transunion'] as const;
export type Bureau = (typeof BUREAUS)[number];

export const BUREAU_NAMES: Readonly<Record<Bureau, string>> = {
  equifax: 'Equifax',
  experian: 'Experian',
  transunion: 'TransUnion',
};

export const isBureau = (value: unknown): value is Bureau => (BUREAUS as readonly unknown[]).includes(value);
