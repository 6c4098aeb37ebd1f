import type { CatalogStep } from '../types';
import { ADULTS, SSN_EXPOSED } from './common';
import { FTC_FREEZES } from './freezes-shared';
import { adultFreezeSteps } from './freezes-adult';
import { minorFreezeSteps } from './freezes-minor';

/** The credit freezes: the adult's three, the child's or represented adult's three, then the thaw planner. */
export const freezeSteps: CatalogStep[] = [
  ...adultFreezeSteps,
  ...minorFreezeSteps,
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
