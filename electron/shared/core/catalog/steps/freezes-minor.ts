import type { CatalogStep } from '../types';
import { CONFIRM_FREEZE } from './common';
import {
  REPRESENTED,
  FTC_MINORS,
  MINOR_FREEZE_READY,
  MINOR_MAIL_STEPS,
  MINOR_WAIT_CHECK,
  CHILD_FILE_CHECK,
  CHEX_FREEZE_INFO,
  CHEX_FOR_MINORS,
} from './freezes-shared';

/** The three nationwide bureaus, for a child or a protected adult: a parent or representative asks by mail. */
export const minorFreezeSteps: CatalogStep[] = [
  {
    id: 'minor-freeze-equifax',
    section: 'freezes',
    tier: 'first', // a child's freeze is the one protection a child's file has
    agency: { en: 'Equifax', es: 'Equifax' },
    title: {
      en: 'Freeze a child’s credit at Equifax, by mail',
      es: 'Congele por correo el crédito de un menor en Equifax',
    },
    why: {
      en: 'Thieves like children’s Social Security numbers because no one checks a child’s credit for years. A freeze stops new credit in the child’s name. If the child has no credit file, Equifax makes one and freezes it.',
      es: 'A los ladrones les gustan los números de Seguro Social de los niños porque nadie revisa su crédito durante años. Un congelamiento impide nuevo crédito a nombre del menor. Si el menor no tiene expediente, Equifax crea uno y lo congela.',
    },
    urls: [
      {
        url: 'https://www.equifax.com/personal/education/identity-theft/articles/-/learn/freezing-your-childs-credit-report-faq/',
        label: {
          en: 'Equifax’s page on freezing a child’s credit, with the form',
          es: 'la página de Equifax sobre congelar el crédito de un menor, con el formulario',
        },
      },
    ],
    phones: [],
    // UNVERIFIED address (facts check 2026-12-02): Equifax's freeze page says to download and follow
    // the Minor Freeze Request form, which carries the address; no Equifax page gives it as text.
    mail: {
      verified: false,
      note: {
        en: 'Send it to the address printed on Equifax’s Minor Freeze Request form. No Equifax page that Lockstep found gives that address on its own.',
        es: 'Envíelo a la dirección impresa en el formulario de Equifax para menores (Minor Freeze Request form). Lockstep no encontró ninguna página de Equifax que dé esa dirección aparte.',
      },
      copyFrom: {
        text: {
          en: 'Copy the address printed on Equifax’s Minor Freeze Request form, linked from:',
          es: 'Copie la dirección impresa en el formulario de Equifax para menores (Minor Freeze Request form), enlazado desde:',
        },
        url: 'https://www.equifax.com/personal/credit-report-services/credit-freeze/',
      },
    },
    haveReady: [
      {
        en: 'Equifax’s minor freeze request form, filled in',
        es: 'El formulario de Equifax para congelar el crédito de un menor, completo',
      },
      ...MINOR_FREEZE_READY,
    ],
    subSteps: [
      {
        id: 'form',
        text: {
          en: 'Get the form from Equifax’s page on freezing a child’s credit, and fill it in.',
          es: 'Obtenga el formulario en la página de Equifax sobre congelar el crédito de un menor y complételo.',
        },
      },
      ...MINOR_MAIL_STEPS('Equifax'),
      CHEX_FOR_MINORS,
    ],
    minutes: 45,
    confirm: {
      en: 'A letter from Equifax confirms that the child’s file is frozen.',
      es: 'Una carta de Equifax confirma que el expediente del menor está congelado.',
    },
    record: ['mailed-date', 'tracking-number', 'freeze-pin', 'confirmation-number'],
    checkOnOfficialSite: [CHILD_FILE_CHECK, MINOR_WAIT_CHECK],
    sources: [
      {
        url: 'https://www.equifax.com/personal/education/identity-theft/articles/-/learn/freezing-your-childs-credit-report-faq/',
        title: 'Equifax: Freezing your child’s credit report FAQ',
      },
      {
        url: 'https://www.equifax.com/personal/credit-report-services/credit-freeze/',
        title: 'Equifax: Credit freeze (for a minor under 16, download and follow the Minor Freeze Request form)',
      },
      FTC_MINORS,
      CHEX_FREEZE_INFO,
    ],
    verifiedOn: '2026-12-02',
    serves: { agency: 'equifax', freeze: true },
    widgets: ['mail-packet'],
    reminders: [CONFIRM_FREEZE],
    appliesTo: { subjects: REPRESENTED },
  },
  {
    id: 'minor-freeze-experian',
    section: 'freezes',
    tier: 'first',
    agency: { en: 'Experian', es: 'Experian' },
    title: {
      en: 'Freeze a child’s credit at Experian, by mail',
      es: 'Congele por correo el crédito de un menor en Experian',
    },
    why: {
      en: 'Thieves like children’s Social Security numbers because no one checks a child’s credit for years. A freeze stops new credit in the child’s name. If the child has no credit file, Experian makes one and freezes it.',
      es: 'A los ladrones les gustan los números de Seguro Social de los niños porque nadie revisa su crédito durante años. Un congelamiento impide nuevo crédito a nombre del menor. Si el menor no tiene expediente, Experian crea uno y lo congela.',
    },
    urls: [
      {
        url: 'https://www.experian.com/blogs/ask-experian/requesting-a-security-freeze-for-a-minor-childs-credit-report/',
        label: {
          en: 'Experian’s guide to freezing a child’s credit',
          es: 'la guía de Experian para congelar el crédito de un menor',
        },
      },
    ],
    phones: [],
    mail: {
      verified: false,
      note: {
        en: 'Send it to the address Experian gives with its minor request form. Lockstep could not confirm that address for minor requests.',
        es: 'Envíelo a la dirección que Experian indica con su formulario para menores. Lockstep no pudo confirmar esa dirección para solicitudes de menores.',
      },
    },
    haveReady: [
      {
        en: 'Experian’s minor request form, filled in online and printed',
        es: 'El formulario de Experian para menores, completado por internet e impreso',
      },
      {
        en: 'A copy of a recent bill or statement that shows your address',
        es: 'Una copia de una factura o estado de cuenta reciente con su dirección',
      },
      ...MINOR_FREEZE_READY,
    ],
    subSteps: [
      {
        id: 'form',
        text: {
          en: 'Fill in Experian’s minor request form online, choose a freeze for a minor, and print it.',
          es: 'Complete por internet el formulario de Experian para menores, elija congelamiento para un menor e imprímalo.',
        },
      },
      ...MINOR_MAIL_STEPS('Experian'),
      CHEX_FOR_MINORS,
    ],
    minutes: 45,
    confirm: {
      en: 'A letter from Experian confirms that the child’s file is frozen.',
      es: 'Una carta de Experian confirma que el expediente del menor está congelado.',
    },
    record: ['mailed-date', 'tracking-number', 'freeze-pin', 'confirmation-number'],
    checkOnOfficialSite: [CHILD_FILE_CHECK, MINOR_WAIT_CHECK],
    sources: [
      {
        url: 'https://www.experian.com/blogs/ask-experian/requesting-a-security-freeze-for-a-minor-childs-credit-report/',
        title: 'Experian: How to request a security freeze for a minor child’s credit report',
      },
      FTC_MINORS,
      CHEX_FREEZE_INFO,
    ],
    verifiedOn: '2026-12-02',
    serves: { agency: 'experian', freeze: true },
    widgets: ['mail-packet'],
    reminders: [CONFIRM_FREEZE],
    appliesTo: { subjects: REPRESENTED },
  },
  {
    id: 'minor-freeze-transunion',
    section: 'freezes',
    tier: 'first',
    agency: { en: 'TransUnion', es: 'TransUnion' },
    title: {
      en: 'Freeze a child’s credit at TransUnion, by mail',
      es: 'Congele por correo el crédito de un menor en TransUnion',
    },
    why: {
      en: 'TransUnion calls this a Protected Consumer Freeze. It stops new credit in the name of a child, or of an adult you legally act for. If the person has no credit file, TransUnion makes one and freezes it.',
      es: 'TransUnion lo llama congelamiento para consumidor protegido. Impide nuevo crédito a nombre de un menor, o de un adulto a quien usted representa legalmente. Si la persona no tiene expediente, TransUnion crea uno y lo congela.',
    },
    urls: [
      {
        url: 'https://www.transunion.com/credit-freeze',
        label: {
          en: 'TransUnion’s credit freeze page, with the Protected Consumer Freeze section',
          es: 'la página de congelamiento de TransUnion, con la sección para consumidor protegido',
        },
      },
    ],
    phones: [
      {
        number: '1-800-916-8800',
        label: {
          en: 'TransUnion line for Protected Consumer Freeze questions',
          es: 'Línea de TransUnion para preguntas sobre el congelamiento para consumidor protegido',
        },
      },
    ],
    mail: { verified: true, lines: ['TransUnion Protected Consumer Freeze', 'P.O. Box 380', 'Woodlyn, PA 19094'] },
    haveReady: [
      {
        en: 'A short signed letter asking for a “Protected Consumer Freeze” for the person you name',
        es: 'Una carta breve y firmada que pida un “Protected Consumer Freeze” (así llama TransUnion, en inglés, al congelamiento para consumidor protegido) para la persona que usted nombra',
      },
      ...MINOR_FREEZE_READY,
    ],
    subSteps: [
      {
        id: 'letter',
        text: {
          en: 'Write a short letter asking for a “Protected Consumer Freeze”. Parents and guardians can ask for children 15 and younger.',
          es: 'Escriba una carta breve que pida un “Protected Consumer Freeze”. Ponga esas palabras en inglés, tal cual: es el nombre que TransUnion da al congelamiento para consumidor protegido. Los padres y tutores pueden pedirlo para niños de 15 años o menos.',
        },
      },
      ...MINOR_MAIL_STEPS('TransUnion'),
      CHEX_FOR_MINORS,
    ],
    minutes: 45,
    confirm: {
      en: 'A letter from TransUnion confirms the Protected Consumer Freeze.',
      es: 'Una carta de TransUnion confirma el congelamiento para consumidor protegido.',
    },
    record: ['mailed-date', 'tracking-number', 'freeze-pin', 'confirmation-number'],
    checkOnOfficialSite: [CHILD_FILE_CHECK, MINOR_WAIT_CHECK],
    sources: [
      {
        url: 'https://www.transunion.com/credit-freeze',
        title: 'TransUnion: Credit freeze (Protected Consumer Freeze section)',
      },
      {
        url: 'https://www.transunion.com/fraud-victim-resources/child-identity-theft',
        title: 'TransUnion: Child identity theft',
      },
      FTC_MINORS,
      CHEX_FREEZE_INFO,
    ],
    verifiedOn: '2026-12-02',
    serves: { agency: 'transunion', freeze: true },
    widgets: ['mail-packet'],
    reminders: [CONFIRM_FREEZE],
    appliesTo: { subjects: REPRESENTED },
  },
];
