import { CATALOG } from '../catalog';
import type { CatalogStep } from '../catalog/types';
import { progressOf, statusOf, type Checklist, type StepStatus } from '../checklist';
import type { Answers } from '../interview';
import { buildPlan } from '../plan';
import { planTiers, type Tier } from '../plan-tiers';
import { mailAddressOf } from './mail-address';
import { formatLongDate, type Language } from './packet-content';

/**
 * A printable plan for a relative who prefers paper, to follow on its own: the steps that apply, in
 * the plan's tiers, each with a box (ticked when done), what to do in a sentence or two, the official
 * phone numbers, full web addresses and mailing address, and what to have ready. Pure. Only catalog
 * facts and step statuses go in: never notes, skip reasons or vault records, which may hold private data.
 */

export interface PlanDocPhone {
  number: string;
  label: string;
}

export interface PlanDocSite {
  /** The full official address, https://…, as a person types it. */
  url: string;
  label: string;
}

/** A mailing address from the catalog, or where to find it when no official source gives it. */
export type PlanDocMail = { kind: 'address'; text: string } | { kind: 'check'; text: string };

export interface PlanDocStep {
  id: string;
  title: string;
  agency: string;
  done: boolean;
  /** "Done", "Started", "Skipped for now" or "" for a step still to do. */
  statusLabel: string;
  minutes: string;
  /** What to do, in the step's own words: its first one or two sentences. */
  action: string;
  phones: PlanDocPhone[];
  sites: PlanDocSite[];
  mail?: PlanDocMail;
  haveReady: string[];
  /** Facts the catalog could not confirm, so the reader checks them on the official site. */
  checkOnSite: string[];
}

export interface PlanDocContent {
  language: Language;
  title: string;
  heading: string;
  preparedOn: string;
  progress: string;
  intro: string[];
  phonesLabel: string;
  mailLabel: string;
  readyLabel: string;
  checkLabel: string;
  /** The plan's tiers, in order: do these first, this week, when you can, every year. */
  sections: { id: Tier; title: string; steps: PlanDocStep[] }[];
  footer: string;
  /** At the foot of every page, beside "Page X of Y": whose plan and the print date. */
  pageNote: string;
  /** The print date alone, written out. */
  printedOn: string;
  /** After a step's title where the step runs on from the page before. */
  continued: string;
}

export interface PlanDocInput {
  profileName: string;
  answers: Answers;
  checklist: Checklist;
  language: Language;
  /** The print date, YYYY-MM-DD, in the user's local calendar. */
  date: string;
  catalog?: readonly CatalogStep[];
}

const WORDS: Record<
  Language,
  {
    title: (name: string) => string;
    preparedOn: (date: string) => string;
    progress: (done: number, total: number) => string;
    intro: string[];
    phones: string;
    mail: string;
    ready: string;
    check: string;
    mailCheck: string;
    continued: string;
    minutes: (n: number) => string;
    status: Record<Exclude<StepStatus, 'not_applicable' | 'todo'>, string>;
    tiers: Record<Tier, (minutes: number) => string>;
    footer: string;
  }
> = {
  en: {
    title: (name) => `Lockstep plan for ${name}`,
    preparedOn: (date) => `Printed on ${date}`,
    progress: (done, total) => `${done} of ${total} steps done`,
    intro: [
      'Tick the box when a step is done.',
      'Call only the numbers printed here, or the one on your bill. Type your Social Security number or PIN only on the official site or phone line, never for someone who calls you.',
    ],
    phones: 'Phone',
    mail: 'By mail',
    ready: 'Have ready',
    check: 'Check on the official site',
    mailCheck: 'check on the official site before you send anything',
    continued: '(continued)',
    minutes: (n) => `About ${n} minutes`,
    status: { done: 'Done', in_progress: 'Started', skipped: 'Skipped for now' },
    tiers: {
      first: (n) => `Do these first (about ${n} minutes)`,
      week: () => 'This week',
      'when-you-can': () => 'When you can',
      yearly: () => 'Every year',
    },
    footer: 'This printout has no PINs, passwords or notes. Keep those somewhere safe, not on this paper.',
  },
  es: {
    title: (name) => `Plan de Lockstep para ${name}`,
    preparedOn: (date) => `Impreso el ${date}`,
    progress: (done, total) => `${done} de ${total} pasos hechos`,
    intro: [
      'Marque la casilla cuando termine un paso.',
      'Llame solo a los números impresos aquí, o al de su factura. Escriba su número de Seguro Social o su PIN solo en el sitio o la línea oficial, nunca para alguien que le llame.',
    ],
    phones: 'Teléfono',
    mail: 'Por correo',
    ready: 'Tenga a mano',
    check: 'Confirme en el sitio oficial',
    mailCheck: 'confírmela en el sitio oficial antes de enviar nada',
    continued: '(continuación)',
    minutes: (n) => `Unos ${n} minutos`,
    status: { done: 'Hecho', in_progress: 'Empezado', skipped: 'Dejado para después' },
    tiers: {
      first: (n) => `Haga esto primero (unos ${n} minutos)`,
      week: () => 'Esta semana',
      'when-you-can': () => 'Cuando pueda',
      yearly: () => 'Cada año',
    },
    footer: 'Esta hoja no tiene PIN, contraseñas ni notas. Guárdelos en un lugar seguro, no en este papel.',
  },
};

