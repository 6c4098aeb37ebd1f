import type { CatalogStep } from '../types';

// Only the person can pass these identity checks; no source says a representative may do it for them.
const ADULTS = ['self', 'spouse'] as const;

/** Steps that come before any freeze: their online identity checks read the credit file. */
export const firstSteps: CatalogStep[] = [
  {
    id: 'ssa-account',
    section: 'first',
    agency: { en: 'Social Security Administration (SSA)', es: 'Administración del Seguro Social (SSA)' },
    title: { en: 'Open your my Social Security account', es: 'Abra su cuenta my Social Security' },
    why: {
      en: 'Do this before you freeze your credit. The sign-up identity check reads your credit file, so a freeze can make it fail. Your own account stops a thief from opening one in your name.',
      es: 'Hágalo antes de congelar su crédito. La verificación de identidad al registrarse consulta su expediente de crédito, así que un congelamiento puede hacerla fallar. Tener su propia cuenta impide que un ladrón abra una a su nombre.',
    },
    urls: [
      {
        url: 'https://www.ssa.gov/myaccount/',
        label: { en: 'SSA’s my Social Security page', es: 'la página my Social Security del Seguro Social' },
      },
    ],
    phones: [
      {
        number: '1-800-772-1213',
        label: { en: 'Social Security main line', es: 'Línea principal del Seguro Social' },
      },
    ],
    haveReady: [
      { en: 'An email address you check', es: 'Un correo electrónico que revise' },
      { en: 'Your mobile phone, for sign-in codes', es: 'Su teléfono celular, para recibir códigos de acceso' },
      {
        en: 'Your Social Security number. Type it only on ssa.gov, never in Lockstep.',
        es: 'Su número de Seguro Social. Escríbalo solo en ssa.gov, nunca en Lockstep.',
      },
    ],
    subSteps: [
      {
        id: 'open',
        text: {
          en: 'Go to SSA’s my Social Security page and choose to create an account.',
          es: 'Vaya a la página my Social Security y elija crear una cuenta.',
        },
      },
      {
        id: 'verify',
        text: {
          en: 'Answer the identity questions. SSA may send you to a partner sign-in service to do this.',
          es: 'Responda las preguntas de identidad. Es posible que el Seguro Social lo envíe a un servicio asociado para hacerlo.',
        },
      },
      {
        id: 'block-instead',
        text: {
          en: 'If you never want online access, call SSA and ask them to block electronic access to your record. Then no one, not even you, can see or change it online or by the automated phone line.',
          es: 'Si no quiere acceso por internet, llame al Seguro Social y pida que bloqueen el acceso electrónico a su registro. Así nadie, ni usted, podrá verlo ni cambiarlo por internet o por la línea automática.',
        },
      },
      {
        id: 'confirm',
        text: {
          en: 'Sign in once more and check that you can see your own record.',
          es: 'Vuelva a entrar y compruebe que puede ver su propio registro.',
        },
      },
    ],
    minutes: 20,
    confirm: {
      en: 'You can sign in and see your own Social Security record. Or SSA has told you the block is in place.',
      es: 'Puede entrar y ver su propio registro del Seguro Social. O el Seguro Social le confirmó que el bloqueo está activo.',
    },
    record: ['login-email'],
    sources: [
      {
        url: 'https://blog.ssa.gov/protecting-your-social-security/',
        title: 'SSA blog: Protecting your Social Security',
      },
    ],
    verifiedOn: '2026-11-23',
    appliesTo: { subjects: ADULTS },
  },
  {
    id: 'irs-ip-pin',
    section: 'first',
    agency: { en: 'Internal Revenue Service (IRS)', es: 'Servicio de Impuestos Internos (IRS)' },
    title: { en: 'Get an IRS Identity Protection PIN', es: 'Obtenga un PIN de protección de identidad del IRS' },
    why: {
      en: 'Get this before you freeze your credit. The IRS identity check reads your credit file, so a freeze can make it fail. The IP PIN stops anyone else from filing a federal tax return with your number.',
      es: 'Obténgalo antes de congelar su crédito. La verificación de identidad del IRS consulta su expediente de crédito, así que un congelamiento puede hacerla fallar. El IP PIN impide que otra persona presente una declaración federal con su número.',
    },
    urls: [
      {
        url: 'https://www.irs.gov/identity-theft-fraud-scams/get-an-identity-protection-pin',
        label: { en: 'the IRS “Get an IP PIN” page', es: 'la página del IRS para obtener un IP PIN' },
      },
    ],
    phones: [],
    haveReady: [
      {
        en: 'A photo ID and your mobile phone, for the IRS identity check',
        es: 'Una identificación con foto y su celular, para la verificación del IRS',
      },
      {
        en: 'Your Social Security number or ITIN. Type it only on irs.gov, never in Lockstep.',
        es: 'Su número de Seguro Social o ITIN. Escríbalo solo en irs.gov, nunca en Lockstep.',
      },
    ],
    subSteps: [
      {
        id: 'sign-in',
        text: {
          en: 'Open the IRS “Get an IP PIN” page. Sign in to your IRS account, or create one.',
          es: 'Abra la página del IRS para obtener un IP PIN. Entre a su cuenta del IRS o cree una.',
        },
      },
      {
        id: 'verify',
        text: {
          en: 'Finish the identity check the IRS asks for.',
          es: 'Complete la verificación de identidad que pide el IRS.',
        },
      },
      {
        id: 'get-pin',
        text: {
          en: 'Your 6-digit IP PIN appears on screen. Keep it with your tax papers. Give it only to the person who files your return.',
          es: 'Su IP PIN de 6 dígitos aparece en la pantalla. Guárdelo con sus papeles de impuestos. Déselo solo a quien prepare su declaración.',
        },
      },
      {
        id: 'every-year',
        text: {
          en: 'You get a new IP PIN every year. Lockstep reminds you each January to get the new one.',
          es: 'Cada año recibe un IP PIN nuevo. Lockstep le recuerda cada enero que obtenga el nuevo.',
        },
      },
      {
        id: 'use-it',
        text: {
          en: 'Put it on every federal return you file that year. The IRS rejects an e-filed return without it and delays a paper one.',
          es: 'Póngalo en cada declaración federal que presente ese año. El IRS rechaza una declaración electrónica sin él y retrasa una en papel.',
        },
      },
    ],
    minutes: 30,
    confirm: {
      en: 'The IRS site shows your IP PIN, and you have put it somewhere safe for tax time.',
      es: 'El sitio del IRS muestra su IP PIN y usted lo guardó en un lugar seguro para la temporada de impuestos.',
    },
    record: ['login-email'],
    checkOnOfficialSite: [
      {
        en: 'When each year’s new IP PIN is ready. The IRS has said mid-January; check the date on irs.gov.',
        es: 'Cuándo está listo el IP PIN nuevo de cada año. El IRS ha dicho que a mediados de enero; confirme la fecha en irs.gov.',
      },
    ],
    sources: [
      {
        url: 'https://www.irs.gov/identity-theft-fraud-scams/get-an-identity-protection-pin',
        title: 'IRS: Get an Identity Protection PIN',
      },
      {
        url: 'https://www.irs.gov/newsroom/identity-stolen-request-an-identity-protection-pin-from-the-irs',
        title: 'IRS newsroom IR-2022-78: Request an Identity Protection PIN',
      },
    ],
    verifiedOn: '2026-11-23',
    reminders: [
      {
        kind: 'irs-ip-pin',
        from: 'done',
        nextYearOn: { month: 1, day: 15 },
        repeat: 'yearly',
        title: {
          en: 'Get this year’s IRS Identity Protection PIN',
          es: 'Obtenga el PIN de Protección de Identidad del IRS de este año',
        },
      },
    ],
    appliesTo: { subjects: ADULTS },
  },
  {
    id: 'usps-informed-delivery',
    section: 'first',
    agency: { en: 'U.S. Postal Service (USPS)', es: 'Servicio Postal de EE. UU. (USPS)' },
    title: { en: 'Sign up for USPS Informed Delivery', es: 'Inscríbase en Informed Delivery del USPS' },
    why: {
      en: 'Sign up before you freeze your credit. The online identity check reads your credit file, so it may fail while a freeze is on. Signing up first also stops a thief from watching your mail.',
      es: 'Inscríbase antes de congelar su crédito. La verificación de identidad por internet consulta su expediente de crédito, así que puede fallar mientras haya un congelamiento. Inscribirse primero también impide que un ladrón vigile su correo.',
    },
    urls: [
      {
        url: 'https://informeddelivery.usps.com/',
        label: {
          en: 'USPS Informed Delivery sign-up page',
          es: 'la página de inscripción de Informed Delivery del USPS',
        },
      },
    ],
    phones: [],
    haveReady: [
      { en: 'Your home address or personal P.O. Box', es: 'Su dirección de casa o su apartado postal personal' },
      { en: 'An email address you check', es: 'Un correo electrónico que revise' },
      { en: 'Your mobile phone', es: 'Su teléfono celular' },
    ],
    subSteps: [
      {
        id: 'sign-up',
        text: {
          en: 'Open the Informed Delivery page, check your address and create a USPS account.',
          es: 'Abra la página de Informed Delivery, confirme su dirección y cree una cuenta del USPS.',
        },
      },
      {
        id: 'verify-online',
        text: {
          en: 'Try the online identity check first.',
          es: 'Intente primero la verificación de identidad por internet.',
        },
      },
      {
        id: 'in-person',
        text: {
          en: 'If the online check fails, which often happens while credit is frozen, choose to verify in person at a Post Office.',
          es: 'Si la verificación por internet falla, algo común cuando el crédito está congelado, elija verificar en persona en una oficina de correos.',
        },
      },
      {
        id: 'confirm',
        text: {
          en: 'Check that the daily email with your mail preview starts to arrive.',
          es: 'Compruebe que empieza a llegar el correo diario con la vista previa de su correspondencia.',
        },
      },
    ],
    minutes: 15,
    confirm: {
      en: 'You get Informed Delivery emails showing the mail due at your address.',
      es: 'Recibe los correos de Informed Delivery con la correspondencia que llegará a su dirección.',
    },
    record: ['login-email'],
    checkOnOfficialSite: [
      {
        en: 'Which Post Offices can check your identity in person, and what ID to bring.',
        es: 'Qué oficinas de correos pueden verificar su identidad en persona y qué identificación llevar.',
      },
    ],
    sources: [{ url: 'https://informeddelivery.usps.com/', title: 'USPS: Informed Delivery sign-up' }],
    verifiedOn: '2026-11-23',
    appliesTo: { subjects: ADULTS },
  },
];
