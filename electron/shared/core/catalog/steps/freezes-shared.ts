import type { Source, SubStep, Text } from '../types';

/** What the adult and the child/represented freeze steps share: sources, what to have ready, sub-steps. */
// A parent or legal representative acts for a child or a protected adult (FCRA protected consumers).
export const REPRESENTED = ['minor', 'represented'] as const;

export const FTC_FREEZES: Source = {
  url: 'https://consumer.ftc.gov/articles/what-know-about-credit-freezes-and-fraud-alerts',
  title: 'FTC: What to know about credit freezes and fraud alerts',
};
export const FTC_MINORS: Source = {
  url: 'https://consumer.ftc.gov/consumer-alerts/2019/03/new-protections-available-minors-under-16',
  title: 'FTC: New protections available for minors under 16',
};

export const ADULT_FREEZE_READY: Text[] = [
  {
    en: 'Your full legal name, with any suffix (Jr., III)',
    es: 'Su nombre legal completo, con sufijo si tiene (Jr., III)',
  },
  { en: 'Your date of birth', es: 'Su fecha de nacimiento' },
  { en: 'Your addresses from the past 2 years', es: 'Sus direcciones de los últimos 2 años' },
  { en: 'An email address you check', es: 'Un correo electrónico que revise' },
  {
    en: 'Your Social Security number. Type it only on the bureau’s site or phone line, never in Lockstep.',
    es: 'Su número de Seguro Social. Escríbalo solo en el sitio o la línea de la agencia, nunca en Lockstep.',
  },
];

export const MINOR_FREEZE_READY: Text[] = [
  { en: 'A copy of your own government photo ID', es: 'Una copia de su propia identificación oficial con foto' },
  {
    en: 'Proof that you can act for the person: a birth certificate that names you, a court order or a power of attorney',
    es: 'Prueba de que puede actuar por la persona: un acta de nacimiento con su nombre, una orden judicial o un poder legal',
  },
  {
    en: 'A copy of the person’s Social Security card. Send it only to the bureau, never to Lockstep.',
    es: 'Una copia de la tarjeta de Seguro Social de la persona. Envíela solo a la agencia, nunca a Lockstep.',
  },
];

/** The mail-and-wait part every minor freeze shares; the bureau's name goes into the text. */
export const MINOR_MAIL_STEPS = (bureau: string): SubStep[] => [
  {
    id: 'copies',
    text: {
      en: 'Make copies of the papers. Never send originals.',
      es: 'Haga copias de los documentos. Nunca envíe los originales.',
    },
  },
  {
    id: 'mail',
    text: {
      en: `Mail everything to ${bureau} with tracking. Note the date you mailed it and the tracking number.`,
      es: `Envíe todo a ${bureau} por correo con seguimiento. Anote la fecha de envío y el número de seguimiento.`,
    },
  },
  {
    id: 'confirm',
    text: {
      en: `Wait for a letter from ${bureau} that confirms the freeze. Keep it, and save any PIN in Lockstep’s vault.`,
      es: `Espere una carta de ${bureau} que confirme el congelamiento. Guárdela, y guarde cualquier PIN en la bóveda de Lockstep.`,
    },
  },
];

export const MINOR_WAIT_CHECK: Text = {
  en: 'How long the bureau takes to handle a mailed request for a child. Check on its site if no letter comes.',
  es: 'Cuánto tarda la agencia en tramitar una solicitud por correo para un menor. Consulte su sitio si no llega ninguna carta.',
};

/** UNVERIFIED (facts check 2026-12-02): no FTC page found that says how to look for a child's file. */
export const CHILD_FILE_CHECK: Text = {
  en: 'How to find out whether the child already has a credit file, before or with the freeze. Lockstep found no official page that explains it, so ask the bureau.',
  es: 'Cómo saber si el menor ya tiene un expediente de crédito, antes de congelarlo o al mismo tiempo. Lockstep no encontró una página oficial que lo explique, así que pregúntele a la agencia.',
};

export const CHEX_FREEZE_INFO: Source = {
  url: 'https://www.chexsystems.com/security-freeze/information',
  title: 'ChexSystems: Security freeze information (protected consumers: request in writing with proof of authority)',
};

/** ChexSystems, which banks check, takes a protected consumer's freeze request in writing. */
export const CHEX_FOR_MINORS: SubStep = {
  id: 'chexsystems',
  text: {
    en: 'Banks check ChexSystems before they open an account. It also freezes files for a child or an adult you act for. Ask in writing, with proof that you can act for the person.',
    es: 'Los bancos consultan ChexSystems antes de abrir una cuenta. ChexSystems también congela el expediente de un menor o de un adulto a quien usted representa. Pídalo por escrito y demuestre que puede actuar por esa persona.',
  },
};
