import { ADULTS } from './common';
import type { CatalogStep, Phone } from '../types';


const TMOBILE_PHONES: Phone[] = [
  {
    number: '611',
    label: {
      en: 'T-Mobile customer care, from a T-Mobile phone',
      es: 'Atención al cliente de T-Mobile, desde un teléfono T-Mobile',
    },
  },
  {
    number: '1-800-937-8997',
    label: {
      en: 'T-Mobile customer care, from any phone',
      es: 'Atención al cliente de T-Mobile, desde cualquier teléfono',
    },
  },
];

const FTC_SIM_SWAP = {
  url: 'https://www.consumer.ftc.gov/blog/2019/10/sim-swap-scams-how-protect-yourself',
  title: 'FTC: SIM swap scams, how to protect yourself',
};

/** Lock the phone account: the 2021 breach exposed the data that SIM-swap and port-out fraud need. */
export const carrierSteps: CatalogStep[] = [
  {
    id: 'tmobile-pin',
    section: 'carrier',
    ownIdentity: true,
    tier: 'first', // a new account PIN stops a SIM swap or port-out with the exposed PIN
    agency: { en: 'T-Mobile', es: 'T-Mobile' },
    title: { en: 'Set a new T-Mobile account PIN', es: 'Cambie el PIN de su cuenta de T-Mobile' },
    why: {
      en: 'The 2021 breach exposed account PINs for some customers. A new, strong PIN makes it harder for someone to pose as you when they contact T-Mobile.',
      es: 'La filtración de 2021 expuso los PIN de cuenta de algunos clientes. Un PIN nuevo y seguro hace más difícil que alguien se haga pasar por usted ante T-Mobile.',
    },
    urls: [
      {
        url: 'https://www.t-mobile.com/support/account/update-your-customer-pinpasscode',
        label: { en: 'T-Mobile’s page on updating your PIN', es: 'la página de T-Mobile para cambiar su PIN' },
      },
    ],
    phones: TMOBILE_PHONES,
    haveReady: [
      {
        en: 'The T-Mobile ID login of the primary account holder (the person whose name is on the bill)',
        es: 'El acceso de T-Mobile ID del titular principal de la cuenta (la persona a cuyo nombre está la factura)',
      },
      {
        en: 'A new PIN of 6 to 15 digits that you have not used before',
        es: 'Un PIN nuevo de 6 a 15 dígitos que no haya usado antes',
      },
    ],
    subSteps: [
      {
        id: 'pick',
        text: {
          en: 'Pick 6 to 15 digits. Avoid runs like 3456 and repeats like 4444.',
          es: 'Elija de 6 a 15 dígitos. Evite series como 3456 y repeticiones como 4444.',
        },
      },
      {
        id: 'avoid',
        text: {
          en: 'Do not use the start or end of your phone number, or your account number. Do not use your Social Security number, tax ID or birth date. Do not reuse your last PIN.',
          es: 'No use el principio ni el final de su número de teléfono, ni su número de cuenta. No use su número de Seguro Social, su número fiscal ni su fecha de nacimiento. No repita su último PIN.',
        },
      },
      {
        id: 'app',
        text: {
          en: 'In the T-Life app, open Account and tap the gear icon at the top right. Then choose Security, T-Mobile ID and PIN/Passcode. Turn Wi-Fi off first: this works only on the T-Mobile network.',
          es: 'En la aplicación T-Life, entre en Cuenta (Account) y toque el ícono del engranaje, arriba a la derecha. Luego elija Seguridad (Security), T-Mobile ID y PIN/Passcode. Antes, desactive el wifi: esto solo funciona con la red de T-Mobile.',
        },
      },
      {
        id: 'web-or-phone',
        text: {
          en: 'Or sign in at t-mobile.com and open Profile, then T-Mobile ID. Or call 611 from your T-Mobile phone.',
          es: 'O entre en t-mobile.com y abra Perfil (Profile), luego T-Mobile ID. O llame al 611 desde su teléfono T-Mobile.',
        },
      },
      {
        id: 'confirm',
        text: {
          en: 'Watch for the text from T-Mobile that confirms the change.',
          es: 'Espere el mensaje de texto de T-Mobile que confirma el cambio.',
        },
      },
    ],
    minutes: 10,
    confirm: {
      en: 'T-Mobile texts you that your PIN/passcode changed.',
      es: 'T-Mobile le envía un mensaje de texto que confirma el cambio de PIN.',
    },
    record: [],
    sources: [
      {
        url: 'https://www.t-mobile.com/support/account/update-your-customer-pinpasscode',
        title: 'T-Mobile: Update your customer PIN/passcode',
      },
      {
        url: 'https://magentapulse.t-mobile.com/us/en/customer-support/accounts/tlife-self-service/security-privacy-permissions/pah-customer-pinpasscode-maintenance',
        title:
          'T-Mobile support: PAH customer PIN/passcode maintenance (T-Life: Account, gear icon, Security, T-Mobile ID, PIN/Passcode)',
      },
    ],
    verifiedOn: '2026-12-02',
    orderHints: [
      {
        when: 'tmobile-prepaid-breach',
        note: 'prepaid-pin-reset',
        source: {
          url: 'https://www.t-mobile.com/support/plans-features/account-takeover-protection',
          title: 'T-Mobile: exposed prepaid account PINs were reset to random numbers; set a new one',
        },
      },
    ],
    widgets: ['pin-checker'],
    appliesTo: {
      subjects: ADULTS,
      carriers: ['tmobile'],
      primaryHolderOnly: true,
      exposures: ['account-pin', 'phone', 'ssn', 'dob'],
    },
  },
  {
    id: 'tmobile-account-takeover',
    section: 'carrier',
    ownIdentity: true,
    tier: 'week', // an extra lock on top of the PIN from the first tier
    agency: { en: 'T-Mobile', es: 'T-Mobile' },
    title: {
      en: 'Turn on T-Mobile Account Takeover Protection and SIM Protection',
      es: 'Active la protección contra robo de cuenta y la protección de SIM de T-Mobile',
    },
    why: {
      en: 'Account Takeover Protection stops anyone moving (porting out) your number to another carrier. SIM Protection stops a SIM swap: moving your number to a new SIM card or eSIM. Thieves use both to get your text codes.',
      es: 'La protección contra robo de cuenta impide que alguien transfiera su número a otra compañía (portabilidad). La protección de SIM impide un cambio de SIM: pasar su número a otra tarjeta SIM o eSIM. Los ladrones usan ambos trucos para recibir sus códigos por mensaje.',
    },
    urls: [
      {
        url: 'https://www.t-mobile.com/support/plans-features/account-takeover-protection',
        label: {
          en: 'T-Mobile’s Account Takeover Protection page',
          es: 'la página de protección contra robo de cuenta de T-Mobile',
        },
      },
      {
        url: 'https://www.t-mobile.com/my-account/settings/security/fraud-block/sim-swap',
        label: {
          en: 'SIM Protection settings in your T-Mobile account',
          es: 'la configuración de protección de SIM en su cuenta de T-Mobile',
        },
      },
    ],
    phones: TMOBILE_PHONES,
    haveReady: [
      {
        en: 'The T-Mobile ID login of the primary account holder, or of a line with full-access permission',
        es: 'El acceso de T-Mobile ID del titular principal de la cuenta, o de una línea con permiso de acceso total',
      },
    ],
    subSteps: [
      {
        id: 'port-out',
        text: {
          en: 'In the T-Life app or at t-mobile.com, look under Security. Turn on Account Takeover Protection for each line. It is free.',
          es: 'En la aplicación T-Life o en t-mobile.com, busque en Seguridad (Security). Active la protección contra robo de cuenta en cada línea. Es gratis.',
        },
      },
      {
        id: 'sim',
        text: {
          en: 'Turn on SIM Protection for each line too. It blocks SIM and eSIM changes until you turn it off.',
          es: 'Active también la protección de SIM en cada línea. Bloquea los cambios de SIM y eSIM hasta que usted la desactive.',
        },
      },
      {
        id: 'transfer-pin',
        text: {
          en: 'If you ever switch carriers, you will create a Number Transfer PIN in the app first. Never give it to anyone who calls you.',
          es: 'Si algún día cambia de compañía, primero creará un PIN de transferencia de número en la aplicación. Nunca se lo dé a nadie que le llame.',
        },
      },
      {
        id: 'confirm',
        text: {
          en: 'Check that both settings show as on for every line.',
          es: 'Compruebe que ambas opciones aparecen activas en cada línea.',
        },
      },
    ],
    minutes: 10,
    confirm: {
      en: 'Both protections show as on for every line on the account.',
      es: 'Ambas protecciones aparecen activas en todas las líneas de la cuenta.',
    },
    record: [],
    sources: [
      {
        url: 'https://www.t-mobile.com/support/plans-features/account-takeover-protection',
        title: 'T-Mobile: Account Takeover Protection',
      },
      {
        url: 'https://www.t-mobile.com/my-account/settings/security/fraud-block/sim-swap',
        title: 'T-Mobile: SIM protection settings',
      },
      {
        url: 'https://magentapulse.t-mobile.com/us/en/customer-support/accounts/tlife-self-service/security-privacy-permissions/304d5',
        title: 'T-Mobile support: SIM Protection and Port Out Protection self-service',
      },
      {
        url: 'https://es.t-mobile.com/support/plans-features/account-takeover-protection',
        title:
          'T-Mobile (Spanish page): Account Takeover Protection, added by the primary account holder or a line with full access',
      },
    ],
    verifiedOn: '2026-12-02',
    appliesTo: { subjects: ADULTS, carriers: ['tmobile'], primaryHolderOnly: true, fullAccessLineToo: true },
  },
  {
    id: 'tmobile-scam-shield',
    section: 'carrier',
    tier: 'week', // cuts scam calls; useful, not urgent
    agency: { en: 'T-Mobile', es: 'T-Mobile' },
    title: { en: 'Turn on T-Mobile Scam Shield', es: 'Active Scam Shield de T-Mobile' },
    why: {
      en: 'Thieves with breach data often call or text pretending to be T-Mobile. Scam Shield labels and blocks many scam calls. T-Mobile never asks for your PIN or private details in a call, text or email you did not start.',
      es: 'Quienes tienen datos robados suelen llamar o escribir haciéndose pasar por T-Mobile. Scam Shield marca y bloquea muchas llamadas de estafa. T-Mobile nunca le pide su PIN ni datos privados en una llamada, mensaje o correo que usted no inició.',
    },
    urls: [
      {
        url: 'https://www.t-mobile.com/support/plans-features/help-with-scams-spam-and-fraud',
        label: {
          en: 'T-Mobile’s page on scams, spam and fraud',
          es: 'la página de T-Mobile sobre estafas, spam y fraude',
        },
      },
    ],
    phones: [
      {
        number: '#662#',
        label: { en: 'Dial to turn Scam Block on', es: 'Marque para activar el bloqueo de estafas (Scam Block)' },
      },
      {
        number: '#632#',
        label: { en: 'Dial to turn Scam Block off', es: 'Marque para desactivar el bloqueo de estafas' },
      },
      {
        number: '#787#',
        label: {
          en: 'Dial to check whether Scam Block is on',
          es: 'Marque para ver si el bloqueo de estafas está activo',
        },
      },
      { number: '#664#', label: { en: 'Dial to turn Scam ID back on', es: 'Marque para volver a activar Scam ID' } },
      {
        number: '7726',
        label: { en: 'Forward spam texts to this number', es: 'Reenvíe los mensajes de spam a este número' },
      },
    ],
    haveReady: [{ en: 'Your T-Mobile phone', es: 'Su teléfono T-Mobile' }],
    subSteps: [
      {
        id: 'scam-id',
        text: {
          en: 'Scam ID is on by default. It shows likely scam calls as “Scam Likely”. If it was turned off, dial #664#.',
          es: 'Scam ID viene activado. Muestra las llamadas sospechosas como “Scam Likely”. Si lo desactivaron, marque #664#.',
        },
      },
      {
        id: 'block',
        text: {
          en: 'To block those calls, dial #662# from your T-Mobile phone. Dial #787# to check. Dial #632# to turn blocking off.',
          es: 'Para bloquear esas llamadas, marque #662# desde su teléfono T-Mobile. Marque #787# para comprobarlo. Marque #632# para desactivar el bloqueo.',
        },
      },
      {
        id: 'app',
        text: {
          en: 'You can also manage Scam Shield in the T-Life app.',
          es: 'También puede manejar Scam Shield en la aplicación T-Life.',
        },
      },
      {
        id: 'texts',
        text: {
          en: 'Forward spam texts to 7726. Do not reply to them or tap their links.',
          es: 'Reenvíe los mensajes de spam al 7726. No los responda ni toque sus enlaces.',
        },
      },
      {
        id: 'hang-up',
        text: {
          en: 'If a caller asks for your PIN or a code, hang up. Call 611 or the number on your bill instead.',
          es: 'Si alguien que llama le pide su PIN o un código, cuelgue. Llame usted al 611 o al número de su factura.',
        },
      },
    ],
    minutes: 5,
    confirm: {
      en: 'Dialing #787# says Scam Block is on.',
      es: 'Al marcar #787#, el sistema confirma que el bloqueo de estafas está activo.',
    },
    record: [],
    sources: [
      {
        url: 'https://www.t-mobile.com/support/plans-features/help-with-scams-spam-and-fraud',
        title: 'T-Mobile: Help with scams, spam and fraud',
      },
      {
        url: 'https://www.t-mobile.com/support/plans-features/t-mobile-scam-shield-app',
        title: 'T-Mobile: Scam Shield app',
      },
      {
        url: 'https://www.t-mobile.com/responsibility/privacy/fraud-spam/smishing',
        title: 'T-Mobile: What is SMiShing?',
      },
    ],
    verifiedOn: '2026-11-23',
    appliesTo: { subjects: ADULTS, carriers: ['tmobile'] },
  },
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
