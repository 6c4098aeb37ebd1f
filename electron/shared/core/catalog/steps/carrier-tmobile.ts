import type { CatalogStep, Phone } from '../types';
import { ADULTS } from './common';

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

/** T-Mobile's own locks: the account PIN, Account Takeover Protection and Scam Shield. */
export const tmobileSteps: CatalogStep[] = [
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
];
