import type { CatalogStep } from '../types';
import { ADULTS } from './common';
import { tmobileSteps } from './carrier-tmobile';

const FTC_SIM_SWAP = {
  url: 'https://www.consumer.ftc.gov/blog/2019/10/sim-swap-scams-how-protect-yourself',
  title: 'FTC: SIM swap scams, how to protect yourself',
};

/** Lock the phone account: the 2021 breach exposed the data that SIM-swap and port-out fraud need. */
export const carrierSteps: CatalogStep[] = [
  ...tmobileSteps,
  {
    id: 'verizon-number-lock',
    section: 'carrier',
    ownIdentity: true,
    tier: 'first', // the port-out lock stops a SIM swap or port-out
    agency: { en: 'Verizon', es: 'Verizon' },
    title: {
      en: 'Turn on Verizon Number Lock and SIM Protection',
      es: 'Active Number Lock y SIM Protection de Verizon',
    },
    why: {
      en: 'Number Lock stops anyone moving (porting out) your number to another carrier. SIM Protection stops a SIM swap: moving your number to a new SIM card or eSIM. Thieves use both to get your text codes.',
      es: 'Number Lock impide que alguien transfiera su número a otra compañía (portabilidad). SIM Protection impide un cambio de SIM: pasar su número a otra tarjeta SIM o eSIM. Los ladrones usan ambos trucos para recibir sus códigos por mensaje.',
    },
    urls: [
      {
        url: 'https://www.verizon.com/support/port-out-faqs/',
        label: { en: 'Verizon’s page on moving a number', es: 'la página de Verizon sobre cómo mover un número' },
      },
    ],
    phones: [
      {
        number: '#PORT',
        label: {
          en: 'Dial from the Verizon phone only when you switch carriers, to get a Number Transfer PIN',
          es: 'Márquelo desde el teléfono Verizon solo cuando cambie de compañía, para obtener un PIN de transferencia',
        },
      },
    ],
    haveReady: [
      {
        en: 'Your My Verizon login, as account owner or manager',
        es: 'Su acceso a My Verizon, como dueño o administrador de la cuenta',
      },
    ],
    subSteps: [
      {
        id: 'sign-in',
        text: {
          en: 'Sign in to My Verizon as the account owner or manager.',
          es: 'Entre en My Verizon como dueño o administrador de la cuenta.',
        },
      },
      {
        id: 'number-lock',
        text: {
          en: 'In your security settings, turn on Number Lock for each line.',
          es: 'En su configuración de seguridad, active Number Lock en cada línea.',
        },
      },
      {
        id: 'sim',
        text: { en: 'Turn on SIM Protection for each line too.', es: 'Active también SIM Protection en cada línea.' },
      },
      {
        id: 'transfer-pin',
        text: {
          en: 'To switch carriers later, turn Number Lock off. Then get a Number Transfer PIN by dialing #PORT or in My Verizon. Never share it with a caller.',
          es: 'Para cambiar de compañía más adelante, desactive Number Lock. Luego obtenga un PIN de transferencia marcando #PORT o en My Verizon. Nunca lo comparta con quien le llame.',
        },
      },
      {
        id: 'confirm',
        text: { en: 'Check that both settings show as on.', es: 'Compruebe que ambas opciones aparecen activas.' },
      },
    ],
    minutes: 10,
    confirm: {
      en: 'My Verizon shows Number Lock and SIM Protection on for every line.',
      es: 'My Verizon muestra Number Lock y SIM Protection activos en todas las líneas.',
    },
    record: [],
    checkOnOfficialSite: [
      {
        en: 'Where Number Lock and SIM Protection sit in My Verizon. Check Verizon’s site if you cannot find them.',
        es: 'Dónde están Number Lock y SIM Protection en My Verizon. Consulte el sitio de Verizon si no los encuentra.',
      },
    ],
    sources: [{ url: 'https://www.verizon.com/support/port-out-faqs/', title: 'Verizon: Port out FAQs' }, FTC_SIM_SWAP],
    verifiedOn: '2026-11-23',
    appliesTo: { subjects: ADULTS, carriers: ['verizon'] },
  },
  {
    id: 'att-account-lock',
    section: 'carrier',
    ownIdentity: true,
    tier: 'first', // the account lock stops a SIM swap or port-out
    agency: { en: 'AT&T', es: 'AT&T' },
    title: { en: 'Turn on AT&T Wireless Account Lock', es: 'Active Wireless Account Lock de AT&T' },
    why: {
      en: 'Wireless Account Lock blocks big changes to your AT&T account while it is on. That includes moving your number to another carrier (port-out) and SIM swaps. Thieves use both to get your text codes.',
      es: 'Wireless Account Lock bloquea los cambios importantes en su cuenta de AT&T mientras está activo. Eso incluye pasar su número a otra compañía (portabilidad) y los cambios de SIM. Los ladrones usan ambos trucos para recibir sus códigos por mensaje.',
    },
    urls: [{ url: 'https://www.att.com/', label: { en: 'AT&T’s website', es: 'el sitio web de AT&T' } }],
    phones: [],
    haveReady: [
      {
        en: 'The myAT&T app, signed in on your phone',
        es: 'La aplicación myAT&T, con su sesión iniciada en su teléfono',
      },
    ],
    subSteps: [
      { id: 'app', text: { en: 'Open the myAT&T app and sign in.', es: 'Abra la aplicación myAT&T e inicie sesión.' } },
      {
        id: 'lock',
        text: { en: 'Find Wireless Account Lock and turn it on.', es: 'Busque Wireless Account Lock y actívelo.' },
      },
      {
        id: 'unlock-later',
        text: {
          en: 'When you need a new phone or SIM, turn the lock off for a short time. Then turn it back on.',
          es: 'Cuando necesite un teléfono o una SIM nueva, desactive el bloqueo por poco tiempo. Luego vuelva a activarlo.',
        },
      },
      {
        id: 'confirm',
        text: {
          en: 'Check that the app shows the account as locked.',
          es: 'Compruebe que la aplicación muestra la cuenta bloqueada.',
        },
      },
    ],
    minutes: 5,
    confirm: {
      en: 'The myAT&T app shows Wireless Account Lock as on.',
      es: 'La aplicación myAT&T muestra Wireless Account Lock activo.',
    },
    record: [],
    checkOnOfficialSite: [
      {
        en: 'Where the lock sits in the myAT&T app, and who on the account may turn it on or off.',
        es: 'Dónde está el bloqueo en la aplicación myAT&T y quién en la cuenta puede activarlo o desactivarlo.',
      },
    ],
    sources: [FTC_SIM_SWAP],
    verifiedOn: '2026-11-23',
    appliesTo: { subjects: ADULTS, carriers: ['att'] },
  },
  {
    id: 'other-carrier-lock',
    section: 'carrier',
    ownIdentity: true,
    tier: 'first', // a port-out PIN or lock stops a SIM swap
    agency: { en: 'Your phone company', es: 'Su compañía telefónica' },
    title: {
      en: 'Ask your phone company to lock your number',
      es: 'Pida a su compañía telefónica que bloquee su número',
    },
    why: {
      en: 'Thieves with breach data may try to move your number to their own phone, by port-out to another company or by a SIM swap. Then they get your text codes. Most phone companies offer locks against both.',
      es: 'Quienes tienen datos robados pueden intentar pasar su número a su propio teléfono, con una portabilidad a otra compañía o un cambio de SIM. Así reciben sus códigos por mensaje. La mayoría de las compañías ofrecen bloqueos contra ambos.',
    },
    urls: [
      {
        url: FTC_SIM_SWAP.url,
        label: {
          en: 'the FTC’s advice on SIM swap scams',
          es: 'los consejos de la FTC sobre estafas de cambio de SIM',
        },
      },
    ],
    phones: [],
    haveReady: [
      {
        en: 'Your phone bill, for the company’s number and your account number',
        es: 'Su factura de teléfono, con el número de la compañía y su número de cuenta',
      },
    ],
    subSteps: [
      {
        id: 'contact',
        text: {
          en: 'Call the number on your bill, or sign in to your account online.',
          es: 'Llame al número de su factura o entre en su cuenta por internet.',
        },
      },
      {
        id: 'port-lock',
        text: {
          en: 'Ask for a lock that stops your number moving to another company. Some call it Number Lock or port-out protection.',
          es: 'Pida un bloqueo que impida pasar su número a otra compañía. Algunas lo llaman Number Lock o protección de portabilidad.',
        },
      },
      {
        id: 'sim-lock',
        text: {
          en: 'Ask for protection against SIM and eSIM changes.',
          es: 'Pida protección contra cambios de SIM y eSIM.',
        },
      },
      {
        id: 'pin',
        text: {
          en: 'Set a strong account PIN. Do not use your birth date or any part of your phone or Social Security number.',
          es: 'Ponga un PIN de cuenta seguro. No use su fecha de nacimiento ni parte de su número de teléfono o de Seguro Social.',
        },
      },
      {
        id: 'confirm',
        text: {
          en: 'Ask the company to confirm in writing, by email or text, what is now on.',
          es: 'Pida a la compañía que confirme por escrito, por correo o mensaje, lo que quedó activado.',
        },
      },
    ],
    minutes: 20,
    confirm: {
      en: 'Your phone company has confirmed the number lock, SIM protection and new PIN.',
      es: 'Su compañía telefónica confirmó el bloqueo del número, la protección de SIM y el PIN nuevo.',
    },
    record: ['confirmation-number'],
    sources: [FTC_SIM_SWAP],
    verifiedOn: '2026-11-23',
    appliesTo: { subjects: ADULTS, carriers: ['other'] },
  },
  {
    id: 'two-factor-off-sms',
    section: 'carrier',
    ownIdentity: true,
    tier: 'week', // moving sign-ins off texts takes longer; do it once the number is locked
    agency: { en: 'Your online accounts', es: 'Sus cuentas en línea' },
    title: {
      en: 'Move sign-in codes off text messages',
      es: 'Deje de recibir los códigos de acceso por mensaje de texto',
    },
    why: {
      en: 'Two-factor sign-in asks for a code as well as your password. Codes sent by text can be stolen through a SIM swap. An authenticator app keeps the codes on your own phone.',
      es: 'La verificación en dos pasos pide un código además de su contraseña. Los códigos por mensaje de texto se pueden robar con un cambio de SIM. Una aplicación de autenticación guarda los códigos en su propio teléfono.',
    },
    urls: [
      {
        url: FTC_SIM_SWAP.url,
        label: {
          en: 'the FTC’s advice on SIM swaps and sign-in codes',
          es: 'los consejos de la FTC sobre cambios de SIM y códigos de acceso',
        },
      },
    ],
    phones: [],
    haveReady: [
      { en: 'Your phone, with space for one more app', es: 'Su teléfono, con espacio para una aplicación más' },
      { en: 'A list of your most important accounts', es: 'Una lista de sus cuentas más importantes' },
    ],
    subSteps: [
      {
        id: 'list',
        text: {
          en: 'Start with your email, your bank and other money accounts.',
          es: 'Empiece por su correo, su banco y otras cuentas de dinero.',
        },
      },
      {
        id: 'install',
        text: {
          en: 'Install an authenticator app from your phone’s official app store.',
          es: 'Instale una aplicación de autenticación desde la tienda oficial de su teléfono.',
        },
      },
      {
        id: 'switch',
        text: {
          en: 'In each account’s security settings, choose the authenticator app instead of text messages, where the account offers it.',
          es: 'En la configuración de seguridad de cada cuenta, elija la aplicación de autenticación en lugar de mensajes de texto, si la cuenta lo permite.',
        },
      },
      {
        id: 'backup',
        text: {
          en: 'Save the backup codes each account gives you. Keep them on paper in a safe place.',
          es: 'Guarde los códigos de respaldo que le da cada cuenta. Téngalos en papel en un lugar seguro.',
        },
      },
      {
        id: 'remove-sms',
        text: {
          en: 'Remove text messages as a sign-in option when the account lets you.',
          es: 'Quite los mensajes de texto como opción de acceso cuando la cuenta lo permita.',
        },
      },
    ],
    minutes: 45,
    confirm: {
      en: 'Your key accounts ask for a code from the app, not a text message.',
      es: 'Sus cuentas principales piden un código de la aplicación, no un mensaje de texto.',
    },
    record: [],
    sources: [FTC_SIM_SWAP],
    verifiedOn: '2026-11-23',
    appliesTo: { subjects: ADULTS, exposures: ['phone', 'imei-imsi', 'account-pin'] },
  },
];
