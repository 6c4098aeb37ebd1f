import { BUREAU_NAMES, type Bureau } from '../../bureaus';
import { SELF_FREEZE_STEPS } from '../../catalog';
import {
  formatLongDate,
  siteHost,
  type Language,
  type LetterAddress,
  type Paragraph,
} from '../../documents/packet-content';
import { ACTIONS, ITEM_PLANS, ITEM_TITLES } from '../actions';
import { LEGAL_FACTS, MAIL_DAYS_ASSUMED } from '../facts';
import type { RecoveryItem } from '../types';
import { INSTRUCTIONS, type InstructionFacts } from './instructions';
import {
  BUREAU_LETTERS,
  LETTER_ACTION,
  type LetterInput,
  type LetterKind,
  type LetterResult,
  type RecoveryLetterContent,
} from './types';
import { LETTER_WORDS_EN, type LetterWords } from './words-en';
import { LETTER_WORDS_ES } from './words-es';

/** "$1,250.00", written out so no locale data is needed. */
export function formatDollars(cents: number): string {
  const whole = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/** One item as a line of a letter, in the words of `language`. */
export function itemLine(item: RecoveryItem, language: Language, words: LetterWords): string {
  return words.item({
    kind: ITEM_TITLES[item.kind][language],
    company: item.company,
    noticed: formatLongDate(item.noticedOn, language),
    ...(item.amountCents !== undefined ? { amount: formatDollars(item.amountCents) } : {}),
    ...(item.reference ? { reference: item.reference } : {}),
  });
}

/** Where a bureau letter goes: the catalog's confirmed address, or a box to write it in. */
function bureauAddress(bureau: Bureau) {
  const step = SELF_FREEZE_STEPS.find((s) => s.serves?.agency === bureau);
  const url = step?.urls[0]?.url ?? 'https://www.identitytheft.gov/';
  const host = siteHost(url);
  if (step?.mail?.verified) return { lines: [...step.mail.lines], host, verifiedOn: step.verifiedOn };
  return { lines: null, host, verifiedOn: null };
}

/** The items a letter lists: every item a bureau can block for §605B, else the one item. */
function listedItems(input: LetterInput): readonly RecoveryItem[] {
  if (input.kind !== 'block-605b') return [input.item];
  return input.caseItems.filter((i) => ITEM_PLANS[i.kind].includes('bureau-block'));
}

const SOURCE_WORDS: Record<Language, (title: string, url: string, on: string) => string> = {
  en: (title, url, on) => `Source: ${title}, ${url} (checked ${on}).`,
  es: (title, url, on) => `Fuente: ${title}, ${url} (verificado el ${on}).`,
};

/**
 * A letter the person signs and mails, filled from the case: their name, the company or bureau,
 * and the item (kind, date noticed, amount, last four digits). Every number Lockstep does not keep
 * (the SSN, the date of birth, the full account number) is a blank line to fill in by hand.
 */
export function buildRecoveryLetter(input: LetterInput): LetterResult {
  const { kind, language, item } = input;
  const action = LETTER_ACTION[kind];
  if (!item.actions.some((a) => a.kind === action)) return { ok: false, problem: 'letter_not_for_item' };
  const toBureau = BUREAU_LETTERS.includes(kind);
  if (toBureau !== (input.bureau !== undefined)) return { ok: false, problem: 'letter_bureau' };

  const en = LETTER_WORDS_EN;
  const es = LETTER_WORDS_ES;
  // The recipient reads English; a Spanish letter keeps it and prints the translation under it.
  const para = (pick: (w: LetterWords) => string): Paragraph =>
    language === 'en' ? { text: pick(en) } : { text: pick(en), translation: pick(es) };
  const label = (pick: (w: LetterWords) => string): string =>
    language === 'en' ? pick(en) : `${pick(en)} / ${pick(es)}`;
  const paras = (pick: (w: LetterWords) => readonly string[]): Paragraph[] =>
    pick(en).map((text, i) => (language === 'en' ? { text } : { text, translation: pick(es)[i] ?? '' }));

  const bureau = input.bureau;
  const place = bureau ? bureauAddress(bureau) : null;
  const to = bureau ? BUREAU_NAMES[bureau] : item.company;
  const address: LetterAddress = place
    ? place.lines
      ? { kind: 'address', lines: place.lines }
      : { kind: 'check', label: label((w) => w.bureauCheck(place.host)) }
    : { kind: 'check', label: label((w) => w.companyAddress) };

  const section = {
    'block-605b': 'block',
    dispute: 'dispute',
    'records-609e': 'records',
    'extended-alert': 'alert',
  } as const;
  const words = (w: LetterWords) => w[section[kind]];
  const asks = (w: LetterWords): readonly string[] => {
    const s = words(w);
    return 'asks' in s ? s.asks : [];
  };
  const encl: ((w: LetterWords) => string)[] =
    kind === 'dispute'
      ? [(w) => w.encFtc, (w) => w.encId, (w) => w.encStatements]
      : kind === 'records-609e'
        ? [(w) => w.encFtc, (w) => w.encId]
        : kind === 'block-605b'
          ? [(w) => w.encFtc, (w) => w.encId, (w) => w.encAddress, (w) => w.encReport]
          : [(w) => w.encFtc, (w) => w.encId, (w) => w.encAddress];

  const def = ACTIONS[action];
  const facts = def.facts.map((id) => {
    const fact = LEGAL_FACTS[id];
    const source = fact.sources[0];
    const on = formatLongDate(fact.verifiedOn, language);
    return source
      ? `${fact.text[language]} ${SOURCE_WORDS[language](source.title, source.url, on)}`
      : fact.text[language];
  });
  const addressFacts: InstructionFacts['address'] = place
    ? place.lines && place.verifiedOn
      ? { kind: 'catalog', host: place.host, checkedOn: formatLongDate(place.verifiedOn, language) }
      : { kind: 'check', host: place.host }
    : undefined;
  const guide = INSTRUCTIONS[language](kind, {
    to,
    actionTitle: def.title[language],
    mailDays: MAIL_DAYS_ASSUMED,
    facts,
    ...(addressFacts ? { address: addressFacts } : {}),
  });
  const statement = kind === 'block-605b' ? para((w) => w.block.statement) : undefined;

  const content: RecoveryLetterContent = {
    language,
    kind,
    title: guide.title,
    fileStem: `lockstep-${kind}-${bureau ?? 'company'}`,
    instructions: { heading: guide.heading, lines: guide.lines, lawHeading: guide.lawHeading, law: guide.law },
    letter: {
      from: {
        heading: label((w) => w.fromHeading),
        name: { label: label((w) => w.name), value: input.profileName },
        blanks: [
          { label: label((w) => w.address), extraLines: 1 },
          { label: label((w) => w.dateOfBirth) },
          { label: label((w) => (toBureau ? w.ssn : w.ssnCompany)) },
          ...(toBureau ? [] : [{ label: label((w) => w.accountNumber) }]),
          { label: label((w) => w.phone) },
        ],
      },
      date: para((w) => `${w.datePrefix} ${formatLongDate(input.date, w === en ? 'en' : 'es')}`),
      to: { heading: label((w) => w.toHeading), name: to, address },
      subjectLine: para((w) => words(w).subject),
      salutation: label((w) => w.salutation),
      body: paras((w) => words(w).body),
      items: {
        heading: para((w) => words(w).items),
        lines: listedItems(input).map((i) =>
          language === 'en'
            ? { text: itemLine(i, 'en', en) }
            : { text: itemLine(i, 'en', en), translation: itemLine(i, 'es', es) },
        ),
      },
      asks: { heading: para((w) => w.asksHeading), lines: paras(asks) },
      ...(statement ? { statement } : {}),
      enclosures: { heading: para((w) => w.enclosed), lines: encl.map((pick) => para(pick)) },
      after: paras((w) => words(w).after),
      closing: label((w) => w.closing),
      signature: [{ label: label((w) => w.signature) }, { label: label((w) => w.signedOn) }],
    },
    footer: language === 'en' ? en.footer : es.footer,
  };
  return { ok: true, value: content };
}

export type { LetterKind };
