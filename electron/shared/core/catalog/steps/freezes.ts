import type { CatalogStep, Source, SubStep, Text } from '../types';
import { ADULTS, CONFIRM_FREEZE, SSN_EXPOSED } from './common';

// A parent or legal representative acts for a child or a protected adult (FCRA protected consumers).
const REPRESENTED = ['minor', 'represented'] as const;

const FTC_FREEZES: Source = {
  url: 'https://consumer.ftc.gov/articles/what-know-about-credit-freezes-and-fraud-alerts',
  title: 'FTC: What to know about credit freezes and fraud alerts',
};
const FTC_MINORS: Source = {
  url: 'https://consumer.ftc.gov/consumer-alerts/2019/03/new-protections-available-minors-under-16',
  title: 'FTC: New protections available for minors under 16',
};

const ADULT_FREEZE_READY: Text[] = [
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

const MINOR_FREEZE_READY: Text[] = [
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
const MINOR_MAIL_STEPS = (bureau: string): SubStep[] => [
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

const MINOR_WAIT_CHECK: Text = {
  en: 'How long the bureau takes to handle a mailed request for a child. Check on its site if no letter comes.',
  es: 'Cuánto tarda la agencia en tramitar una solicitud por correo para un menor. Consulte su sitio si no llega ninguna carta.',
};

/** UNVERIFIED (facts check 2026-12-02): no FTC page found that says how to look for a child's file. */
const CHILD_FILE_CHECK: Text = {
  en: 'How to find out whether the child already has a credit file, before or with the freeze. Lockstep found no official page that explains it, so ask the bureau.',
  es: 'Cómo saber si el menor ya tiene un expediente de crédito, antes de congelarlo o al mismo tiempo. Lockstep no encontró una página oficial que lo explique, así que pregúntele a la agencia.',
};

const CHEX_FREEZE_INFO: Source = {
  url: 'https://www.chexsystems.com/security-freeze/information',
  title: 'ChexSystems: Security freeze information (protected consumers: request in writing with proof of authority)',
};

/** ChexSystems, which banks check, takes a protected consumer's freeze request in writing. */
const CHEX_FOR_MINORS: SubStep = {
  id: 'chexsystems',
  text: {
    en: 'Banks check ChexSystems before they open an account. It also freezes files for a child or an adult you act for. Ask in writing, with proof that you can act for the person.',
    es: 'Los bancos consultan ChexSystems antes de abrir una cuenta. ChexSystems también congela el expediente de un menor o de un adulto a quien usted representa. Pídalo por escrito y demuestre que puede actuar por esa persona.',
  },
};

export const freezeSteps: CatalogStep[] = [
  {
    id: 'freeze-equifax',
    section: 'freezes',
    ownIdentity: true,
    tier: 'first', // the big three bureaus' freezes stop new credit in this name: protects most, in minutes
    agency: { en: 'Equifax', es: 'Equifax' },
    title: { en: 'Freeze your credit at Equifax', es: 'Congele su crédito en Equifax' },
    why: {
      en: 'A freeze stops new lenders from opening credit in your name with Equifax.',
      es: 'Con el congelamiento, ningún prestamista nuevo puede usar su expediente de Equifax para abrir una cuenta de crédito a su nombre.',
    },
    urls: [
      {
        url: 'https://www.equifax.com/personal/credit-report-services/credit-freeze/',
        label: { en: "Equifax's credit freeze page", es: 'la página de congelamiento de Equifax' },
      },
    ],
    phones: [
      { number: '1-888-298-0045', label: { en: 'Equifax freeze line', es: 'Línea de congelamiento de Equifax' } },
    ],
    mail: {
      verified: true,
      lines: ['Equifax Information Services LLC', 'P.O. Box 105788', 'Atlanta, GA 30348'],
    },
    haveReady: [
      {
        en: 'Your full legal name, with any suffix (Jr., III)',
        es: 'Su nombre legal completo, con sufijo si tiene (Jr., III)',
      },
      { en: 'Your date of birth', es: 'Su fecha de nacimiento' },
      { en: 'Your addresses from the past 2 years', es: 'Sus direcciones de los últimos 2 años' },
      { en: 'An email address you check', es: 'Un correo electrónico que revise' },
      {
        en: 'Your Social Security number. Type it only on the Equifax site or phone line, never in Lockstep.',
        es: 'Su número de Seguro Social. Escríbalo solo en el sitio o la línea de Equifax, nunca en Lockstep.',
      },
    ],
    subSteps: [
      {
        id: 'account',
        text: { en: 'Create or sign in to a myEquifax account.', es: 'Cree o abra una cuenta myEquifax.' },
      },
      { id: 'place', text: { en: 'Place the freeze.', es: 'Active el congelamiento.' } },
      {
        id: 'confirm',
        text: {
          en: 'Sign in again and check that the freeze shows as on.',
          es: 'Vuelva a entrar y compruebe que el congelamiento aparece activo.',
        },
      },
    ],
    minutes: 15,
    confirm: {
      en: 'Your myEquifax account shows the freeze as on. Save the confirmation.',
      es: 'Su cuenta myEquifax muestra el congelamiento activo. Guarde la confirmación.',
    },
    record: ['login-email', 'confirmation-number'],
    sources: [
      {
        url: 'https://www.equifax.com/personal/credit-report-services/credit-freeze/',
        title: 'Equifax: Credit freeze',
      },
      FTC_FREEZES,
    ],
    verifiedOn: '2026-12-02',
    serves: { agency: 'equifax', freeze: true },
    reminders: [CONFIRM_FREEZE],
    appliesTo: { subjects: ADULTS, exposures: SSN_EXPOSED },
  },
  {
    id: 'freeze-experian',
    section: 'freezes',
    ownIdentity: true,
    tier: 'first',
    agency: { en: 'Experian', es: 'Experian' },
    title: { en: 'Freeze your credit at Experian', es: 'Congele su crédito en Experian' },
    why: {
      en: 'A freeze stops new lenders from opening credit in your name with Experian. Each bureau needs its own freeze.',
      es: 'Con el congelamiento, ningún prestamista nuevo puede usar su expediente de Experian para abrir una cuenta de crédito a su nombre. Hay que congelar el expediente en cada agencia por separado.',
    },
    urls: [
      {
        url: 'https://www.experian.com/freeze',
        label: { en: 'Experian’s freeze center', es: 'el centro de congelamiento de Experian' },
      },
    ],
    phones: [
      { number: '1-888-397-3742', label: { en: 'Experian freeze line', es: 'Línea de congelamiento de Experian' } },
    ],
    mail: { verified: true, lines: ['Experian Security Freeze', 'P.O. Box 9554', 'Allen, TX 75013'] },
    haveReady: [
      ...ADULT_FREEZE_READY,
      {
        en: 'By mail only: a copy of a government ID and of a recent bill or statement that shows your address',
        es: 'Solo por correo: una copia de una identificación oficial y de una factura o estado de cuenta reciente con su dirección',
      },
    ],
    subSteps: [
      {
        id: 'place',
        text: {
          en: 'Place the freeze on Experian’s site, by phone or by mail. Online or by phone it starts within 1 business day. By mail it takes up to 3 business days after it arrives.',
          es: 'Active el congelamiento en el sitio de Experian, por teléfono o por correo. Por internet o teléfono empieza en 1 día hábil. Por correo tarda hasta 3 días hábiles después de llegar.',
        },
      },
      {
        id: 'credential',
        text: {
          en: 'Experian gives you a PIN or a password when you freeze. Save it in Lockstep’s vault. You need it to lift or remove the freeze.',
          es: 'Experian le da un PIN o una contraseña al congelar. Guárdelo en la bóveda de Lockstep. Lo necesitará para levantar o quitar el congelamiento.',
        },
      },
      {
        id: 'confirm',
        text: {
          en: 'Check again after the wait, online or by phone, that the freeze shows as on.',
          es: 'Después de la espera, compruebe otra vez por internet o por teléfono que el congelamiento aparece activo.',
        },
      },
    ],
    minutes: 15,
    confirm: {
      en: 'Experian shows the freeze as on, and your PIN or password is in the vault.',
      es: 'Experian muestra el congelamiento activo y su PIN o contraseña está en la bóveda.',
    },
    record: ['freeze-pin', 'confirmation-number'],
    sources: [
      {
        url: 'https://www.experian.com/blogs/ask-experian/credit-education/preventing-fraud/security-freeze/',
        title: 'Experian: Security freeze',
      },
      {
        url: 'https://www.experian.com/blogs/ask-experian/acr-faqs/acr-security-freeze-basics/',
        title: 'Experian: Security freeze basics',
      },
      FTC_FREEZES,
    ],
    verifiedOn: '2026-12-02',
    serves: { agency: 'experian', freeze: true },
    reminders: [CONFIRM_FREEZE],
    appliesTo: { subjects: ADULTS, exposures: SSN_EXPOSED },
  },
  {
    id: 'freeze-transunion',
    section: 'freezes',
    ownIdentity: true,
    tier: 'first',
    agency: { en: 'TransUnion', es: 'TransUnion' },
    title: { en: 'Freeze your credit at TransUnion', es: 'Congele su crédito en TransUnion' },
    why: {
      en: 'A freeze stops new lenders from opening credit in your name with TransUnion. In 2023 the CFPB, a federal consumer agency, fined TransUnion after some freeze requests were not carried out. So check that yours took effect.',
      es: 'Con el congelamiento, ningún prestamista nuevo puede usar su expediente de TransUnion para abrir una cuenta de crédito a su nombre. En 2023 la CFPB, una agencia federal del consumidor, multó a TransUnion porque algunas solicitudes de congelamiento no se cumplieron. Por eso compruebe que el suyo quedó activo.',
    },
    urls: [
      {
        url: 'https://www.transunion.com/credit-freeze',
        label: { en: 'TransUnion’s credit freeze page', es: 'la página de congelamiento de TransUnion' },
      },
    ],
    phones: [
      { number: '1-888-909-8872', label: { en: 'TransUnion freeze line', es: 'Línea de congelamiento de TransUnion' } },
    ],
    mail: {
      verified: false,
      note: {
        en: 'TransUnion’s mailing address for freeze requests is unclear: sources show different P.O. boxes. Check the address on TransUnion’s site before you mail anything.',
        es: 'La dirección postal de TransUnion para congelamientos no está clara: las fuentes muestran apartados distintos. Confirme la dirección en el sitio de TransUnion antes de enviar algo.',
      },
    },
    haveReady: ADULT_FREEZE_READY,
    subSteps: [
      {
        id: 'account',
        text: {
          en: 'Create or sign in to your TransUnion account.',
          es: 'Cree su cuenta de TransUnion o entre en ella.',
        },
      },
      {
        id: 'place',
        text: {
          en: 'Place the freeze. Online or by phone it starts within 1 business day.',
          es: 'Active el congelamiento. Por internet o por teléfono empieza en 1 día hábil.',
        },
      },
      {
        id: 'pin',
        text: {
          en: 'Online you use your login. For changes by phone, TransUnion asks for a PIN. Save it in Lockstep’s vault.',
          es: 'Por internet le basta con su usuario y contraseña. Para hacer cambios por teléfono, TransUnion le pide un PIN. Guárdelo en la bóveda de Lockstep.',
        },
      },
      {
        id: 'spouse',
        text: {
          en: 'At TransUnion, spouses can place or remove each other’s freezes by phone. So your spouse can call for you, and you for them.',
          es: 'En TransUnion, un cónyuge puede poner o quitar por teléfono el congelamiento del otro. Así, su cónyuge puede llamar en su nombre, y usted en el de su cónyuge.',
        },
      },
      {
        id: 'confirm',
        text: {
          en: 'After 1 business day, sign in again and check that the freeze shows as on. If it does not, call TransUnion.',
          es: 'Después de 1 día hábil, vuelva a entrar y compruebe que el congelamiento aparece activo. Si no, llame a TransUnion.',
        },
      },
    ],
    minutes: 15,
    confirm: {
      en: 'Your TransUnion account shows the freeze as on. Save the confirmation.',
      es: 'Su cuenta de TransUnion muestra el congelamiento activo. Guarde la confirmación.',
    },
    record: ['login-email', 'freeze-pin', 'confirmation-number'],
    checkOnOfficialSite: [
      {
        en: 'The mailing address for freeze requests by mail.',
        es: 'La dirección postal para pedir el congelamiento por correo.',
      },
    ],
    sources: [
      { url: 'https://www.transunion.com/credit-freeze', title: 'TransUnion: Credit freeze' },
      { url: 'https://www.transunion.com/credit-freeze/credit-freeze-faq', title: 'TransUnion: Credit freeze FAQ' },
      FTC_FREEZES,
    ],
    verifiedOn: '2026-12-02',
    serves: { agency: 'transunion', freeze: true },
    reminders: [CONFIRM_FREEZE],
    appliesTo: { subjects: ADULTS, exposures: SSN_EXPOSED },
  },
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
  {
    id: 'thaw-planner',
    section: 'freezes',
    ownIdentity: true,
    tier: 'week', // only matters before the coming loan or lease; plan the thaw once the freezes are on
    agency: { en: 'Equifax, Experian and TransUnion', es: 'Equifax, Experian y TransUnion' },
    title: {
      en: 'Plan a short lift before you apply for credit',
      es: 'Antes de pedir crédito, levante el congelamiento por un tiempo breve',
    },
    why: {
      en: 'Your freezes also block your own applications. A short lift lets one lender see your file while the freeze stays in place for everyone else.',
      es: 'El congelamiento también frena las solicitudes que usted mismo hace. Si lo levanta por poco tiempo, un prestamista puede ver su expediente y los demás siguen sin acceso.',
    },
    urls: [
      {
        url: 'https://www.equifax.com/personal/credit-report-services/credit-freeze/',
        label: { en: 'Equifax’s credit freeze page', es: 'la página de congelamiento de Equifax' },
      },
      {
        url: 'https://www.experian.com/freeze',
        label: { en: 'Experian’s freeze center', es: 'el centro de congelamiento de Experian' },
      },
      {
        url: 'https://www.transunion.com/credit-freeze',
        label: { en: 'TransUnion’s credit freeze page', es: 'la página de congelamiento de TransUnion' },
      },
    ],
    phones: [
      { number: '1-888-298-0045', label: { en: 'Equifax freeze line', es: 'Línea de congelamiento de Equifax' } },
      { number: '1-888-397-3742', label: { en: 'Experian freeze line', es: 'Línea de congelamiento de Experian' } },
      { number: '1-888-909-8872', label: { en: 'TransUnion freeze line', es: 'Línea de congelamiento de TransUnion' } },
    ],
    haveReady: [
      {
        en: 'The lender’s name and the date you plan to apply',
        es: 'El nombre del prestamista y la fecha en que piensa solicitar',
      },
      {
        en: 'Each bureau’s login, PIN or password, from Lockstep’s vault',
        es: 'El acceso, PIN o contraseña de cada agencia, de la bóveda de Lockstep',
      },
    ],
    subSteps: [
      {
        id: 'ask-lender',
        text: {
          en: 'Ask the lender which credit bureau or bureaus it will check. Lift only those.',
          es: 'Pregunte al prestamista qué agencia o agencias de crédito va a consultar. Levante solo esas.',
        },
      },
      {
        id: 'choose',
        text: {
          en: 'Choose dates that cover the application, or name the lender, if the bureau offers that.',
          es: 'Elija fechas que cubran la solicitud, o indique el nombre del prestamista, si la agencia lo permite.',
        },
      },
      {
        id: 'timing',
        text: {
          en: 'Online or by phone, a lift starts within 1 hour. By mail it can take up to 3 business days after it arrives.',
          es: 'Por internet o por teléfono, el levantamiento empieza en 1 hora. Por correo puede tardar hasta 3 días hábiles después de llegar.',
        },
      },
      {
        id: 'recheck',
        text: {
          en: 'When the dates end, sign in and check that each freeze is on again.',
          es: 'Cuando terminen las fechas, entre y compruebe que cada congelamiento está activo otra vez.',
        },
      },
    ],
    minutes: 20,
    confirm: {
      en: 'The lender could see your file, and afterwards every freeze shows as on again.',
      es: 'El prestamista pudo ver su expediente y después cada congelamiento aparece activo de nuevo.',
    },
    record: ['confirmation-number'],
    sources: [
      FTC_FREEZES,
      {
        url: 'https://www.experian.com/blogs/ask-experian/credit-education/preventing-fraud/security-freeze/',
        title: 'Experian: Security freeze',
      },
    ],
    verifiedOn: '2026-12-02',
    widgets: ['thaw-dates'],
    reminders: [
      {
        kind: 'thaw-end',
        from: 'thaw',
        title: {
          en: 'Check that your {{bureau}} freeze is back on',
          es: 'Compruebe que su congelamiento en {{bureau}} volvió a estar activo',
        },
      },
    ],
    // A thaw lifts a freeze: only for those the freezes apply to.
    appliesTo: { subjects: ADULTS, exposures: SSN_EXPOSED, creditSoonOnly: true },
  },
];
