import type { ReminderRule } from '../behaviour';
import type { DataType, Subject } from '../types';

/**
 * The adults a step for a living adult is for: the person themselves, a spouse or partner, and an
 * adult helped by someone without legal authority (who does the steps themselves, with the helper
 * beside them; steps that check their own identity say so with the `person-does-it` note).
 */
export const ADULTS = ['self', 'spouse', 'assisted'] as const satisfies readonly Subject[];

/**
 * One rule for who gets which freezes, the same at all seven agencies: the FTC's checklist for lost
 * or exposed information ties the credit freeze to an exposed Social Security number. Without one,
 * the plan offers the freezes as optional and says why.
 */
export const SSN_EXPOSED: readonly DataType[] = ['ssn'];

/** Every freeze step: the day after it is done, check that the freeze really took effect. */
export const CONFIRM_FREEZE: ReminderRule = {
  kind: 'confirm-freeze',
  from: 'done',
  after: { days: 1 },
  title: {
    en: 'Check that the freeze took effect: {{step}}',
    es: 'Compruebe que el congelamiento quedó activo: {{step}}',
  },
};
