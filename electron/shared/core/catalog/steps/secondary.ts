import type { CatalogStep, SubStep, Text } from '../types';
import { ADULTS, CONFIRM_FREEZE, SSN_EXPOSED } from './common';

// The sources describe online and phone freezes for the person themselves. Representatives of
// protected consumers must write to each agency instead; that path is not in these steps.

const SSN_ON_SITE_ONLY: Text = {
  en: 'Your Social Security number. Give it only on the agency’s own site or phone line, never in Lockstep.',
  es: 'Su número de Seguro Social. Compártalo solo en el sitio web o por la línea telefónica de la propia agencia, nunca en Lockstep.',
};

const BASIC_READY: Text[] = [
  {
    en: 'Your full legal name, date of birth and current address',
    es: 'Su nombre legal completo, su fecha de nacimiento y su dirección actual',
  },
  SSN_ON_SITE_ONLY,
];

const saveAndConfirm = (agency: string): SubStep[] => [
  {
    id: 'save',
    text: {
      en: `Save the confirmation and any PIN from ${agency} in Lockstep’s vault.`,
      es: `Guarde en la bóveda de Lockstep la confirmación y cualquier PIN de ${agency}.`,
    },
  },
  {
    id: 'confirm',
    text: {
      en: `Check with ${agency} that the freeze shows as on.`,
      es: `Compruebe con ${agency} que el congelamiento aparece activo.`,
    },
  },
];

