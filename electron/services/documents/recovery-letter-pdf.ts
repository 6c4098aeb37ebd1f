import type { RecoveryLetterContent } from '../../shared/core/recovery/letters';
import type { CaseSummaryContent } from '../../shared/core/recovery/summary';
import type { Paragraph } from '../../shared/core/documents/packet-content';
import { SIZE, finish, startDocument, type RenderOptions, type Writer } from './pdf-writer';

function drawBullet(w: Writer, p: Paragraph) {
  w.bullet(p.text);
  if (p.translation) w.text(p.translation, { font: 'italic', color: w.grey, indent: 14, after: 4 });
}

/**
 * A recovery letter: the letter to sign on the first page(s), then a page of instructions in the
 * person's language (what to fill in, enclose, check and record). The words come from the core.
 */
export async function renderRecoveryLetterPdf(
  content: RecoveryLetterContent,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const { doc, writer: w } = await startDocument(content.title, content.language, options);
  const { letter } = content;

  w.text(letter.from.heading, { font: 'bold', size: SIZE.small, after: 4 });
  w.text(`${letter.from.name.label}: ${letter.from.name.value}`, { after: 4 });
  for (const blank of letter.from.blanks) w.blank(blank);
  w.gap(6);
  w.paragraph(letter.date, { after: 10 });

  w.text(letter.to.heading, { font: 'bold', size: SIZE.small, after: 4 });
  w.text(letter.to.name, { font: 'bold', leading: 0.25 });
  if (letter.to.address.kind === 'address') {
    for (const line of letter.to.address.lines) w.text(line, { leading: 0.25 });
    w.gap(10);
  } else {
    // No confirmed address: a box to write it in, never a guess.
    w.framedBox(letter.to.address.label, 64);
  }

  w.paragraph(letter.subjectLine, { font: 'bold', size: SIZE.heading - 1, after: 8 });
  w.text(letter.salutation, { after: 6 });
  for (const p of letter.body) w.paragraph(p);

  w.keepTogether(() => {
    w.paragraph(letter.items.heading, { font: 'bold', after: 4 });
    for (const line of letter.items.lines) drawBullet(w, line);
    w.gap(4);
  });
  if (letter.asks.lines.length > 0) {
    w.keepTogether(() => {
      w.paragraph(letter.asks.heading, { font: 'bold', after: 4 });
      const first = letter.asks.lines[0];
      if (first) drawBullet(w, first);
    });
    for (const ask of letter.asks.lines.slice(1)) drawBullet(w, ask);
    w.gap(4);
  }
  if (letter.statement) w.paragraph(letter.statement, { font: 'bold' });

  w.keepTogether(() => {
    w.paragraph(letter.enclosures.heading, { font: 'bold', after: 4 });
    for (const line of letter.enclosures.lines) {
      w.checkItem(line.text, false, { after: line.translation ? 0 : 4 });
      if (line.translation) w.text(line.translation, { font: 'italic', color: w.grey, indent: 20, after: 4 });
    }
    w.gap(4);
  });
  for (const p of letter.after) w.paragraph(p);

  w.keepTogether(() => {
    w.gap(6);
    w.text(letter.closing, { after: 10 });
    for (const blank of letter.signature) w.blank(blank);
    w.text(letter.from.name.value, { after: 4 });
  });

  w.newPage();
  w.text(content.title, { font: 'bold', size: SIZE.title, after: 6 });
  w.text(content.instructions.heading, { font: 'bold', size: SIZE.heading, after: 6 });
  for (const line of content.instructions.lines) w.checkItem(line, false, { after: 6 });
  if (content.instructions.law.length > 0) {
    w.gap(4);
    w.text(content.instructions.lawHeading, { font: 'bold', size: SIZE.heading, after: 6 });
    for (const line of content.instructions.law) w.text(line, { size: SIZE.small, after: 6 });
  }
  w.gap(6);
  w.rule();
  w.text(content.footer, { size: SIZE.small, color: w.grey });
  return finish(doc, w, content.language);
}

/** The case summary: who and when, each item with its actions, then the dated timeline. */
export async function renderCaseSummaryPdf(
  content: CaseSummaryContent,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const { doc, writer: w } = await startDocument(content.title, content.language, options);
  w.text(content.title, { font: 'bold', size: SIZE.planTitle, after: 4 });
  w.text(content.preparedOn, { after: 0 });
  w.text(content.openedOn, { after: 8 });
  for (const line of content.intro) w.text(line, { size: SIZE.small, after: 4 });
  if (content.emptyNote) w.text(content.emptyNote, { font: 'italic', after: 6 });
  w.gap(4);
  w.rule();
  w.text(content.itemsHeading, { font: 'bold', size: SIZE.title, after: 8 });
  for (const item of content.items) {
    w.keepTogether(() => {
      w.text(item.heading, { font: 'bold', size: SIZE.heading, after: 2 });
      w.text(item.facts.join(' · '), { size: SIZE.small, color: w.grey, after: 4 });
      for (const action of item.actions) {
        const notes = action.notes.length > 0 ? ` (${action.notes.join('; ')})` : '';
        w.bullet(`${action.title}: ${action.status}${notes}`);
      }
      w.gap(8);
    });
  }
  w.keepTogether(() => {
    w.rule();
    w.text(content.timelineHeading, { font: 'bold', size: SIZE.title, after: 8 });
    const first = content.timeline[0];
    if (first) w.text(`${first.day}: ${first.text}`, { after: 4 });
  });
  for (const entry of content.timeline.slice(1)) w.text(`${entry.day}: ${entry.text}`, { after: 4 });
  w.keepTogether(() => {
    w.gap(6);
    w.rule();
    w.text(content.footer, { size: SIZE.small, color: w.grey });
  });
  return finish(doc, w, content.language);
}
