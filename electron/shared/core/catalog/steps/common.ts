import type { ReminderRule } from '../behaviour';

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