/** Agencies beyond the big three that lenders, phone companies and banks also check. */
export const secondarySteps: CatalogStep[] = [
  {
    id: 'freeze-nctue',
    section: 'secondary',
    ownIdentity: true,
    tier: 'week', // the phone-account file matters after a carrier breach, but fewer lenders ask it
    agency: { en: 'NCTUE (telecom and utility exchange)', es: 'NCTUE (registro de telefonía y servicios públicos)' },
    title: { en: 'Freeze your NCTUE file', es: 'Congele su expediente en NCTUE' },
    why: {
      en: 'Phone, pay-TV and utility companies check this file before they open an account. The freeze is free.',
      es: 'Las compañías de teléfono, televisión de pago y servicios públicos revisan este expediente antes de abrir una cuenta. El congelamiento es gratis.',
    },
    urls: [
      {
        url: 'https://www.exchangeservicecenter.com/Freeze',
        label: {
          en: 'NCTUE’s freeze page (Exchange Service Center)',
          es: 'la página de congelamiento de NCTUE (Exchange Service Center)',
        },
      },
    ],
    phones: [
      {
        number: '1-866-349-5185',
        label: {
          en: 'NCTUE line for a copy of your file (disclosure report)',
          es: 'Línea de NCTUE para pedir una copia de su expediente',
        },
      },
    ],
    haveReady: BASIC_READY,
    subSteps: [
      {
        id: 'place',
        text: {
          en: 'Place the freeze on NCTUE’s freeze page.',
          es: 'Active el congelamiento en la página de congelamiento de NCTUE.',
        },
      },
      ...saveAndConfirm('NCTUE'),
      {
        id: 'report',
        text: {
          en: 'If you like, call the disclosure line to get a copy of your NCTUE file and check it.',
          es: 'Si quiere, llame a NCTUE, pida una copia de su expediente y revísela.',
        },
      },
    ],
    minutes: 15,
    confirm: { en: 'NCTUE confirms the freeze is on.', es: 'NCTUE confirma que el congelamiento está activo.' },
    record: ['confirmation-number', 'freeze-pin'],
    checkOnOfficialSite: [
      {
        en: 'NCTUE’s phone number for freezes. Sources disagree, so use the number on NCTUE’s own site.',
        es: 'El teléfono de NCTUE para congelamientos. Las fuentes no coinciden, así que use el número del sitio de NCTUE.',
      },
    ],
    sources: [
      {
        url: 'https://www.exchangeservicecenter.com/Freeze/jsp/SFF_GeneralInfo.jsp',
        title: 'Exchange Service Center: Exchange security freeze',
      },
      { url: 'https://nctue.com/consumers/', title: 'NCTUE: Consumers' },
    ],
    verifiedOn: '2026-12-02',
    orderHints: [
      {
        when: 'carrier-breach',
        note: 'phone-accounts-file',
        source: {
          url: 'https://nctue.com/consumers/',
          title: 'NCTUE: phone, pay-TV and utility companies report to it',
        },
      },
    ],
    serves: { agency: 'nctue', freeze: true },
    reminders: [CONFIRM_FREEZE],
    appliesTo: { subjects: ADULTS, exposures: SSN_EXPOSED },
  },
  {
    id: 'freeze-innovis',
    section: 'secondary',
    ownIdentity: true,
    tier: 'when-you-can', // few lenders ask Innovis; free to freeze
    agency: { en: 'Innovis', es: 'Innovis' },
    title: { en: 'Freeze your credit at Innovis', es: 'Congele su crédito en Innovis' },
    why: {
      en: 'Innovis is a smaller credit bureau that some lenders check. A freeze there closes one more door.',
      es: 'Innovis es una agencia de crédito más pequeña que algunos prestamistas consultan. Congelar ahí cierra una puerta más.',
    },
    urls: [
      {
        url: 'https://www.innovis.com/personal/securityFreeze',
        label: { en: 'Innovis’s security freeze page', es: 'la página de congelamiento de Innovis' },
      },
    ],
    phones: [
      { number: '1-800-540-2505', label: { en: 'Innovis consumer line', es: 'Línea de Innovis para consumidores' } },
    ],
    haveReady: BASIC_READY,
    subSteps: [
      {
        id: 'place',
        text: {
          en: 'Place the freeze on Innovis’s site or by phone.',
          es: 'Active el congelamiento en el sitio de Innovis o por teléfono.',
        },
      },
      ...saveAndConfirm('Innovis'),
    ],
    minutes: 15,
    confirm: { en: 'Innovis confirms the freeze is on.', es: 'Innovis confirma que el congelamiento está activo.' },
    record: ['confirmation-number', 'freeze-pin'],
    sources: [{ url: 'https://www.innovis.com/personal/lc_securityFreeze', title: 'Innovis: Security freeze' }],
    verifiedOn: '2026-12-02',
    serves: { agency: 'innovis', freeze: true },
    reminders: [CONFIRM_FREEZE],
    appliesTo: { subjects: ADULTS, exposures: SSN_EXPOSED },
  },
  {
    id: 'freeze-chexsystems',
    section: 'secondary',
    ownIdentity: true,
    tier: 'when-you-can', // stops new bank accounts; fewer people need it at once
    agency: { en: 'ChexSystems', es: 'ChexSystems' },
    title: { en: 'Freeze your ChexSystems file', es: 'Congele su expediente en ChexSystems' },
    why: {
      en: 'Banks check ChexSystems before they open a checking or savings account. A freeze makes it harder for a thief to open a bank account in your name.',
      es: 'Los bancos consultan ChexSystems antes de abrir una cuenta de cheques o de ahorros. Un congelamiento dificulta que un ladrón abra una cuenta bancaria a su nombre.',
    },
    urls: [
      {
        url: 'https://www.chexsystems.com/security-freeze/information',
        label: { en: 'ChexSystems’ security freeze page', es: 'la página de congelamiento de ChexSystems' },
      },
    ],
    phones: [
      {
        number: '1-800-887-7652',
        label: { en: 'ChexSystems consumer line', es: 'Línea de ChexSystems para consumidores' },
      },
    ],
    haveReady: [
      ...BASIC_READY,
      { en: 'Your driver’s license number and state', es: 'El número y el estado de su licencia de conducir' },
    ],
    subSteps: [
      {
        id: 'place',
        text: {
          en: 'Place the freeze on the ChexSystems site or by phone.',
          es: 'Active el congelamiento en el sitio de ChexSystems o por teléfono.',
        },
      },
      {
        id: 'pin',
        text: {
          en: 'ChexSystems mails you a PIN. When it arrives, save it in Lockstep’s vault. You need it to lift or remove the freeze.',
          es: 'ChexSystems le envía un PIN por correo. Cuando llegue, guárdelo en la bóveda de Lockstep. Lo necesitará para levantar o quitar el congelamiento.',
        },
      },
      {
        id: 'confirm',
        text: {
          en: 'Check with ChexSystems that the freeze shows as on.',
          es: 'Compruebe con ChexSystems que el congelamiento aparece activo.',
        },
      },
    ],
    minutes: 15,
    confirm: {
      en: 'The PIN letter has arrived and is in the vault.',
      es: 'La carta con el PIN llegó y el PIN está en la bóveda.',
    },
    record: ['freeze-pin', 'confirmation-number'],
    sources: [
      {
        url: 'https://www.chexsystems.com/security-freeze/information',
        title: 'ChexSystems: Security freeze information',
      },
      {
        url: 'https://www.chexsystems.com/web/chexsystems/consumerdebit/otherpage/PINInformation/!ut/p/z0/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zizQIsPN2NLAx8DDyc3AwcXYPMnM28_YwsnM31C7IdFQHlG_NS/',
        title: 'ChexSystems: Security freeze PIN information',
      },
    ],
    verifiedOn: '2026-12-02',
    serves: { agency: 'chexsystems', freeze: true },
    reminders: [CONFIRM_FREEZE],
    appliesTo: { subjects: ADULTS, exposures: SSN_EXPOSED },
  },
  {
    id: 'freeze-lexisnexis',
    section: 'secondary',
    ownIdentity: true,
    tier: 'when-you-can', // an extra file some lenders and insurers ask
    agency: { en: 'LexisNexis Risk Solutions', es: 'LexisNexis Risk Solutions' },
    title: { en: 'Freeze your LexisNexis file', es: 'Congele su expediente en LexisNexis' },
    why: {
      en: 'LexisNexis sells consumer reports that some lenders use. One free freeze there also covers SageStream, a smaller agency.',
      es: 'LexisNexis vende informes de consumidores que usan algunos prestamistas. Un solo congelamiento gratis ahí cubre también SageStream, una agencia más pequeña.',
    },
    urls: [
      {
        url: 'https://consumer.risk.lexisnexis.com/freeze',
        label: { en: 'LexisNexis’s security freeze page', es: 'la página de congelamiento de LexisNexis' },
      },
    ],
    phones: [],
    haveReady: BASIC_READY,
    subSteps: [
      {
        id: 'place',
        text: {
          en: 'Ask for the freeze on the LexisNexis consumer page.',
          es: 'Pida el congelamiento en la página de LexisNexis para consumidores.',
        },
      },
      ...saveAndConfirm('LexisNexis'),
    ],
    minutes: 15,
    confirm: {
      en: 'LexisNexis confirms the freeze is on.',
      es: 'LexisNexis confirma que el congelamiento está activo.',
    },
    record: ['confirmation-number', 'freeze-pin'],
    sources: [
      {
        url: 'https://consumer.risk.lexisnexis.com/freeze',
        title: 'LexisNexis Risk Solutions: Request a security freeze',
      },
    ],
    verifiedOn: '2026-12-02',
    serves: { agency: 'lexisnexis', freeze: true },
    reminders: [CONFIRM_FREEZE],
    appliesTo: { subjects: ADULTS, exposures: SSN_EXPOSED },
  },
  {
    id: 'optout-prescreen',
    section: 'secondary',
    ownIdentity: true,
    tier: 'when-you-can', // fewer pre-approved offers in the mail; convenience, not urgent
    agency: {
      en: 'OptOutPrescreen.com (run by the credit bureaus)',
      es: 'OptOutPrescreen.com (a cargo de las agencias de crédito)',
    },
    title: { en: 'Stop pre-screened credit offers', es: 'Deje de recibir ofertas de crédito preseleccionadas' },
    why: {
      en: 'Pre-screened offers are credit or insurance offers mailed to you because your credit file matched a list. Fewer offers in the mail means fewer for a thief to steal. A freeze does not stop them; opting out does.',
      es: 'Las ofertas preseleccionadas son ofertas de crédito o seguro que le llegan por correo porque su expediente coincidió con una lista. Menos ofertas en el buzón significa menos para que un ladrón robe. Un congelamiento no las detiene; darse de baja sí.',
    },
    urls: [
      {
        url: 'https://www.optoutprescreen.com/',
        label: { en: 'OptOutPrescreen.com', es: 'el sitio OptOutPrescreen.com' },
      },
    ],
    phones: [
      {
        number: '1-888-567-8688',
        label: { en: 'Opt-out line (1-888-5-OPT-OUT)', es: 'Línea para darse de baja (1-888-5-OPT-OUT)' },
      },
    ],
    haveReady: [
      {
        en: 'Your name, home phone number and date of birth',
        es: 'Su nombre, su teléfono de casa y su fecha de nacimiento',
      },
      SSN_ON_SITE_ONLY,
    ],
    subSteps: [
      {
        id: 'choose',
        text: {
          en: 'Choose five years or for good. Five years works online or by phone.',
          es: 'Elija cinco años o para siempre. Cinco años se puede pedir por internet o por teléfono.',
        },
      },
      {
        id: 'permanent',
        text: {
          en: 'To opt out for good, start online. Then sign and mail the form the site gives you.',
          es: 'Para darse de baja para siempre, empiece por internet. Luego firme y envíe por correo el formulario que le da el sitio.',
        },
      },
      {
        id: 'confirm',
        text: {
          en: 'Save the confirmation. You can opt back in later the same way.',
          es: 'Guarde la confirmación. Más adelante puede volver a inscribirse de la misma forma.',
        },
      },
    ],
    minutes: 10,
    confirm: {
      en: 'The site or phone line confirmed your opt-out.',
      es: 'El sitio o la línea telefónica confirmó su baja.',
    },
    record: ['confirmation-number', 'mailed-date'],
    sources: [
      { url: 'https://www.ftc.gov/node/41795', title: 'FTC: Rule on prescreened offer opt-out notices' },
      { url: 'https://www.optoutprescreen.com/', title: 'OptOutPrescreen.com' },
    ],
    verifiedOn: '2026-12-02',
    appliesTo: { subjects: ADULTS },
  },
];
