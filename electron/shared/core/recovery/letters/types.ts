import type { Bureau } from '../../bureaus';
import type { Blank, Language, LetterAddress, Paragraph } from '../../documents/packet-content';
import type { ActionKind, RecoveryItem } from '../types';

/**
 * The letters a recovery case makes, each tied to the action it carries out, so its mailing date
 * is recorded on that action and the reply-due reminder follows it.
 */
export const LETTER_KINDS = ['block-605b', 'dispute', 'records-609e', 'extended-alert'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_ACTION: Readonly<Record<LetterKind, ActionKind>> = {
  'block-605b': 'bureau-block',
  dispute: 'close-account',
  'records-609e': 'business-records',
  'extended-alert': 'extended-alert',
};

/** Letters addressed to a credit bureau (one bureau per letter); the others go to the item's company. */
export const BUREAU_LETTERS: readonly LetterKind[] = ['block-605b', 'extended-alert'];

/** The letter that carries out an action, if there is one. */
export function letterForAction(action: ActionKind): LetterKind | undefined {
  return LETTER_KINDS.find((k) => LETTER_ACTION[k] === action);
}

export interface LetterInput {
  kind: LetterKind;
  language: Language;
  /** The letter's date, YYYY-MM-DD, on the person's calendar. */
  date: string;
  /** The profile's display name: the person the letter is from. */
  profileName: string;
  /** The item the letter is made from. */
  item: RecoveryItem;
  /** Every item of the case: the §605B request lists all those a bureau can block. */
  caseItems: readonly RecoveryItem[];
  /** Required for the bureau letters, refused for the others. */
  bureau?: Bureau;
}

export interface RecoveryLetterContent {
  language: Language;
  kind: LetterKind;
  /** PDF title and the instruction page's heading, in the person's language. */
  title: string;
  /** For the file name: lower case, digits and dashes. */
  fileStem: string;
  /** Before mailing: what to fill in, enclose, check and record. In the person's language. */
  instructions: { heading: string; lines: string[]; lawHeading: string; law: string[] };
  letter: {
    from: { heading: string; name: { label: string; value: string }; blanks: Blank[] };
    date: Paragraph;
    to: { heading: string; name: string; address: LetterAddress };
    subjectLine: Paragraph;
    salutation: string;
    body: Paragraph[];
    items: { heading: Paragraph; lines: Paragraph[] };
    asks: { heading: Paragraph; lines: Paragraph[] };
    statement?: Paragraph;
    enclosures: { heading: Paragraph; lines: Paragraph[] };
    after: Paragraph[];
    closing: string;
    signature: Blank[];
  };
  footer: string;
}

export type LetterProblem = 'letter_not_for_item' | 'letter_bureau';
export type LetterResult = { ok: true; value: RecoveryLetterContent } | { ok: false; problem: LetterProblem };
