import { BUREAU_NAMES, isBureau } from '../bureaus';
import { CATALOG, getStep } from '../catalog';
import type { Text } from '../catalog/types';
import { ACTIONS } from '../recovery/actions';
import { ACTION_KINDS, type ActionKind } from '../recovery/types';
import type { GENERAL_REMINDER_KINDS, Reminder, ReminderKind } from './types';

/**
 * Reminder titles in both languages, shared by the app (inbox, notifications) and the calendar
 * file. The kinds every step can make are titled here; each step's own kinds are titled in its
 * catalog file, next to the rule; a recovery action's renewal, beside the action. Placeholders
 * are filled only from reminder params (step titles, bureau names, dates), never from anything the
 * user typed.
 */
const GENERAL_TITLES: Record<(typeof GENERAL_REMINDER_KINDS)[number], Text> = {
  'follow-up': { en: 'Follow up: {{step}}', es: 'Dé seguimiento: {{step}}' },
  'mail-follow-up': {
    en: 'No reply yet? Call about the request you mailed: {{step}}',
    es: '¿Sin respuesta? Llame por la solicitud que envió: {{step}}',
  },
  custom: { en: 'Reminder: {{step}}', es: 'Recordatorio: {{step}}' },
  // A mailed recovery letter: the reply-due day counts mail time as an assumption (recovery/facts.ts).
  'recovery-reply-due': {
    en: 'Reply due by {{dueOn}} (mailed {{mailedOn}}, allowing for mail time): {{action}}',
    es: 'Respuesta esperada a más tardar el {{dueOn}} (enviada el {{mailedOn}}, contando el correo): {{action}}',
  },
};

const isActionKind = (v: unknown): v is ActionKind => (ACTION_KINDS as readonly unknown[]).includes(v);

/** Every kind with its title: the general ones, then each kind the catalog's steps declare. */
function collectTitles(): ReadonlyMap<ReminderKind, Text> {
  const titles = new Map<ReminderKind, Text>(Object.entries(GENERAL_TITLES));
  for (const step of CATALOG)
    for (const rule of step.reminders ?? []) if (!titles.has(rule.kind)) titles.set(rule.kind, rule.title);
  // Recovery actions that end declare their renewal reminder beside the action (recovery/actions.ts).
  for (const action of Object.values(ACTIONS))
    if (action.renewal && !titles.has(action.renewal.kind)) titles.set(action.renewal.kind, action.renewal.title);
  return titles;
}

const TITLES = collectTitles();

/** Every reminder kind that exists; the contract accepts no other. */
export const REMINDER_KINDS: readonly ReminderKind[] = [...TITLES.keys()];

const FALLBACK: Text = { en: 'Reminder: {{step}}', es: 'Recordatorio: {{step}}' };

export function reminderTitle(reminder: Pick<Reminder, 'kind' | 'stepId' | 'params'>, language: 'en' | 'es'): string {
  const stepId = reminder.stepId ?? (typeof reminder.params.stepId === 'string' ? reminder.params.stepId : null);
  const step = stepId ? getStep(stepId) : undefined;
  const values: Record<string, string> = {
    step: step ? step.title[language] : language === 'es' ? 'su plan' : 'your plan',
  };
  for (const [k, v] of Object.entries(reminder.params))
    values[k] =
      k === 'bureau' && isBureau(v)
        ? BUREAU_NAMES[v]
        : k === 'action' && isActionKind(v)
          ? ACTIONS[v].title[language]
          : String(v);
  const title = TITLES.get(reminder.kind) ?? FALLBACK;
  return title[language].replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? '');
}
