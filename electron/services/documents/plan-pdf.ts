import type { PlanDocContent, PlanDocStep } from '../../shared/core/documents/plan-content';
import { SIZE, finish, startDocument, type RenderOptions, type Writer } from './pdf-writer';

/** Type sizes of a step's parts: the numbers to call stand out; the rest is readable body text. */
const STEP = {
  action: SIZE.body,
  phone: 16,
  url: 12,
  detail: SIZE.small,
} as const;

/** "A; B; C.": the things to have ready, as one sentence. */
const joinReady = (items: readonly string[]) => `${items.map((i) => i.replace(/\.$/u, '')).join('; ')}.`;

const INDENT = SIZE.step * 0.9 + 10;

function drawPhone(w: Writer, content: PlanDocContent, phone: PlanDocStep['phones'][number]) {
  w.pair(
    `${content.phonesLabel}: ${phone.number}`,
    phone.label,
    { size: STEP.phone, font: 'bold', indent: INDENT, leading: 0.25, after: 1 },
    { size: STEP.detail },
  );
}

/**
 * One step in parts, each drawn whole: its box, title and what to do (with the first number or site),
 * then each further number, web address, the mailing address, what to have ready, what to check.
 */
function stepParts(w: Writer, content: PlanDocContent, step: PlanDocStep): (() => void)[] {
  const heading = step.statusLabel ? `${step.title} (${step.statusLabel})` : step.title;
  const url = { size: STEP.url, font: 'bold', indent: INDENT, leading: 0.3, after: 2 } as const;
  const small = { size: STEP.detail, indent: INDENT, after: 2 };
  const contacts = [
    ...step.phones.map((phone) => () => drawPhone(w, content, phone)),
    ...step.sites.map((site) => () => w.pair(site.url, site.label, url, { size: STEP.detail })),
  ];
  const [firstContact, ...otherContacts] = contacts;
  const head = () => {
    w.checkItem(heading, step.done, { size: SIZE.step, font: 'bold', after: 1 });
    w.text(`${step.action} (${step.minutes})`, { size: STEP.action, indent: INDENT, after: 4 });
    firstContact?.();
  };
  const mail = step.mail;
  return [
    head,
    ...otherContacts,
    ...(mail ? [() => w.text(`${content.mailLabel}: ${mail.text}`, small)] : []),
    ...(step.haveReady.length > 0 ? [() => w.text(`${content.readyLabel}: ${joinReady(step.haveReady)}`, small)] : []),
    ...step.checkOnSite.map((fact) => () => w.text(`${content.checkLabel}: ${fact}`, { ...small, color: w.grey })),
  ];
}

/**
 * One step, after `lead` (a tier title, which never sits alone at a page's foot). Whole on this page
 * when it fits; a long step on a page with good room starts here and runs on in whole parts, under
 * its title marked "continued"; otherwise it starts on the next page.
 */
function drawPlanStep(w: Writer, content: PlanDocContent, step: PlanDocStep, lead?: () => void) {
  const [head, ...rest] = stepParts(w, content, step);
  const start = () => {
    lead?.();
    head?.();
  };
  const whole = w.measure(() => {
    start();
    rest.forEach((part) => part());
  });
  if (whole > w.room && w.room < Math.max(w.measure(start) + 40, whole / 2)) w.newPage();
  w.keepTogether(start);
  for (const part of rest) {
    if (w.measure(part) > w.room) {
      w.newPage();
      w.text(`${step.title} ${content.continued}`, { size: STEP.detail, font: 'bold', color: w.grey, after: 3 });
    }
    part();
  }
  w.gap(8);
}

/**
 * The printable plan: the person's name and date, then the tiers in order, flowing from page to
 * page. Each step has a box, what to do, its official numbers, full web and mailing addresses, and
 * what to have ready.
 */
export async function renderPlanPdf(content: PlanDocContent, options: RenderOptions = {}): Promise<Uint8Array> {
  const { doc, writer: w } = await startDocument(content.title, content.language, options);
  w.text(content.heading, { font: 'bold', size: SIZE.planTitle, after: 2 });
  w.text(`${content.preparedOn} · ${content.progress}`, { after: 6 });
  for (const line of content.intro) w.text(line, { size: 12, after: 2 });
  w.gap(6);
  for (const section of content.sections) {
    const [first, ...rest] = section.steps;
    const title = () => {
      w.rule();
      w.text(section.title, { font: 'bold', size: SIZE.title, after: 6 });
    };
    if (first) drawPlanStep(w, content, first, title);
    for (const step of rest) drawPlanStep(w, content, step);
  }
  w.keepTogether(() => {
    w.rule();
    w.text(content.footer, { size: SIZE.small, color: w.grey });
  });
  // A name the font cannot draw is left out of the page foot (page 1 has the blank to write it in).
  return finish(doc, w, content.language, w.draws(content.pageNote) ? content.pageNote : content.printedOn);
}
