import type { MailPacketContent } from '../../shared/core/documents/packet-content';
import { SIZE, finish, startDocument, type RenderOptions } from './pdf-writer';

/** A freeze-request mail packet: the cover letter on page 1, then the enclosures checklist. */
export async function renderMailPacketPdf(
  content: MailPacketContent,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const { doc, writer: w } = await startDocument(content.title, content.language, options);
  const { letter, checklist } = content;

  w.text(letter.from.heading, { font: 'bold', size: SIZE.small, after: 4 });
  for (const blank of letter.from.blanks) w.blank(blank);
  w.gap(6);
  w.paragraph(letter.date, { after: 10 });

  w.text(letter.to.heading, { font: 'bold', size: SIZE.small, after: 4 });
  if (letter.to.address.kind === 'address') {
    for (const line of letter.to.address.lines) w.text(line, { leading: 0.25 });
    w.gap(10);
  } else {
    // The catalog could not confirm the address: a box to write it in, never a guess.
    w.framedBox(letter.to.address.label, 68, { fullWidth: true });
  }

  w.paragraph(letter.subjectLine, { font: 'bold', size: SIZE.heading - 1, after: 8 });
  w.text(letter.salutation, { after: 6 });
  for (const p of letter.paragraphs) w.paragraph(p, { after: 5 });

  w.keepTogether(() => {
    w.gap(4);
    w.text(letter.person.heading, { font: 'bold', size: SIZE.heading, after: 2 });
    if (letter.person.intro) w.paragraph(letter.person.intro, { size: SIZE.small, after: 4 });
    for (const blank of letter.person.blanks) w.blank(blank);
  });

  w.keepTogether(() => {
    w.gap(2);
    w.text(letter.closing, { after: 6 });
    for (const blank of letter.signature) w.blank(blank);
  });

  w.newPage();
  w.text(checklist.heading, { font: 'bold', size: SIZE.title, after: 4 });
  w.text(checklist.preparedFor, { after: 0 });
  w.text(checklist.preparedOn, { after: 6 });
  w.text(checklist.intro, { after: 4 });
  w.text(content.footer, { size: SIZE.small, color: w.grey, after: 6 });
  w.rule();

  w.text(checklist.enclosures.heading, { font: 'bold', size: SIZE.heading, after: 6 });
  for (const item of checklist.enclosures.items) w.checkItem(item, false, { size: 12 });
  w.gap(6);
  w.keepTogether(() => {
    w.text(checklist.beforeMailing.heading, { font: 'bold', size: SIZE.heading, after: 6 });
    for (const item of checklist.beforeMailing.items) w.bullet(item);
  });
  w.gap(6);
  w.keepTogether(() => {
    w.text(checklist.tracking.heading, { font: 'bold', size: SIZE.heading, after: 6 });
    for (const blank of checklist.tracking.blanks) w.blank(blank);
    w.text(checklist.tracking.note, { size: SIZE.small, after: 10 });
  });
  return finish(doc, w, content.language);
}
