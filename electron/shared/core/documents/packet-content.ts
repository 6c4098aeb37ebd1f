import { BUREAU_NAMES, type Bureau } from '../bureaus';
import { packetStepFor } from '../catalog';
import type { CatalogStep, Text } from '../catalog/types';
import { mergeEnclosures } from './enclosures';
import { mailAddressOf } from './mail-address';

/**
 * The words of a freeze-request mail packet for a child under 16 or a protected consumer, for one
 * bureau. Pure: it only arranges text; the services turn it into a PDF. Numbers such as the SSN
 * are never known to Lockstep, so the packet leaves blanks that the user fills in by hand.
 */

export type Language = keyof Text;

export { BUREAUS, type Bureau } from '../bureaus';

/** The interview subjects a packet is for; anyone else freezes online or by phone themselves. */
export const PACKET_SUBJECTS = ['minor', 'represented'] as const;
export type PacketSubject = (typeof PACKET_SUBJECTS)[number];

export const isPacketSubject = (subject: string): subject is PacketSubject =>
  (PACKET_SUBJECTS as readonly string[]).includes(subject);

const MONTHS: Record<Language, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-23" -> "November 23, 2026" / "23 de noviembre de 2026". Written out so no locale data is needed. */
export function formatLongDate(isoDate: string, language: Language): string {
  const match = ISO_DATE.exec(isoDate);
  const month = match ? MONTHS[language][Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new RangeError(`Not a calendar date: ${isoDate}`);
  const day = Number(match[3]);
  return language === 'en' ? `${month} ${day}, ${match[1]}` : `${day} de ${month} de ${match[1]}`;
}

/** The host people can type to reach an official site: "www.equifax.com" -> "equifax.com". */
export const siteHost = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/** A blank the user fills in by hand. `hint` says how (for example the SSN's shape). */
export interface Blank {
  label: string;
  hint?: string;
  /** Extra writing lines after the first, for an address. */
  extraLines?: number;
}

/** A letter paragraph; in Spanish packets the English text goes to the bureau with a translation under it. */
export interface Paragraph {
  text: string;
  translation?: string;
}

export type LetterAddress = { kind: 'address'; lines: string[] } | { kind: 'check'; label: string };

export interface MailPacketContent {
  language: Language;
  bureau: Bureau;
  bureauName: string;
  subject: PacketSubject;
  /** The document's title (PDF metadata and the checklist page heading). */
  title: string;
  letter: {
    from: { heading: string; blanks: Blank[] };
    date: Paragraph;
    to: { heading: string; address: LetterAddress };
    subjectLine: Paragraph;
    salutation: string;
    paragraphs: Paragraph[];
    person: { heading: string; intro?: Paragraph; blanks: Blank[] };
    closing: string;
    signature: Blank[];
  };
  checklist: {
    heading: string;
    preparedFor: string;
    preparedOn: string;
    intro: string;
    /** One list: the packet's own items and the catalog step's, each paper once. */
    enclosures: { heading: string; items: string[] };
    beforeMailing: { heading: string; items: string[] };
    tracking: { heading: string; blanks: Blank[]; note: string };
  };
  footer: string;
}

export interface PacketInput {
  bureau: Bureau;
  subject: PacketSubject;
  language: Language;
  /** The letter's date, YYYY-MM-DD, in the user's local calendar. */
  date: string;
  /** The profile's display name: only on the checklist page, never in the letter to the bureau. */
  profileName: string;
  /** Tests may pass a step; otherwise the catalog's. */
  step?: CatalogStep;
}

type Strings = ReturnType<typeof stringsEn>;

/** The English words; the bureau always gets these in the letter. */
function stringsEn(bureauName: string, subject: PacketSubject) {
  const minor = subject === 'minor';
  return {
    title: `Security freeze request by mail: ${bureauName}`,
    fromHeading: 'From (the parent or legal representative)',
    fromName: 'Your full name',
    fromAddress: 'Your mailing address',
    fromPhone: 'Your phone number (optional)',
    datePrefix: 'Date:',
    toHeading: 'To',
    checkAddress: 'Address: check on the official site before mailing',
    subjectLine: 'Request for a security freeze for a protected consumer',
    salutation: 'Dear Sir or Madam,',
    paragraphs: [
      minor
        ? 'I am the parent or legal guardian of the child named below, who is under 16. Please place a security freeze on the child’s credit file.'
        : 'I am the legal representative of the person named below, as their guardian, conservator or agent under a power of attorney. Please place a security freeze on their credit file as a protected consumer.',
      minor
        ? 'If you do not have a credit file for the child, please create one and freeze it.'
        : 'If you do not have a credit file for this person, please create one and freeze it.',
      minor
        ? 'I have enclosed copies of my own ID and proof of my address, the child’s birth certificate or the court order that makes me the guardian, to show that I can act for the child, and the child’s Social Security card.'
        : 'I have enclosed copies of my own ID and proof of my address, the court order or power of attorney that lets me act for this person, and their Social Security card.',
      'Please send the confirmation, and any PIN needed to lift or remove the freeze later, to me at the address above.',
    ],
    personHeading: minor ? 'The child' : 'The person I act for',
    personIntro: 'Filled in by hand.',
    personName: 'Full legal name, with any suffix (Jr., III)',
    personDob: 'Date of birth',
    personSsn: 'Social Security number',
    ssnHint: '_______ - _____ - _________',
    personAddress: 'Current address',
    closing: 'Thank you,',
    signature: 'Signature',
    signedName: 'Printed name',
  };
}

/** The user's words in Spanish. Letter strings here are translations printed under the English. */
const stringsEs = (bureauName: string, subject: PacketSubject): Strings => {
  const minor = subject === 'minor';
  return {
    title: `Solicitud de congelamiento por correo: ${bureauName}`,
    fromHeading: 'De (el padre, la madre o el representante legal)',
    fromName: 'Su nombre completo',
    fromAddress: 'Su dirección postal',
    fromPhone: 'Su teléfono (opcional)',
    datePrefix: 'Fecha:',
    toHeading: 'Para',
    checkAddress: 'Dirección: confírmela en el sitio oficial antes de enviar',
    subjectLine: 'Solicitud de congelamiento de crédito para un consumidor protegido',
    salutation: 'Estimados señores:',
    paragraphs: [
      minor
        ? 'Soy el padre, la madre o el tutor legal del menor de 16 años que se nombra abajo. Les pido que congelen el expediente de crédito del menor.'
        : 'Soy el representante legal de la persona que se nombra abajo, como su tutor, curador o apoderado. Les pido que congelen su expediente de crédito como consumidor protegido.',
      minor
        ? 'Si no tienen un expediente de crédito del menor, les pido que creen uno y lo congelen.'
        : 'Si no tienen un expediente de crédito de esta persona, les pido que creen uno y lo congelen.',
      minor
        ? 'Adjunto copias de mi identificación y de un comprobante de mi dirección, del acta de nacimiento del menor o de la orden judicial que me nombra tutor, para mostrar que puedo actuar por él, y de su tarjeta de Seguro Social.'
        : 'Adjunto copias de mi identificación y de un comprobante de mi dirección, de la orden judicial o el poder legal que me permite actuar por esta persona, y de su tarjeta de Seguro Social.',
      'Les pido que me envíen la confirmación, y cualquier PIN necesario para levantar o quitar el congelamiento más adelante, a la dirección de arriba.',
    ],
    personHeading: minor ? 'El menor' : 'La persona a quien represento',
    personIntro: 'Se completa a mano.',
    personName: 'Nombre legal completo, con sufijo si tiene (Jr., III)',
    personDob: 'Fecha de nacimiento',
    personSsn: 'Número de Seguro Social',
    ssnHint: '_______ - _____ - _________',
    personAddress: 'Dirección actual',
    closing: 'Atentamente,',
    signature: 'Firma',
    signedName: 'Nombre en letra de molde',
  };
};

/** What only the user reads: the checklist page, in their language. */
const CHECKLIST: Record<
  Language,
  (
    bureauName: string,
    subject: PacketSubject,
    site: string,
  ) => {
    heading: string;
    preparedFor: (name: string) => string;
    preparedOn: (date: string) => string;
    intro: string;
    enclosuresHeading: string;
    enclosures: string[];
    beforeHeading: string;
    before: string[];
    trackingHeading: string;
    tracking: Blank[];
    trackingNote: string;
    footer: string;
    bilingual?: string;
  }
> = {
  en: (bureauName, subject, site) => ({
    heading: `What goes in the envelope to ${bureauName}`,
    preparedFor: (name) => `For: ${name}`,
    preparedOn: (date) => `Prepared on ${date}`,
    intro: 'Tick each item as you put it in the envelope. Send copies, never originals.',
    enclosuresHeading: 'Put these in the envelope',
    enclosures: [
      'The signed letter, with the blanks filled in by hand',
      'A copy of your own government photo ID, to prove who you are',
      'A copy of a recent bill or bank statement with your name and address, to prove your address',
      ...(subject === 'minor'
        ? [
            'A copy of the child’s birth certificate, which names you as the parent (a guardian also sends the court order)',
            'A copy of the child’s Social Security card',
          ]
        : [
            'A copy of the court order (guardianship or conservatorship) or the power of attorney that lets you act for the person',
            'A copy of the person’s Social Security card',
          ]),
    ],
    beforeHeading: 'Before you mail it',
    before: [
      `Check the mailing address and any form on the official site: ${site}`,
      'Make copies of everything for your own records.',
      'Send it by certified mail or another way with tracking.',
    ],
    trackingHeading: 'For your records',
    tracking: [{ label: 'Date mailed' }, { label: 'Certified-mail or tracking number' }],
    trackingNote: `Note these in Lockstep too, so it can remind you to follow up. If no letter from ${bureauName} comes, check on its official site how long it takes, then call or write again.`,
    footer: 'Lockstep never asks for or keeps a Social Security number. Write the numbers by hand, on paper only.',
  }),
  es: (bureauName, subject, site) => ({
    heading: `Qué va en el sobre para ${bureauName}`,
    preparedFor: (name) => `Para: ${name}`,
    preparedOn: (date) => `Preparado el ${date}`,
    intro: 'Marque cada cosa al ponerla en el sobre. Envíe copias, nunca los originales.',
    enclosuresHeading: 'Ponga esto en el sobre',
    enclosures: [
      'La carta firmada, con los espacios completados a mano',
      'Una copia de su propia identificación oficial con foto, para probar quién es usted',
      'Una copia de una factura o estado de cuenta reciente con su nombre y dirección, para probar su dirección',
      ...(subject === 'minor'
        ? [
            'Una copia del acta de nacimiento del menor, donde usted aparece como padre o madre (un tutor envía también la orden judicial)',
            'Una copia de la tarjeta de Seguro Social del menor',
          ]
        : [
            'Una copia de la orden judicial (tutela o curatela) o del poder legal que le permite actuar por la persona',
            'Una copia de la tarjeta de Seguro Social de la persona',
          ]),
    ],
    beforeHeading: 'Antes de enviarlo',
    before: [
      `Confirme la dirección postal y cualquier formulario en el sitio oficial: ${site}`,
      'Haga copias de todo para usted.',
      'Envíelo por correo certificado u otro medio con seguimiento.',
    ],
    trackingHeading: 'Para sus registros',
    tracking: [{ label: 'Fecha de envío' }, { label: 'Número de correo certificado o de seguimiento' }],
    trackingNote: `Anótelos también en Lockstep, para que le recuerde hacer el seguimiento. Si no llega una carta de ${bureauName}, consulte en su sitio oficial cuánto tarda, y luego llame o escriba otra vez.`,
    footer: 'Lockstep nunca pide ni guarda un número de Seguro Social. Escriba los números a mano, solo en papel.',
    bilingual: `La carta va en inglés para que ${bureauName} la tramite sin demora; debajo de cada parte está su traducción.`,
  }),
};

/** The packet's words for one bureau. Throws if the catalog has no representative step for it. */
export function buildMailPacket(input: PacketInput): MailPacketContent {
  const { bureau, subject, language } = input;
  const step = input.step ?? packetStepFor(bureau);
  if (!step) throw new Error(`The catalog has no mail-packet step for ${bureau}`);
  const bureauName = BUREAU_NAMES[bureau];
  const en = stringsEn(bureauName, subject);
  const es = stringsEs(bureauName, subject);
  const mine: Strings = language === 'en' ? en : es;
  // The bureau reads English; a Spanish packet keeps the English and prints a translation under it.
  const para = (pick: (s: Strings) => string): Paragraph =>
    language === 'en' ? { text: pick(en) } : { text: pick(en), translation: pick(es) };
  const label = (pick: (s: Strings) => string): string => (language === 'en' ? pick(en) : `${pick(en)} / ${pick(es)}`);
  // The full official address of the page, as a person types it: https://…
  const site = step.urls[0]?.url ?? 'https://consumer.ftc.gov/';
  const list = CHECKLIST[language](bureauName, subject, site);
  const fallback = label((s) => s.checkAddress);
  const to = mailAddressOf(step, language, fallback) ?? { kind: 'check', text: fallback };
  const address: LetterAddress = to.kind === 'address' ? to : { kind: 'check', label: to.text };
  const mail = step.mail;

  return {
    language,
    bureau,
    bureauName,
    subject,
    title: mine.title,
    letter: {
      from: {
        heading: label((s) => s.fromHeading),
        blanks: [
          { label: label((s) => s.fromName) },
          { label: label((s) => s.fromAddress), extraLines: 1 },
          { label: label((s) => s.fromPhone) },
        ],
      },
      date:
        language === 'en'
          ? { text: `${en.datePrefix} ${formatLongDate(input.date, 'en')}` }
          : {
              text: `${en.datePrefix} ${formatLongDate(input.date, 'en')}`,
              translation: `${es.datePrefix} ${formatLongDate(input.date, 'es')}`,
            },
      to: { heading: label((s) => s.toHeading), address },
      subjectLine: para((s) => s.subjectLine),
      salutation: en.salutation,
      paragraphs: en.paragraphs.map((text, i) =>
        language === 'en' ? { text } : { text, translation: es.paragraphs[i] ?? '' },
      ),
      person: {
        heading: label((s) => s.personHeading),
        intro: para((s) => s.personIntro),
        blanks: [
          { label: label((s) => s.personName) },
          { label: label((s) => s.personDob) },
          { label: label((s) => s.personSsn), hint: en.ssnHint },
          { label: label((s) => s.personAddress), extraLines: 1 },
        ],
      },
      closing: en.closing,
      signature: [{ label: label((s) => s.signature) }, { label: label((s) => s.signedName) }],
    },
    checklist: {
      heading: list.heading,
      preparedFor: list.preparedFor(input.profileName),
      preparedOn: list.preparedOn(formatLongDate(input.date, language)),
      intro: list.bilingual ? `${list.intro} ${list.bilingual}` : list.intro,
      enclosures: {
        heading: list.enclosuresHeading,
        items: mergeEnclosures(
          list.enclosures,
          CHECKLIST.en(bureauName, subject, site).enclosures,
          step.haveReady,
          language,
        ),
      },
      beforeMailing: {
        heading: list.beforeHeading,
        // The catalog's own caution comes first when it could not confirm the address.
        items: mail && !mail.verified ? [mail.note[language], ...list.before] : list.before,
      },
      tracking: { heading: list.trackingHeading, blanks: list.tracking, note: list.trackingNote },
    },
    footer: list.footer,
  };
}
