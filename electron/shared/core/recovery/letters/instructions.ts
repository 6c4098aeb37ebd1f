import type { Language } from '../../documents/packet-content';
import type { LetterKind } from './types';

/** What the instruction page needs to know; all of it already in the person's language. */
export interface InstructionFacts {
  /** The bureau or company the letter goes to. */
  to: string;
  /** The action the mailing date is recorded on. */
  actionTitle: string;
  mailDays: number;
  /** The legal facts behind the letter, each with its source and the day it was checked. */
  facts: string[];
  /** For a bureau: where the address came from, or that it must be checked on the official site. */
  address?: { kind: 'catalog'; host: string; checkedOn: string } | { kind: 'check'; host: string };
}

type Instructions = (
  kind: LetterKind,
  f: InstructionFacts,
) => { heading: string; title: string; lines: string[]; lawHeading: string; law: string[] };

const en: Instructions = (kind, f) => {
  const title = {
    'block-605b': `Identity theft block request (§605B) to ${f.to}`,
    dispute: `Dispute letter to ${f.to}`,
    'records-609e': `Request for account records (§609(e)) to ${f.to}`,
    'extended-alert': `Extended fraud alert request to ${f.to}`,
  }[kind];
  const enclose =
    kind === 'dispute'
      ? 'Enclose copies (never originals) of your FTC Identity Theft Report, a photo ID, and any statement or notice that shows the account or charges.'
      : kind === 'records-609e'
        ? 'Enclose copies (never originals) of your FTC Identity Theft Report and a photo ID: the business may ask for both before it sends the records.'
        : 'Enclose copies (never originals) of your FTC Identity Theft Report, a photo ID and a recent bill or statement with your address.';
  const address =
    f.address?.kind === 'catalog'
      ? `The address is the one ${f.to} lists for freeze requests (Lockstep checked it on ${f.address.host} on ${f.address.checkedOn}). Before you mail, check on ${f.address.host} where ${f.to} takes identity theft requests.`
      : f.address?.kind === 'check'
        ? `Lockstep could not confirm ${f.to}'s mailing address. Check the address on the official site, ${f.address.host}, and write it on the letter.`
        : `Write ${f.to}'s address for fraud or disputes on the letter: use a statement or the company's official site, never a number or address from a caller.`;
  return {
    title,
    heading: 'Before you mail it',
    lawHeading: 'The law behind this letter',
    law: f.facts,
    lines: [
      'Fill in the blanks by hand: your address, date of birth and, where asked, your Social Security number. Lockstep never keeps them.',
      'Sign and date the letter, and keep a copy of everything you send.',
      enclose,
      address,
      'Send it by certified mail, with a return receipt if you can.',
      `Then record the day you mailed it, and the tracking number, in Lockstep under "${f.actionTitle}". The reminder counts ${f.mailDays} days for the mail to arrive: an assumption, not a rule.`,
    ],
  };
};

const es: Instructions = (kind, f) => {
  const title = {
    'block-605b': `Solicitud de bloqueo por robo de identidad (§605B) a ${f.to}`,
    dispute: `Carta de disputa a ${f.to}`,
    'records-609e': `Solicitud de registros de la cuenta (§609(e)) a ${f.to}`,
    'extended-alert': `Solicitud de alerta de fraude extendida a ${f.to}`,
  }[kind];
  const enclose =
    kind === 'dispute'
      ? 'Adjunte copias (nunca originales) de su Informe de Robo de Identidad de la FTC, una identificación con foto y cualquier estado de cuenta o aviso que muestre la cuenta o los cargos.'
      : kind === 'records-609e'
        ? 'Adjunte copias (nunca originales) de su Informe de Robo de Identidad de la FTC y de una identificación con foto: la empresa puede pedir ambos antes de enviar los registros.'
        : 'Adjunte copias (nunca originales) de su Informe de Robo de Identidad de la FTC, una identificación con foto y una factura o estado de cuenta reciente con su dirección.';
  const address =
    f.address?.kind === 'catalog'
      ? `La dirección es la que ${f.to} indica para congelamientos (Lockstep la verificó en ${f.address.host} el ${f.address.checkedOn}). Antes de enviar, confirme en ${f.address.host} dónde recibe ${f.to} las solicitudes por robo de identidad.`
      : f.address?.kind === 'check'
        ? `Lockstep no pudo confirmar la dirección postal de ${f.to}. Confírmela en el sitio oficial, ${f.address.host}, y escríbala en la carta.`
        : `Escriba en la carta la dirección de ${f.to} para fraudes o disputas: tómela de un estado de cuenta o del sitio oficial de la empresa, nunca de quien le llame.`;
  return {
    title,
    heading: 'Antes de enviarla',
    lawHeading: 'La ley detrás de esta carta',
    law: f.facts,
    lines: [
      'Llene a mano los espacios en blanco: su dirección, su fecha de nacimiento y, donde se pida, su número de Seguro Social. Lockstep nunca los guarda.',
      'Firme y ponga la fecha en la carta, y guarde una copia de todo lo que envíe.',
      enclose,
      address,
      'Envíela por correo certificado, con acuse de recibo si puede.',
      `Después anote en Lockstep el día en que la envió, y el número de seguimiento, en "${f.actionTitle}". El recordatorio cuenta ${f.mailDays} días para que llegue el correo: una suposición, no una regla.`,
      'La carta va en inglés para que la traten sin demora; debajo de cada parte está su traducción.',
    ],
  };
};

export const INSTRUCTIONS: Readonly<Record<Language, Instructions>> = { en, es };
