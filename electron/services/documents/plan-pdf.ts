import type { PlanDocContent, PlanDocStep } from '../../shared/core/documents/plan-content';
import { SIZE, finish, startDocument, type RenderOptions, type Writer } from './pdf-writer';

function drawPlanStep(w: Writer, content: PlanDocContent, step: PlanDocStep) {
  const heading = step.statusLabel ? `${step.title} (${step.statusLabel})` : step.title;
  w.checkItem(heading, step.done, { size: SIZE.step, font: 'bold', after: 1 });
  const indent = SIZE.step * 0.9 + 10;
  w.text(`${step.agency} · ${step.minutes}`, { size: SIZE.small, indent, color: w.grey, after: 4 });
  for (const phone of step.phones) {
    w.text(`${content.phonesLabel}: ${phone.number}`, { size: SIZE.phone, font: 'bold', indent, leading: 0.2 });
    w.text(phone.label, { size: SIZE.small, indent, after: 4 });
  }
  for (const site of step.sites) {
    w.text(`${content.sitesLabel}: ${site.host}`, { size: SIZE.site, font: 'bold', indent, leading: 0.2 });
    w.text(site.label, { size: SIZE.small, indent, after: 4 });
  }
  for (const fact of step.checkOnSite) w.text(`${content.checkLabel}: ${fact}`, { size: SIZE.small, indent, after: 2 });
  w.gap(10);
}

/** The printable plan: every applying step with a box, official numbers and sites in large type. */
export async function renderPlanPdf(content: PlanDocContent, options: RenderOptions = {}): Promise<Uint8Array> {
  const { doc, writer: w } = await startDocument(content.title, content.language, options);
  w.text(content.heading, { font: 'bold', size: SIZE.planTitle, after: 4 });
  w.text(content.preparedOn, { after: 0 });
  w.text(content.progress, { font: 'bold', after: 8 });
  for (const line of content.intro) w.text(line, { size: 12, after: 4 });
  w.gap(4);
  for (const section of content.sections) {
    // A section title never sits alone at the foot of a page.
    w.keepTogether(() => {
      w.rule();
      w.text(section.title, { font: 'bold', size: SIZE.title, after: 8 });
      const first = section.steps[0];
      if (first) drawPlanStep(w, content, first);
    });
    for (const step of section.steps.slice(1)) w.keepTogether(() => drawPlanStep(w, content, step));
  }
  w.keepTogether(() => {
    w.rule();
    w.text(content.footer, { size: SIZE.small, color: w.grey });
  });
  return finish(doc, w, content.language);
}
