import { getStep } from '../catalog';
import type { Text } from '../catalog/types';
import type { Reminder, ReminderKind } from './types';

/**
 * Reminder titles in both languages, shared by the app (inbox, notifications) and the calendar
 * file. Placeholders are filled only from reminder params (step titles, bureau names, dates),
 * never from anything the user typed.
 */
const TITLES: Record<ReminderKind, Text> = {
  'follow-up': { en: 'Follow up: {{step}}', es: 'Dé seguimiento: {{step}}' },
  'confirm-freeze': {
    en: 'Check that the freeze took effect: {{step}}',
    es: 'Compruebe que el congelamiento quedó activo: {{step}}',
  },
  'renew-fraud-alert': {
    en: 'Renew your fraud alert (it ends {{expiresOn}})',
    es: 'Renueve su alerta de fraude (vence el {{expiresOn}})',
  },
  'irs-ip-pin': {
    en: 'Get this year’s IRS Identity Protection PIN',
    es: 'Obtenga el PIN de Protección de Identidad del IRS de este año',
  },
  'id-protection-end': {
    en: 'Your free ID protection ends {{endsOn}}: renew, switch, or rely on freezes',
    es: 'Su protección de identidad gratuita termina el {{endsOn}}: renueve, cambie o confíe en los congelamientos',
  },
  'check-reports': { en: 'Check your credit report at {{bureau}}', es: 'Revise su informe de crédito en {{bureau}}' },
  'thaw-end': {
    en: 'Check that your {{bureau}} freeze is back on',
    es: 'Compruebe que su congelamiento en {{bureau}} volvió a estar activo',
  },
  'mail-follow-up': {
    en: 'No reply yet? Call about the request you mailed: {{step}}',
    es: '¿Sin respuesta? Llame por la solicitud que envió: {{step}}',
  },
  custom: { en: 'Reminder: {{step}}', es: 'Recordatorio: {{step}}' },
};

const BUREAU_NAMES: Record<string, string> = { equifax: 'Equifax', experian: 'Experian', transunion: 'TransUnion' };

export function reminderTitle(reminder: Pick<Reminder, 'kind' | 'stepId' | 'params'>, language: 'en' | 'es'): string {
  const stepId = reminder.stepId ?? (typeof reminder.params.stepId === 'string' ? reminder.params.stepId : null);
  const step = stepId ? getStep(stepId) : undefined;
  const values: Record<string, string> = {
    step: step ? step.title[language] : language === 'es' ? 'su plan' : 'your plan',
  };
  for (const [k, v] of Object.entries(reminder.params))
    values[k] = k === 'bureau' ? (BUREAU_NAMES[String(v)] ?? String(v)) : String(v);
  return TITLES[reminder.kind][language].replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? '');
}
