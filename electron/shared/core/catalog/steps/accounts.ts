import { ADULTS } from './common';
import type { CatalogStep } from '../types';

// Only the person can pass these identity checks; no source says a representative may do it for them.

/**
 * Official accounts to claim before a thief does. They come after the freezes: no current official
 * source says a freeze blocks their identity checks (DOMAIN.md); each says what to do if it fails.
 */
export const accountSteps: CatalogStep[] = [
  {
    id: 'ssa-account',
    section: 'accounts',
    ownIdentity: true,
    tier: 'week', // claiming the account before someone else does; needs the identity check
    agency: { en: 'Social Security Administration (SSA)', es: 'Administración del Seguro Social (SSA)' },
    title: {
      en: 'Create your online Social Security account (my Social Security)',
      es: 'Cree su cuenta en línea del Seguro Social (my Social Security)',
    },
    why: {
      en: 'Your own account stops a thief from opening one in your name, and lets you watch your earnings record and benefits.',
      es: 'Tener su propia cuenta impide que un ladrón abra una a su nombre, y le permite vigilar su historial de ingresos y sus beneficios.',
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
          en: 'Prove who you are through Login.gov or ID.me, the sign-in services SSA uses: a photo ID, your number and a code sent to your phone.',
          es: 'Demuestre quién es con Login.gov o ID.me, los servicios de acceso que usa el Seguro Social: una identificación con foto, su número y un código enviado a su teléfono.',
        },
      },
      {
        id: 'if-it-fails',
        text: {
          en: 'If the identity check fails while your credit is frozen, lift the freeze for a day with the thaw planner and try again, or go to a Social Security office in person.',
          es: 'Si la verificación falla mientras su crédito está congelado, levante el congelamiento por un día con el planificador y vuelva a intentarlo, o vaya en persona a una oficina del Seguro Social.',
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
    verifiedOn: '2026-12-02',
    appliesTo: { subjects: ADULTS },
  },
  {
    id: 'irs-ip-pin',
    section: 'accounts',
    ownIdentity: true,
    tier: 'yearly', // the IRS issues a new IP PIN every year: get it before each tax season
    agency: { en: 'Internal Revenue Service (IRS)', es: 'Servicio de Impuestos Internos (IRS)' },
    title: { en: 'Get an IRS Identity Protection PIN', es: 'Obtenga un PIN de protección de identidad del IRS' },
    why: {
      en: 'The IP PIN stops anyone else from filing a federal tax return with your number. Anyone with an SSN or ITIN can get one.',
      es: 'El IP PIN impide que otra persona presente una declaración federal con su número. Cualquier persona con número de Seguro Social o ITIN puede obtenerlo.',
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
        id: 'if-it-fails',
        text: {
          en: 'If the online check fails, the IRS page lists other routes: Form 15227 by mail and a phone call, or a visit to a Taxpayer Assistance Center. A one-day lift of your freeze may also let the online check through.',
          es: 'Si la verificación por internet falla, la página del IRS indica otras vías: el Formulario 15227 por correo y una llamada, o una visita a un Centro de Asistencia al Contribuyente. Levantar su congelamiento por un día también puede permitir que pase la verificación.',
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
      {
        id: 'duplicate-return',
        text: {
          en: 'If the IRS rejects your e-filed return because one was already filed with your number, fill in IRS Form 14039, the Identity Theft Affidavit, and follow its instructions.',
          es: 'Si el IRS rechaza su declaración electrónica porque ya se presentó otra con su número, llene el Formulario 14039 del IRS (declaración jurada de robo de identidad) y siga sus instrucciones.',
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
      {
        url: 'https://www.irs.gov/newsroom/when-to-file-a-form-14039-identity-theft-affidavit',
        title: 'IRS: When to file a Form 14039, Identity Theft Affidavit (rejected duplicate e-file)',
      },
    ],
    verifiedOn: '2026-12-02',
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
    section: 'accounts',
    ownIdentity: true,
    tier: 'when-you-can', // shows mail before it arrives; claim the address when you can
    agency: { en: 'U.S. Postal Service (USPS)', es: 'Servicio Postal de EE. UU. (USPS)' },
    title: { en: 'Sign up for USPS Informed Delivery', es: 'Inscríbase en Informed Delivery del USPS' },
    why: {
      en: 'Each day it emails you a picture of the letters due at your address, so a missing bank card or an unexpected letter stands out. Signing up also stops a thief from signing up for your address.',
      es: 'Cada día le envía por correo electrónico una imagen de las cartas que llegarán a su dirección, así nota si falta una tarjeta del banco o llega una carta inesperada. Inscribirse también impide que un ladrón se inscriba con su dirección.',
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
          en: 'If the online check fails, choose to verify in person at a Post Office. A one-day lift of your freeze may also let the online check through.',
          es: 'Si la verificación por internet falla, elija verificar en persona en una oficina de correos. Levantar su congelamiento por un día también puede permitir que pase la verificación.',
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
      {
        en: 'Whether USPS can mail a sign-up code to your address instead of checking in person.',
        es: 'Si el USPS puede enviarle por correo un código de inscripción en lugar de verificarlo en persona.',
      },
    ],
    sources: [{ url: 'https://informeddelivery.usps.com/', title: 'USPS: Informed Delivery sign-up' }],
    verifiedOn: '2026-12-02',
    appliesTo: { subjects: ADULTS },
  },
];
