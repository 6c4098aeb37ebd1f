import type { Text } from './types';

/**
 * Words the steps cannot avoid. The UI shows the definition the first time a word appears, so a
 * step may use these words without explaining them itself (the catalog test checks this).
 */
export interface GlossaryEntry {
  /** Stable key; the catalog test's jargon list refers to it. */
  id: string;
  term: Text;
  /** One line, plain words. */
  definition: Text;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'freeze',
    term: { en: 'Credit freeze', es: 'Congelamiento de crédito' },
    definition: {
      en: 'A free block on your credit file, so new lenders cannot see it or open credit in your name.',
      es: 'Un bloqueo gratuito de su expediente de crédito: los prestamistas nuevos no pueden verlo ni abrir cuentas de crédito a su nombre.',
    },
  },
  {
    id: 'lift',
    term: { en: 'Lift (or thaw)', es: 'Levantamiento temporal' },
    definition: {
      en: 'Opening a freeze for a short time, or for one lender, so you can apply for credit.',
      es: 'Abrir el congelamiento por un tiempo corto, o para un solo prestamista, para poder pedir crédito.',
    },
  },
  {
    id: 'fraud-alert',
    term: { en: 'Fraud alert', es: 'Alerta de fraude' },
    definition: {
      en: 'A note on your credit file that asks lenders to check it is really you before they give credit.',
      es: 'Una nota en su expediente de crédito que pide a los prestamistas confirmar que es usted antes de darle crédito.',
    },
  },
  {
    id: 'port-out',
    term: { en: 'Port-out', es: 'Portabilidad (port-out)' },
    definition: {
      en: 'Moving a phone number from one phone company to another.',
      es: 'Pasar un número de teléfono de una compañía telefónica a otra.',
    },
  },
  {
    id: 'sim-swap',
    term: { en: 'SIM swap', es: 'Cambio de SIM' },
    definition: {
      en: 'Moving a phone number to a new SIM card or eSIM, so calls and texts go to another phone.',
      es: 'Pasar un número a otra tarjeta SIM o eSIM, para que las llamadas y los mensajes lleguen a otro teléfono.',
    },
  },
  {
    id: 'two-factor',
    term: { en: 'Two-factor sign-in', es: 'Verificación en dos pasos' },
    definition: {
      en: 'Signing in with your password plus a second proof, such as a code from an app.',
      es: 'Entrar con su contraseña y una segunda prueba, como un código de una aplicación.',
    },
  },
  {
    id: 'credit-file',
    term: { en: 'Credit file', es: 'Expediente de crédito' },
    definition: {
      en: 'The record a credit bureau keeps about your loans, cards and bills.',
      es: 'El registro que guarda una agencia de crédito sobre sus préstamos, tarjetas y cuentas.',
    },
  },
  {
    id: 'credit-bureau',
    term: { en: 'Credit bureau', es: 'Agencia de crédito' },
    definition: {
      en: 'A company that keeps credit files and sells reports to lenders. Equifax, Experian and TransUnion are the main three.',
      es: 'Una empresa que guarda expedientes de crédito y vende informes a prestamistas. Las tres principales son Equifax, Experian y TransUnion.',
    },
  },
  {
    id: 'authenticator-app',
    term: { en: 'Authenticator app', es: 'Aplicación de autenticación' },
    definition: {
      en: 'An app on your phone that makes sign-in codes, so the codes never travel by text message.',
      es: 'Una aplicación en su teléfono que crea códigos para entrar, sin que viajen por mensaje de texto.',
    },
  },
  {
    id: 'ip-pin',
    term: { en: 'IP PIN', es: 'IP PIN (PIN de protección de identidad)' },
    definition: {
      en: 'A 6-digit number from the IRS that must be on your federal tax return. It changes every year.',
      es: 'Un número de 6 dígitos del IRS que debe ir en su declaración federal de impuestos. Cambia cada año.',
    },
  },
  {
    id: 'pre-screened-offer',
    term: { en: 'Pre-screened offer', es: 'Oferta preseleccionada' },
    definition: {
      en: 'A credit or insurance offer sent to you because your credit file matched a company’s list.',
      es: 'Una oferta de crédito o seguro que le envían porque su expediente de crédito coincidió con la lista de una empresa.',
    },
  },
  {
    id: 'protected-consumer-freeze',
    term: { en: 'Protected Consumer Freeze', es: 'Congelamiento para consumidor protegido' },
    definition: {
      en: 'A freeze a parent or legal representative places for a child under 16 or an adult in their care.',
      es: 'Un congelamiento que un padre o representante legal pide para un menor de 16 años o un adulto a su cargo.',
    },
  },
  {
    id: 'deceased-notice',
    term: { en: 'Deceased notice', es: 'Aviso de fallecimiento' },
    definition: {
      en: 'A note on a credit file saying the person has died, so lenders refuse new credit in their name.',
      es: 'Una nota en un expediente de crédito que indica que la persona falleció, para que nadie obtenga crédito a su nombre.',
    },
  },
];
