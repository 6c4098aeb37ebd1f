import type { recoveryEntryEn } from './recovery-entry-en';

/**
 * The words the entry buttons need (profile and plan pages): in the main table. The case page's
 * own words (recovery-en.ts, recovery-es.ts) load with that page, so the first screen does not carry them.
 */
export const recoveryEntryEs: typeof recoveryEntryEn = {
  open: 'Alguien usó mis datos',
  openCase: 'Abrir el caso de recuperación',
  openFor: 'Alguien usó mis datos: {{name}}',
  guideFraud: 'La persona que llama encontró un fraude',
  entry:
    '¿Encontró una cuenta, un préstamo o una declaración de impuestos que no es suya? Lleve un caso con fechas de lo que hace al respecto.',
};
