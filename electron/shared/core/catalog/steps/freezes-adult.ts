import type { CatalogStep } from '../types';
import { ADULTS, CONFIRM_FREEZE, SSN_EXPOSED } from './common';
import { FTC_FREEZES, ADULT_FREEZE_READY } from './freezes-shared';

/** The three nationwide bureaus, for an adult who freezes their own files. */
export const adultFreezeSteps: CatalogStep[] = [
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
];
