import { formatLongDate, type Language } from '../documents/packet-content';
import { ACTIONS, ITEM_TITLES } from './actions';
import { formatDollars } from './letters/build';
import type { ActionStatus, RecoveryCase } from './types';

/**
 * The case summary, for the police, a lawyer, a bank or the person's own memory: each item with its
 * actions, then one dated timeline of everything recorded. Pure: the PDF and the print view both
 * draw it. It holds only what the case holds, so no vault secret (report or account numbers) is in it.
 */
export interface CaseSummaryContent {
  language: Language;
  title: string;
  preparedFor: string;
  preparedOn: string;
  openedOn: string;
  intro: string[];
  itemsHeading: string;
  items: { heading: string; facts: string[]; actions: { title: string; status: string; notes: string[] }[] }[];
  timelineHeading: string;
  /** Oldest first; `date` is YYYY-MM-DD (for sorting and tests), `day` the same date in words. */
  timeline: { date: string; day: string; text: string }[];
  emptyNote?: string;
  footer: string;
}

export interface SummaryInput {
  profileName: string;
  recoveryCase: RecoveryCase | null | undefined;
  language: Language;
  /** Today, YYYY-MM-DD. */
  date: string;
  /** An ISO instant as the person's calendar date (YYYY-MM-DD), in the app's zone (the reminders'). */
  localDay: (iso: string) => string;
}

const STATUS: Record<Language, Record<ActionStatus, string>> = {
  en: { todo: 'To do', in_progress: 'Started', done: 'Done', not_needed: 'Not needed' },
  es: { todo: 'Por hacer', in_progress: 'Empezado', done: 'Hecho', not_needed: 'No hace falta' },
};

const WORDS = {
  en: {
    title: (name: string) => `Identity theft case summary: ${name}`,
    preparedFor: (name: string) => `Prepared for ${name}`,
    preparedOn: (day: string) => `Prepared on ${day} with Lockstep`,
    openedOn: (day: string) => `Case opened on ${day}`,
    intro: [
      'What was found, what was done about each item, and when, as recorded by the person on their own computer.',
      'Report numbers, case numbers and full account numbers are kept in a separate locked vault and are not in this summary.',
    ],
    itemsHeading: 'What was found',
    noticed: (day: string) => `Noticed on ${day}`,
    amount: (a: string) => `Amount: ${a}`,
    reference: (r: string) => `Account ending ${r}`,
    mailed: (day: string) => `Mailed on ${day}`,
    tracking: (t: string) => `Tracking number ${t}`,
    contacts: (n: number) => (n === 1 ? '1 contact recorded' : `${n} contacts recorded`),
    timelineHeading: 'Timeline',
    evNoticed: (item: string) => `${item}: noticed`,
    evAdded: (item: string) => `${item}: added to the case`,
    evMailed: (item: string, action: string, tracking?: string) =>
      `${item}. ${action}: letter mailed${tracking ? ` (tracking ${tracking})` : ''}`,
    evContact: (item: string, action: string, who: string, said: string) =>
      `${item}. ${action}: contact with ${who}${said ? `. They said: ${said}` : ''}`,
    evStatus: (item: string, action: string, status: string) => `${item}. ${action}: marked "${status}"`,
    empty: 'Nothing has been added to the case yet.',
    footer: 'Made by Lockstep from the records kept on this computer. It holds no Social Security number.',
  },
  es: {
    title: (name: string) => `Resumen del caso de robo de identidad: ${name}`,
    preparedFor: (name: string) => `Preparado para ${name}`,
    preparedOn: (day: string) => `Preparado el ${day} con Lockstep`,
    openedOn: (day: string) => `Caso abierto el ${day}`,
    intro: [
      'Lo que se encontró, lo que se hizo con cada cosa y cuándo, según lo anotó la persona en su propia computadora.',
      'Los números de informe, de caso y de cuenta completos se guardan en una bóveda cerrada aparte y no están en este resumen.',
    ],
    itemsHeading: 'Lo que se encontró',
    noticed: (day: string) => `Notado el ${day}`,
    amount: (a: string) => `Monto: ${a}`,
    reference: (r: string) => `Cuenta que termina en ${r}`,
    mailed: (day: string) => `Enviado el ${day}`,
    tracking: (t: string) => `Número de seguimiento ${t}`,
    contacts: (n: number) => (n === 1 ? '1 contacto anotado' : `${n} contactos anotados`),
    timelineHeading: 'Cronología',
    evNoticed: (item: string) => `${item}: se notó`,
    evAdded: (item: string) => `${item}: se agregó al caso`,
    evMailed: (item: string, action: string, tracking?: string) =>
      `${item}. ${action}: carta enviada${tracking ? ` (seguimiento ${tracking})` : ''}`,
    evContact: (item: string, action: string, who: string, said: string) =>
      `${item}. ${action}: contacto con ${who}${said ? `. Dijeron: ${said}` : ''}`,
    evStatus: (item: string, action: string, status: string) => `${item}. ${action}: marcado "${status}"`,
    empty: 'Todavía no se ha agregado nada al caso.',
    footer:
      'Hecho por Lockstep con los registros guardados en esta computadora. No contiene ningún número de Seguro Social.',
  },
} as const;

export function buildCaseSummary(input: SummaryInput): CaseSummaryContent {
  const { language, profileName, localDay } = input;
  const w = WORDS[language];
  const day = (d: string) => formatLongDate(d, language);
  const items = input.recoveryCase?.items ?? [];
  const timeline: { date: string; text: string; order: number }[] = [];
  const add = (date: string, text: string) => timeline.push({ date, text, order: timeline.length });

  const itemViews = items.map((item) => {
    const name = `${ITEM_TITLES[item.kind][language]}: ${item.company}`;
    add(item.noticedOn, w.evNoticed(name));
    add(localDay(item.createdAt), w.evAdded(name));
    const facts = [
      w.noticed(day(item.noticedOn)),
      ...(item.amountCents !== undefined ? [w.amount(formatDollars(item.amountCents))] : []),
      ...(item.reference ? [w.reference(item.reference)] : []),
    ];
    const actions = item.actions.map((action) => {
      const title = ACTIONS[action.kind].title[language];
      const status = STATUS[language][action.status];
      if (action.mailedOn) add(action.mailedOn, w.evMailed(name, title, action.tracking));
      for (const entry of action.log) add(entry.on, w.evContact(name, title, entry.who, entry.said));
      // Settled actions are dated by their last change; an open one's changes show as its contacts.
      if (action.status === 'done' || action.status === 'not_needed')
        add(localDay(action.updatedAt), w.evStatus(name, title, status));
      const notes = [
        ...(action.mailedOn ? [w.mailed(day(action.mailedOn))] : []),
        ...(action.tracking ? [w.tracking(action.tracking)] : []),
        ...(action.log.length > 0 ? [w.contacts(action.log.length)] : []),
      ];
      return { title, status, notes };
    });
    return { heading: name, facts, actions };
  });

  timeline.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  const opened = input.recoveryCase ? localDay(input.recoveryCase.openedAt) : input.date;
  return {
    language,
    title: w.title(profileName),
    preparedFor: w.preparedFor(profileName),
    preparedOn: w.preparedOn(day(input.date)),
    openedOn: w.openedOn(day(opened)),
    intro: [...w.intro],
    itemsHeading: w.itemsHeading,
    items: itemViews,
    timelineHeading: w.timelineHeading,
    timeline: timeline.map(({ date, text }) => ({ date, day: day(date), text })),
    ...(items.length === 0 ? { emptyNote: w.empty } : {}),
    footer: w.footer,
  };
}
