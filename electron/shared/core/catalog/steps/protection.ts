import { ADULTS } from './common';
import type { CatalogStep } from '../types';


/** Monitoring and locks beyond credit files, and what to do once data has been misused. */
export const protectionSteps: CatalogStep[] = [
  {
    id: 'mcafee-id-protection',
    section: 'protection',
    ownIdentity: true,
    tier: 'week', // the offer has an enrolment window: claim it soon
    agency: { en: 'McAfee, offered by T-Mobile', es: 'McAfee, ofrecido por T-Mobile' },
    title: { en: 'Check your free McAfee ID protection', es: 'Revise su protección de identidad gratis de McAfee' },
    why: {
      en: 'After the 2021 breach, T-Mobile offered two years of free McAfee ID Theft Protection to anyone who may have been affected. It watches for signs that someone is using your details. Know when your two years end, so you can decide what comes next.',
      es: 'Después de la filtración de 2021, T-Mobile ofreció dos años gratis de McAfee ID Theft Protection a cualquier persona posiblemente afectada. El servicio vigila señales de que alguien usa sus datos. Sepa cuándo terminan sus dos años para decidir qué hacer después.',
    },
    urls: [
      {
        url: 'https://idtheftprotection.mcafee.com/',
        label: { en: 'McAfee ID Theft Protection sign-in', es: 'el acceso a McAfee ID Theft Protection' },
      },
      {
        url: 'https://protection.mcafee.com/',
        label: {
          en: 'McAfee Identity Protection Service, the newer portal',
          es: 'McAfee Identity Protection Service, el portal más nuevo',
        },
      },
    ],
    phones: [],
    haveReady: [
      { en: 'The email address you used to enroll', es: 'El correo electrónico que usó para inscribirse' },
      {
        en: 'The email from T-Mobile or McAfee with your instructions',
        es: 'El correo de T-Mobile o McAfee con sus instrucciones',
      },
    ],
    subSteps: [
      {
        id: 'find-email',
        text: {
          en: 'Look for the email from T-Mobile or McAfee about enrollment. It has your instructions.',
          es: 'Busque el correo de T-Mobile o McAfee sobre la inscripción. Ahí están sus instrucciones.',
        },
      },
      {
        id: 'sign-in',
        text: {
          en: 'Sign in on McAfee’s site with the email you used to enroll.',
          es: 'Entre en el sitio de McAfee con el correo que usó para inscribirse.',
        },
      },
      {
        id: 'dates',
        text: {
          en: 'Note the date you enrolled. The free period ends two years after that date.',
          es: 'Anote la fecha en que se inscribió. El periodo gratis termina dos años después de esa fecha.',
        },
      },
      {
        id: 'decide',
        text: {
          en: 'Before it ends, choose: pay to renew, switch to another service, or rely on your freezes, which stay free.',
          es: 'Antes de que termine, elija: pagar para renovar, cambiar a otro servicio o confiar en sus congelamientos, que siguen siendo gratis.',
        },
      },
      {
        id: 'not-settlement',
        text: {
          en: 'This offer is separate from the legal settlement. The settlement closed to claims on January 23, 2023.',
          es: 'Esta oferta es distinta del acuerdo legal. El acuerdo dejó de aceptar reclamaciones el 23 de enero de 2023.',
        },
      },
    ],
    minutes: 15,
    confirm: {
      en: 'You know your enrollment date and your end date, and any activation code is in the vault.',
      es: 'Conoce su fecha de inscripción y su fecha de fin, y cualquier código de activación está en la bóveda.',
    },
    record: ['enrolment-date', 'login-email', 'activation-code'],
    checkOnOfficialSite: [
      {
        en: 'Whether you can still enroll, and the last day to do so.',
        es: 'Si todavía puede inscribirse y cuál es el último día para hacerlo.',
      },
      {
        en: 'Whether you need an activation code, and where to find it. Lockstep could not confirm how codes were given out.',
        es: 'Si necesita un código de activación y dónde encontrarlo. Lockstep no pudo confirmar cómo se entregaron los códigos.',
      },
    ],
    sources: [
      {
        url: 'https://www.t-mobile.com/news/network/cyberattack-against-tmobile-and-our-customers',
        title: 'T-Mobile newsroom: The cyberattack against T-Mobile and our customers',
      },
    ],
    verifiedOn: '2026-11-23',
    reminders: [
      {
        kind: 'id-protection-end',
        from: 'done',
        after: { months: 24 },
        leadDays: 60,
        endParam: 'endsOn',
        title: {
          en: 'Your free ID protection ends {{endsOn}}: renew, switch, or rely on freezes',
          es: 'Su protección de identidad gratuita termina el {{endsOn}}: renueve, cambie o confíe en los congelamientos',
        },
      },
    ],
    appliesTo: { subjects: ADULTS, tmobileBreachOnly: true },
  },
  {
    id: 'everify-self-lock',
    section: 'protection',
    ownIdentity: true,
    tier: 'when-you-can', // stops job-eligibility use of the SSN; lasts a year
    agency: {
      en: 'E-Verify (U.S. Department of Homeland Security)',
      es: 'E-Verify (Departamento de Seguridad Nacional de EE. UU.)',
    },
    title: { en: 'Lock your number in E-Verify', es: 'Bloquee su número en E-Verify' },
    why: {
      en: 'Many employers use E-Verify to check new hires. Self Lock stops someone else from using your Social Security number to pass that check. It lasts 1 year and you can renew it.',
      es: 'Muchos empleadores usan E-Verify para revisar a sus nuevos empleados. Self Lock impide que otra persona use su número de Seguro Social para pasar esa revisión. Dura 1 año y puede renovarlo.',
    },
    urls: [{ url: 'https://www.e-verify.gov/', label: { en: 'E-Verify’s website', es: 'el sitio web de E-Verify' } }],
    phones: [],
    haveReady: [
      {
        en: 'An email address and your mobile phone, for sign-in codes',
        es: 'Un correo electrónico y su celular, para los códigos de acceso',
      },
      {
        en: 'Your Social Security number. Type it only on e-verify.gov, never in Lockstep.',
        es: 'Su número de Seguro Social. Escríbalo solo en e-verify.gov, nunca en Lockstep.',
      },
    ],
    subSteps: [
      {
        id: 'account',
        text: { en: 'Create a myE-Verify account on e-verify.gov.', es: 'Cree una cuenta myE-Verify en e-verify.gov.' },
      },
      {
        id: 'lock',
        text: {
          en: 'Choose Self Lock. Pick 3 challenge questions whose answers you will remember.',
          es: 'Elija Self Lock. Escoja 3 preguntas de seguridad cuyas respuestas vaya a recordar.',
        },
      },
      {
        id: 'new-job',
        text: {
          en: 'Before you start a new job, unlock your number. Or be ready to answer your challenge questions.',
          es: 'Antes de empezar un trabajo nuevo, desbloquee su número. O esté listo para responder sus preguntas de seguridad.',
        },
      },
      {
        id: 'renew',
        text: {
          en: 'Lockstep reminds you before the year ends, so you can renew the lock.',
          es: 'Lockstep le avisa antes de que termine el año para que pueda renovar el bloqueo.',
        },
      },
    ],
    minutes: 20,
    confirm: {
      en: 'Your myE-Verify account shows Self Lock as on, with its end date.',
      es: 'Su cuenta myE-Verify muestra Self Lock activo, con su fecha de fin.',
    },
    record: ['login-email'],
    checkOnOfficialSite: [
      {
        en: 'How long the lock lasts. E-Verify and Social Security say 1 year, but some E-Verify pages have said it lasts while your account stays open. Go by the end date your account shows.',
        es: 'Cuánto dura el bloqueo. E-Verify y el Seguro Social dicen que 1 año, pero algunas páginas de E-Verify han dicho que dura mientras su cuenta siga abierta. Guíese por la fecha de fin que muestra su cuenta.',
      },
    ],
    sources: [
      {
        url: 'https://www.e-verify.gov/mye-verify/questions-and-answers',
        title: 'E-Verify: myE-Verify questions and answers',
      },
      {
        url: 'https://www.e-verify.gov/mye-verify/questions-and-answers?page=2',
        title: 'E-Verify: myE-Verify questions and answers, page 2 (Self Lock challenge questions)',
      },
      {
        url: 'https://secure.ssa.gov/poms.NSF/lnx/0110250200',
        title: 'SSA POMS RM 10250.200: myE-Verify Self Lock expires in one year and can be extended annually',
      },
    ],
    verifiedOn: '2026-12-02',
    reminders: [
      {
        // Self Lock lasts 1 year from the day it is set (sources above); come a month ahead to renew.
        kind: 'renew-everify-lock',
        from: 'done',
        after: { months: 12 },
        leadDays: 30,
        endParam: 'endsOn',
        title: {
          en: 'Your E-Verify Self Lock ends {{endsOn}}: renew it in myE-Verify',
          es: 'Su bloqueo Self Lock de E-Verify termina el {{endsOn}}: renuévelo en myE-Verify',
        },
      },
    ],
    appliesTo: { subjects: ADULTS, exposures: ['ssn'] },
  },
  {
    id: 'report-identity-theft',
    section: 'alerts',
    ownIdentity: true,
    tier: 'week', // needed when the data was misused; the FTC's plan gives the letters to send
    agency: {
      en: 'IdentityTheft.gov (Federal Trade Commission)',
      es: 'IdentityTheft.gov (Comisión Federal de Comercio)',
    },
    title: {
      en: 'Report identity theft and get a recovery plan',
      es: 'Reporte el robo de identidad y obtenga un plan de recuperación',
    },
    why: {
      en: 'Do this if someone has already used your details. IdentityTheft.gov gives you an official Identity Theft Report and a step-by-step plan. The report also lets you ask for a 7-year extended fraud alert.',
      es: 'Hágalo si alguien ya usó sus datos. IdentityTheft.gov le da un reporte oficial de robo de identidad y un plan paso a paso. El reporte también le permite pedir una alerta de fraude extendida de 7 años.',
    },
    urls: [
      { url: 'https://www.identitytheft.gov/', label: { en: 'IdentityTheft.gov', es: 'el sitio IdentityTheft.gov' } },
    ],
    phones: [
      {
        number: '1-877-438-4338',
        label: {
          en: 'FTC identity theft line, to report by phone',
          es: 'Línea de la FTC para reportar el robo de identidad por teléfono',
        },
        hours: { en: '9 a.m. to 5 p.m. Eastern Time', es: 'De 9 a. m. a 5 p. m., hora del Este' },
      },
    ],
    haveReady: [
      { en: 'What happened, and when you noticed', es: 'Qué pasó y cuándo lo notó' },
      {
        en: 'Any letters, bills or reports that show the misuse',
        es: 'Cartas, facturas o informes que muestren el mal uso',
      },
    ],
    subSteps: [
      {
        id: 'report',
        text: {
          en: 'Answer the questions on IdentityTheft.gov about what happened. If the details belong to a child or someone you help, say so there.',
          es: 'Responda las preguntas de IdentityTheft.gov sobre lo ocurrido. Si los datos son de un menor o de alguien a quien ayuda, indíquelo ahí.',
        },
      },
      {
        id: 'by-phone',
        text: {
          en: 'No internet? Call the FTC at 1-877-438-4338, from 9 a.m. to 5 p.m. Eastern Time. To talk in another language, press 3 for an interpreter.',
          es: '¿No tiene internet? Llame a la FTC al 1-877-438-4338, de 9 a. m. a 5 p. m., hora del Este. Para hablar en otro idioma, marque el 3 y le pondrán un intérprete.',
        },
      },
      {
        id: 'save',
        text: {
          en: 'Save or print your Identity Theft Report and your recovery plan.',
          es: 'Guarde o imprima su reporte de robo de identidad y su plan de recuperación.',
        },
      },
      {
        id: 'follow',
        text: {
          en: 'Work through the plan one step at a time. Lockstep can track the steps with you.',
          es: 'Siga el plan paso a paso. Lockstep puede llevar el control de los pasos con usted.',
        },
      },
    ],
    minutes: 30,
    confirm: {
      en: 'You have your Identity Theft Report and your recovery plan saved.',
      es: 'Tiene guardados su reporte de robo de identidad y su plan de recuperación.',
    },
    record: ['confirmation-number'],
    checkOnOfficialSite: [
      {
        // UNVERIFIED (facts check 2026-12-02): the FTC names a Spanish reporting site; its address is unconfirmed.
        en: 'The address of the FTC’s site for reporting identity theft in Spanish. Lockstep could not confirm it. Start at IdentityTheft.gov and look for the Spanish version.',
        es: 'La dirección del sitio de la FTC para reportar el robo de identidad en español. Lockstep no pudo confirmarla. Entre en IdentityTheft.gov y busque la versión en español.',
      },
    ],
    sources: [
      { url: 'https://www.identitytheft.gov/', title: 'FTC: IdentityTheft.gov' },
      {
        url: 'https://consumer.ftc.gov/articles/what-know-about-credit-freezes-and-fraud-alerts',
        title: 'FTC: What to know about credit freezes and fraud alerts',
      },
      {
        url: 'https://consumer.ftc.gov/consumer-alerts/2024/01/identity-theft-happens-every-community-so-get-help-your-language',
        title:
          'FTC consumer alert (January 2024): report identity theft by phone at 877-438-4338, 9 a.m. to 5 p.m. ET, interpreters',
      },
    ],
    verifiedOn: '2026-12-02',
    appliesTo: { subjects: [...ADULTS, 'represented', 'minor'] },
  },
  {
    id: 'licence-dmv',
    section: 'protection',
    ownIdentity: true,
    tier: 'when-you-can', // the DMV steps vary by state and take a visit or a form
    agency: {
      en: 'Your state’s motor-vehicle agency (DMV)',
      es: 'La agencia de vehículos motorizados de su estado (DMV)',
    },
    title: {
      en: 'Ask your state’s DMV about your license number',
      es: 'Consulte al DMV de su estado sobre su número de licencia',
    },
    why: {
      en: 'The breach exposed driver’s license or state ID numbers. Someone could use yours to get a card in your name. Your state’s DMV can tell you if that happened and what it can do.',
      es: 'La filtración expuso números de licencia de conducir o de identificación estatal. Alguien podría usar el suyo para sacar una tarjeta a su nombre. El DMV de su estado puede decirle si eso pasó y qué puede hacer.',
    },
    urls: [
      {
        url: 'https://www.identitytheft.gov/',
        label: {
          en: 'IdentityTheft.gov, what to do when information is exposed',
          es: 'IdentityTheft.gov, qué hacer cuando se exponen sus datos',
        },
      },
    ],
    phones: [],
    haveReady: [
      {
        en: 'Your driver’s license or state ID card',
        es: 'Su licencia de conducir o su tarjeta de identificación estatal',
      },
      { en: 'The breach letter, if you have it', es: 'La carta sobre la filtración, si la tiene' },
    ],
    subSteps: [
      {
        id: 'find',
        text: {
          en: 'Find your state’s DMV on its official .gov site. Look-alike sites charge fees for free services.',
          es: 'Busque el DMV de su estado en su sitio oficial .gov. Hay sitios parecidos que cobran por trámites gratuitos.',
        },
      },
      {
        id: 'issued',
        text: {
          en: 'Ask whether another license or ID card was issued in your name.',
          es: 'Pregunte si se emitió otra licencia o tarjeta de identificación a su nombre.',
        },
      },
      {
        id: 'flag',
        text: {
          en: 'Ask whether they can flag your number in case someone else tries to use it.',
          es: 'Pregunte si pueden marcar su número por si otra persona intenta usarlo.',
        },
      },
      {
        id: 'new-number',
        text: {
          en: 'Ask whether your state gives a new number. State rules differ: some do, some never change the number.',
          es: 'Pregunte si su estado da un número nuevo. Las reglas cambian según el estado: algunos lo hacen y otros nunca cambian el número.',
        },
      },
      {
        id: 'record',
        text: {
          en: 'Get a copy of your driving record. Look for tickets, crashes or cards that are not yours.',
          es: 'Pida una copia de su historial de manejo. Busque multas, accidentes o tarjetas que no sean suyos.',
        },
      },
    ],
    minutes: 30,
    confirm: {
      en: 'The DMV has answered your questions, and your driving record shows nothing you do not know.',
      es: 'El DMV respondió sus preguntas y su historial de manejo no muestra nada que usted no reconozca.',
    },
    record: ['confirmation-number'],
    checkOnOfficialSite: [
      {
        en: 'Your state DMV’s address and phone number. USA.gov lists each state’s motor-vehicle office; reach it from usa.gov itself.',
        es: 'La dirección y el teléfono del DMV de su estado. USA.gov tiene la lista de oficinas de vehículos de cada estado; entre desde usa.gov.',
      },
    ],
    sources: [
      { url: 'https://www.identitytheft.gov/', title: 'FTC: IdentityTheft.gov, when information is lost or exposed' },
      {
        url: 'https://www.experian.com/blogs/ask-experian/what-should-i-do-if-my-drivers-license-number-is-stolen/',
        title: 'Experian: What to do if your driver’s license number is stolen',
      },
    ],
    verifiedOn: '2026-12-02',
    reminders: [
      {
        // No source sets how often; once a year is Lockstep's own cadence, said as such in the title.
        kind: 'recheck-driving-record',
        from: 'done',
        after: { months: 12 },
        repeat: 'yearly',
        title: {
          en: 'Yearly check: ask your state’s DMV for your driving record again',
          es: 'Revisión anual: pida otra vez su historial de manejo al DMV de su estado',
        },
      },
    ],
    appliesTo: { subjects: ADULTS, exposures: ['license'] },
  },
];