// A sentence ends at . ! or ? after a word (not "a.m." or "P.O."), before a capital or an opening mark.
const SENTENCE_END = /(?<=[^\s.]{2}[.!?])\s+(?=[\p{Lu}¿¡“"])/u;
const ACTION_MAX = 260;

/** The step's first one or two sentences, from its sub-steps in order: what to do, in its own words. */
export function actionOf(step: CatalogStep, language: Language): string {
  const sentences = step.subSteps.flatMap((sub) => sub.text[language].trim().split(SENTENCE_END));
  const [first = step.why[language], second] = sentences;
  return second !== undefined && first.length + second.length < ACTION_MAX ? `${first} ${second}` : first;
}

function mailOf(step: CatalogStep, language: Language): PlanDocMail | undefined {
  const mail = mailAddressOf(step, language, WORDS[language].mailCheck);
  return mail?.kind === 'address' ? { kind: 'address', text: mail.lines.join(', ') } : mail;
}

function docStep(step: CatalogStep, status: StepStatus, language: Language): PlanDocStep {
  const w = WORDS[language];
  const seen = new Set<string>();
  const sites: PlanDocSite[] = [];
  for (const link of step.urls) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    // Labels are written to sit inside a sentence ("la página de…"); on paper they stand alone.
    const label = link.label[language];
    sites.push({ url: link.url, label: label.charAt(0).toUpperCase() + label.slice(1) });
  }
  const mail = mailOf(step, language);
  return {
    id: step.id,
    title: step.title[language],
    agency: step.agency[language],
    done: status === 'done',
    statusLabel: status === 'todo' || status === 'not_applicable' ? '' : w.status[status],
    minutes: w.minutes(step.minutes),
    action: actionOf(step, language),
    phones: step.phones.map((p) => ({ number: p.number, label: p.label[language] })),
    sites,
    ...(mail ? { mail } : {}),
    haveReady: step.haveReady.map((t) => t[language]),
    checkOnSite: (step.checkOnOfficialSite ?? []).map((t) => t[language]),
  };
}

/** The printable plan's words. Steps the user marked "does not apply" are left out, as in progress. */
export function buildPlanDocument(input: PlanDocInput): PlanDocContent {
  const { language, checklist } = input;
  const w = WORDS[language];
  const plan = buildPlan(input.answers, input.catalog ?? CATALOG);
  const shown = plan.filter((item) => item.applies && statusOf(checklist, item.step.id) !== 'not_applicable');
  const { overall } = progressOf(plan, checklist);
  // As on screen: the plan's tiers, in order, each with the steps it shows.
  const sections = planTiers(plan, checklist)
    .map((group) => ({
      id: group.tier,
      title: w.tiers[group.tier](group.minutesLeft),
      steps: group.items
        .filter((item) => shown.includes(item))
        .map((item) => docStep(item.step, statusOf(checklist, item.step.id), language)),
    }))
    .filter((section) => section.steps.length > 0);
  return {
    language,
    title: w.title(input.profileName),
    heading: w.title(input.profileName),
    preparedOn: w.preparedOn(formatLongDate(input.date, language)),
    progress: w.progress(overall.done, overall.total),
    intro: w.intro,
    phonesLabel: w.phones,
    mailLabel: w.mail,
    readyLabel: w.ready,
    checkLabel: w.check,
    sections,
    footer: w.footer,
    pageNote: `${input.profileName} · ${formatLongDate(input.date, language)}`,
    printedOn: formatLongDate(input.date, language),
    continued: w.continued,
  };
}
