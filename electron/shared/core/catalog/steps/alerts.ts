import { ADULTS } from './common';
import type { CatalogStep } from '../types';


const FTC_FREEZES_AND_ALERTS = {
  url: 'https://consumer.ftc.gov/articles/what-know-about-credit-freezes-and-fraud-alerts',
  title: 'FTC: What to know about credit freezes and fraud alerts',
};

/** Alerts and reports: the layer on top of the freezes, and how to notice misuse early. */
export const alertSteps: CatalogStep[] = [
  {
    id: 'fraud-alert',
    section: 'alerts',
    ownIdentity: true,
    tier: 'week', // free and quick; the freezes already stop most new credit
    agency: { en: 'Equifax, Experian or TransUnion', es: 'Equifax, Experian o TransUnion' },
    title: { en: 'Place a fraud alert', es: 'Ponga una alerta de fraude' },
    why: {
      en: 'A fraud alert asks lenders to check it is really you before they open new credit. It is free, lasts 1 year and can be renewed. Unlike a freeze, you contact only one bureau: it must tell the other two.',
      es: 'Una alerta de fraude pide a los prestamistas que confirmen que es usted antes de abrir crédito nuevo. Es gratis, dura 1 año y se puede renovar. A diferencia del congelamiento, solo contacta a una agencia: esa debe avisar a las otras dos.',
    },
    urls: [
      {
        url: FTC_FREEZES_AND_ALERTS.url,
        label: {
          en: 'the FTC’s guide to freezes and fraud alerts',
          es: 'la guía de la FTC sobre congelamientos y alertas de fraude',
        },
      },
      { url: 'https://www.equifax.com/', label: { en: 'Equifax’s website', es: 'el sitio web de Equifax' } },
      { url: 'https://www.experian.com/', label: { en: 'Experian’s website', es: 'el sitio web de Experian' } },
      { url: 'https://www.transunion.com/', label: { en: 'TransUnion’s website', es: 'el sitio web de TransUnion' } },
    ],
    phones: [],
    haveReady: [
      {
        en: 'Your full legal name, date of birth and current address',
        es: 'Su nombre legal completo, su fecha de nacimiento y su dirección actual',
      },
      {
        en: 'Your Social Security number. Give it only on the bureau’s site or phone line, never in Lockstep.',
        es: 'Su número de Seguro Social. Compártalo solo en el sitio web o por la línea telefónica de la agencia, nunca en Lockstep.',
      },
    ],
    subSteps: [
      {
        id: 'pick-one',
        text: {
          en: 'Pick one bureau and ask it for an initial fraud alert. That bureau must pass the alert to the other two.',
          es: 'Elija una agencia y pídale una alerta de fraude inicial. Esa agencia debe pasar la alerta a las otras dos.',
        },
      },
      {
        id: 'not-a-freeze',
        text: {
          en: 'This is not the same as a freeze. A freeze does not travel: you place it at each bureau yourself.',
          es: 'Esto no es lo mismo que un congelamiento. El congelamiento no se comparte: usted lo pone en cada agencia.',
        },
      },
      {
        id: 'extended',
        text: {
          en: 'If someone has already misused your details, report it at IdentityTheft.gov. With that report you can get an extended alert, which lasts 7 years.',
          es: 'Si alguien ya usó sus datos, repórtelo en IdentityTheft.gov. Con ese reporte puede obtener una alerta extendida, que dura 7 años.',
        },
      },
      {
        id: 'active-duty',
        text: {
          en: 'If you are in the military on active duty, you can also ask for an active-duty alert. It lasts 1 year.',
          es: 'Si está en servicio militar activo, también puede pedir una alerta de servicio activo. Dura 1 año.',
        },
      },
      {
        id: 'confirm',
        text: {
          en: 'Watch for confirmation from each of the three bureaus. Lockstep reminds you before the year ends, so you can renew.',
          es: 'Espere la confirmación de cada una de las tres agencias. Lockstep le avisa antes de que termine el año para que pueda renovarla.',
        },
      },
    ],
    minutes: 10,
    confirm: {
      en: 'All three bureaus have confirmed the fraud alert.',
      es: 'Las tres agencias confirmaron la alerta de fraude.',
    },
    record: ['confirmation-number'],
    sources: [FTC_FREEZES_AND_ALERTS],
    verifiedOn: '2026-12-02',
    reminders: [
      {
        kind: 'renew-fraud-alert',
        from: 'done',
        after: { months: 12 },
        leadDays: 14,
        endParam: 'expiresOn',
        title: {
          en: 'Renew your fraud alert (it ends {{expiresOn}})',
          es: 'Renueve su alerta de fraude (vence el {{expiresOn}})',
        },
      },
    ],
    appliesTo: { subjects: ADULTS },
  },
  {
    id: 'credit-reports',
    section: 'alerts',
    ownIdentity: true,
    tier: 'yearly', // checking the reports is a recurring habit, not a one-time fix
    agency: {
      en: 'AnnualCreditReport.com (the official free-report site)',
      es: 'AnnualCreditReport.com (el sitio oficial de informes gratis)',
    },
    title: { en: 'Check your credit reports', es: 'Revise sus informes de crédito' },
    why: {
      en: 'Your credit reports list every account opened in your name. Checking them is how you spot fraud early. All three bureaus give you a free report every week.',
      es: 'Sus informes de crédito muestran cada cuenta abierta a su nombre. Revisarlos es la manera de descubrir un fraude a tiempo. Cada una de las tres agencias le da un informe gratis todas las semanas.',
    },
    urls: [
      {
        url: 'https://www.annualcreditreport.com/',
        label: { en: 'AnnualCreditReport.com', es: 'el sitio AnnualCreditReport.com' },
      },
    ],
    phones: [
      {
        number: '1-877-322-8228',
        label: { en: 'Free credit report request line', es: 'Línea para pedir informes de crédito gratis' },
      },
    ],
    haveReady: [
      { en: 'Your name, address and date of birth', es: 'Su nombre, su dirección y su fecha de nacimiento' },
      {
        en: 'Your Social Security number. Type it only on AnnualCreditReport.com, never in Lockstep.',
        es: 'Su número de Seguro Social. Escríbalo solo en AnnualCreditReport.com, nunca en Lockstep.',
      },
    ],
    subSteps: [
      {
        id: 'only-site',
        text: {
          en: 'Use only AnnualCreditReport.com. Other “free report” sites may try to sell you something.',
          es: 'Use solo AnnualCreditReport.com. Otros sitios de “informes gratis” pueden intentar venderle algo.',
        },
      },
      {
        id: 'all-three',
        text: {
          en: 'Ask for your reports from all three bureaus: Equifax, Experian and TransUnion. Each one is free every week. Since 2023 this is permanent.',
          es: 'Pida sus informes a las tres agencias: Equifax, Experian y TransUnion. Cada informe es gratis todas las semanas, y desde 2023 esto es permanente.',
        },
      },
      {
        id: 'look',
        text: {
          en: 'Read all three. Look for accounts, addresses or credit checks you do not know.',
          es: 'Lea los tres. Busque cuentas, direcciones o consultas de crédito que no reconozca.',
        },
      },
      {
        id: 'act',
        text: {
          en: 'If you find one, go to the step on reporting identity theft.',
          es: 'Si encuentra alguna, vaya al paso para reportar el robo de identidad.',
        },
      },
    ],
    minutes: 20,
    confirm: {
      en: 'You have read all three reports and found nothing you do not know, or you have reported what you found.',
      es: 'Leyó los tres informes y no encontró nada desconocido, o ya reportó lo que encontró.',
    },
    record: [],
    sources: [
      {
        url: 'https://consumer.ftc.gov/consumer-alerts/2023/10/you-now-have-permanent-access-free-weekly-credit-reports',
        title: 'FTC consumer alert (October 2023): You now have permanent access to free weekly credit reports',
      },
      {
        url: 'https://consumer.ftc.gov/consumer-alerts/2022/04/give-yourself-some-credit-reports',
        title: 'FTC consumer alert (April 2022): Give yourself some credit (reports), with the 1-877-322-8228 line',
      },
      { url: 'https://www.annualcreditreport.com/', title: 'AnnualCreditReport.com' },
    ],
    verifiedOn: '2026-12-02',
    reminders: [
      {
        kind: 'check-reports',
        from: 'done',
        series: 'report-checks',
        title: {
          en: 'Check your credit reports at all three bureaus (free every week)',
          es: 'Revise sus informes de crédito de las tres agencias (son gratis cada semana)',
        },
      },
    ],
    appliesTo: { subjects: ADULTS },
  },
];
