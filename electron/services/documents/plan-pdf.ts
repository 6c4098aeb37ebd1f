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
 * One step: its box and title, what to do, the numbers to call, the full web addresses, the mailing
 * address, what to have ready and what to check on the official site.
 */
function drawStep(w: Writer, content: PlanDocContent, step: PlanDocStep) {
  const heading = step.statusLabel ? `${step.title} (${step.statusLabel})` : step.title;
  w.checkItem(heading, step.done, { size: SIZE.step, font: 'bold', after: 1 });
  w.text(`${step.action} (${step.minutes})`, { size: STEP.action, indent: INDENT, after: 4 });
  for (const phone of step.phones) drawPhone(w, content, phone);
  const url = { size: STEP.url, font: 'bold', indent: INDENT, leading: 0.3, after: 2 } as const;
  for (const site of step.sites) w.pair(site.url, site.label, url, { size: STEP.detail });
  const small = { size: STEP.detail, indent: INDENT, after: 2 };
  if (step.mail) w.text(`${content.mailLabel}: ${step.mail.text}`, small);
  if (step.haveReady.length > 0) w.text(`${content.readyLabel}: ${joinReady(step.haveReady)}`, small);
  for (const fact of step.checkOnSite) w.text(`${content.checkLabel}: ${fact}`, { ...small, color: w.grey });
  w.gap(8);
}

/**
 * The printable plan: the person's name and date, then the tiers in order, flowing from page to
 * page. Each step has a box, what to do, its official numbers, full web and mailing addresses, and
 * what to have ready. A step is never split across pages, nor a tier title left at a page's foot.
 */
export async function renderPlanPdf(content: PlanDocContent, options: RenderOptions = {}): Promise<Uint8Array> {
  const { doc, writer: w } = await startDocument(content.title, content.language, options);
  w.text(content.heading, { font: 'bold', size: SIZE.planTitle, after: 2 });
  w.text(`${content.preparedOn} · ${content.progress}`, { after: 6 });
  for (const line of content.intro) w.text(line, { size: 12, after: 2 });
  w.gap(6);
  for (const section of content.sections) {
    const [first, ...rest] = section.steps;
    // A step is shorter than a page, so each stays whole on one; a tier title keeps its first step.
    w.keepTogether(() => {
      w.rule();
      w.text(section.title, { font: 'bold', size: SIZE.title, after: 6 });
      if (first) drawStep(w, content, first);
    });
    for (const step of rest) w.keepTogether(() => drawStep(w, content, step));
  }
  w.keepTogether(() => {
    w.rule();
    w.text(content.footer, { size: SIZE.small, color: w.grey });
  });
  // A name the font cannot draw is left out of the page foot (page 1 has the blank to write it in).
  return finish(doc, w, content.language, w.draws(content.pageNote) ? content.pageNote : content.printedOn);
}
