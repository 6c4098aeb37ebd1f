import type * as PdfLibModule from 'pdf-lib';
import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';
import type { Blank, Language, Paragraph } from '../../shared/core/documents/packet-content';
import { BY_HAND, fitToFont, fontBytes, isDrawable } from './pdf-fonts';

export { fitToFont } from './pdf-fonts';

/**
 * The PDF layer shared by the mail packets and the printable plan (pdf-lib, embedded DejaVu Sans):
 * loading pdf-lib on first use, text the font can draw, and a small flowing-layout writer on
 * US letter pages. The words come from the pure core.
 */

type PdfLib = typeof PdfLibModule;
let pdfLib: Promise<PdfLib> | undefined;
// Loaded on first use: the hosts bundle their dependencies, and most runs never print anything.
const loadPdfLib = () => (pdfLib ??= import('pdf-lib'));
let fontkit: Promise<Parameters<PDFDocument['registerFontkit']>[0]> | undefined;
const loadFontkit = () => (fontkit ??= import('@pdf-lib/fontkit').then((m) => m.default));

const PAGE: [number, number] = [612, 792]; // US letter, in points
const MARGIN = 54;
const FOOTER_SPACE = 22;

export const SIZE = {
  body: 11.5,
  small: 11,
  heading: 13.5,
  title: 17,
  planTitle: 20,
  step: 13.5,
  phone: 18,
  site: 16,
} as const;

const PAGE_WORDS: Record<Language, (n: number, total: number) => string> = {
  en: (n, total) => `Page ${n} of ${total}`,
  es: (n, total) => `Página ${n} de ${total}`,
};

// ---- a small flowing-layout writer ----

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

interface TextStyle {
  size?: number;
  font?: keyof Fonts;
  indent?: number;
  color?: RGB;
  /** Space after the block, in points. */
  after?: number;
  /** Extra space between lines, as a share of the size. */
  leading?: number;
}

export class Writer {
  page: PDFPage;
  y = 0;
  private drawing = true;
  readonly width = PAGE[0] - 2 * MARGIN;
  private readonly drawable: (ch: string) => boolean;

  constructor(
    private readonly doc: PDFDocument,
    private readonly lib: PdfLib,
    readonly fonts: Fonts,
    private readonly language: Language,
  ) {
    // The three faces cover the same scripts; the regular face decides what is drawn.
    const charset = new Set(fonts.regular.getCharacterSet());
    this.drawable = (ch) => isDrawable(ch, charset);
    this.page = this.newPage();
  }

  get black() {
    return this.lib.rgb(0, 0, 0);
  }
  get grey() {
    return this.lib.rgb(0.3, 0.3, 0.3);
  }

  safe(text: string): string {
    return fitToFont(text, this.drawable, BY_HAND[this.language]);
  }

  /** Whether the font draws every character of `text` as written (no blank to fill in by hand). */
  draws(text: string): boolean {
    return this.safe(text) === text.normalize('NFC');
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
    return this.page;
  }

  /** Points left for text on this page. */
  get room(): number {
    return this.y - MARGIN - FOOTER_SPACE;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number) {
    if (this.drawing && this.y - height < MARGIN + FOOTER_SPACE) this.newPage();
  }

  /** How tall `draw` would be, without drawing it or breaking the page. */
  measure(draw: () => void): number {
    const { y, drawing } = this;
    this.drawing = false;
    this.y = 1e6;
    try {
      draw();
      return 1e6 - this.y;
    } finally {
      this.y = y;
      this.drawing = drawing;
    }
  }

  /** Keeps a block on one page when it fits on a page at all. */
  keepTogether(draw: () => void) {
    const height = this.measure(draw);
    if (height < PAGE[1] - 2 * MARGIN - FOOTER_SPACE) this.ensure(height);
    draw();
  }

  wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of this.safe(text).split('\n')) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        line = word;
        const url = word.includes('://');
        // A word longer than the line (a long name, a URL) is cut where it must be: a web address
        // after a "/" where one fits, so each piece stays readable.
        while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
          const slash = line.lastIndexOf('/', cut - 1) + 1;
          if (url && slash > line.indexOf('://') + 3) cut = slash;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  lineHeight(size: number, leading = 0.35) {
    return size * (1 + leading);
  }

  text(text: string, style: TextStyle = {}) {
    const size = style.size ?? SIZE.body;
    const font = this.fonts[style.font ?? 'regular'];
    const indent = style.indent ?? 0;
    const step = this.lineHeight(size, style.leading);
    for (const line of this.wrap(text, font, size, this.width - indent)) {
      this.ensure(step);
      this.y -= size;
      if (this.drawing)
        this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: style.color ?? this.black });
      this.y -= step - size;
    }
    this.y -= style.after ?? 0;
  }

  paragraph(p: Paragraph, style: TextStyle = {}) {
    this.text(p.text, { ...style, after: p.translation ? 2 : (style.after ?? 8) });
    if (p.translation)
      this.text(p.translation, { ...style, font: 'italic', color: this.grey, after: style.after ?? 8 });
  }

  gap(points: number) {
    this.y -= points;
  }

  rule() {
    this.ensure(8);
    if (this.drawing) {
      this.page.drawLine({
        start: { x: MARGIN, y: this.y },
        end: { x: PAGE[0] - MARGIN, y: this.y },
        thickness: 0.8,
        color: this.grey,
      });
    }
    this.y -= 8;
  }

  /**
   * A blank to fill in by hand: its label, then a writing line of underscores (real characters, so
   * it also shows when the PDF is read as text). A hint such as "___ - __ - ____" replaces the line.
   */
  blank(blank: Blank) {
    const size = SIZE.body;
    const font = this.fonts.regular;
    const label = `${this.safe(blank.label)}:`;
    const underscores = (width: number) =>
      '_'.repeat(Math.max(3, Math.floor((width - 4) / font.widthOfTextAtSize('_', size))));
    const labelWidth = this.fonts.bold.widthOfTextAtSize(label, size) + 6;
    const step = this.lineHeight(size, 0.75);
    const fitsOnOneLine = labelWidth < this.width * 0.6;
    const first = blank.hint ?? underscores(this.width - (fitsOnOneLine ? labelWidth : 0));
    if (fitsOnOneLine) {
      this.ensure(step);
      this.y -= size;
      if (this.drawing) {
        this.page.drawText(label, { x: MARGIN, y: this.y, size, font: this.fonts.bold });
        this.page.drawText(first, { x: MARGIN + labelWidth, y: this.y, size, font });
      }
      this.y -= step - size;
    } else {
      this.text(label, { font: 'bold', leading: 0.4 });
      this.text(first, { leading: 0.75 });
    }
    for (let i = 0; i < (blank.extraLines ?? 0); i++) this.text(underscores(this.width), { leading: 0.75 });
    this.y -= 2;
  }

  /** A square to tick, drawn on the baseline of the text after it, with an X when `ticked`. */
  checkItem(text: string, ticked: boolean, style: TextStyle = {}) {
    const size = style.size ?? SIZE.body;
    const box = size * 0.9;
    const indent = box + 10;
    const font = this.fonts[style.font ?? 'regular'];
    const lines = this.wrap(text, font, size, this.width - indent);
    const step = this.lineHeight(size, style.leading);
    this.ensure(step * Math.min(lines.length, 2));
    lines.forEach((line, i) => {
      this.ensure(step);
      this.y -= size;
      if (this.drawing) {
        if (i === 0) {
          this.page.drawRectangle({
            x: MARGIN,
            y: this.y - 1,
            width: box,
            height: box,
            borderWidth: 1.2,
            borderColor: this.black,
          });
          if (ticked) {
            const mark = 'X';
            const markWidth = this.fonts.bold.widthOfTextAtSize(mark, size);
            this.page.drawText(mark, {
              x: MARGIN + (box - markWidth) / 2,
              y: this.y + 0.5,
              size,
              font: this.fonts.bold,
            });
          }
        }
        this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: style.color ?? this.black });
      }
      this.y -= step - size;
    });
    this.y -= style.after ?? 4;
  }

  /** A value and what it is on one line when both fit ("Phone: 611  Customer care"), else two lines. */
  pair(value: string, label: string, style: TextStyle, labelStyle: TextStyle = {}) {
    const size = style.size ?? SIZE.body;
    const font = this.fonts[style.font ?? 'regular'];
    const labelSize = labelStyle.size ?? SIZE.small;
    const labelFont = this.fonts[labelStyle.font ?? 'regular'];
    const indent = style.indent ?? 0;
    const lines = this.wrap(value, font, size, this.width - indent);
    const tail = this.safe(label);
    const lastWidth = font.widthOfTextAtSize(lines[lines.length - 1] ?? '', size);
    const gap = size * 0.6;
    if (!tail || lastWidth + gap + labelFont.widthOfTextAtSize(tail, labelSize) > this.width - indent) {
      this.text(value, { ...style, after: 0 });
      if (tail) this.text(label, { ...labelStyle, indent, after: style.after ?? 0 });
      else this.y -= style.after ?? 0;
      return;
    }
    const step = this.lineHeight(size, style.leading);
    lines.forEach((line, i) => {
      this.ensure(step);
      this.y -= size;
      if (this.drawing) {
        const color = style.color ?? this.black;
        this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color });
        if (i === lines.length - 1) {
          const x = MARGIN + indent + lastWidth + gap;
          this.page.drawText(tail, {
            x,
            y: this.y,
            size: labelSize,
            font: labelFont,
            color: labelStyle.color ?? color,
          });
        }
      }
      this.y -= step - size;
    });
    this.y -= style.after ?? 0;
  }

  bullet(text: string) {
    const size = SIZE.body;
    const lines = this.wrap(text, this.fonts.regular, size, this.width - 14);
    const step = this.lineHeight(size);
    lines.forEach((line, i) => {
      this.ensure(step);
      this.y -= size;
      if (this.drawing) {
        if (i === 0) this.page.drawText('-', { x: MARGIN + 2, y: this.y, size, font: this.fonts.regular });
        this.page.drawText(line, { x: MARGIN + 14, y: this.y, size, font: this.fonts.regular });
      }
      this.y -= step - size;
    });
    this.y -= 3;
  }

  /** A framed box to write in, its label inside; it grows with each label line after the first. */
  framedBox(label: string, height: number, options: { fullWidth?: boolean } = {}) {
    const size = SIZE.body;
    const boxWidth = options.fullWidth ? this.width : this.width * 0.75;
    const lines = this.wrap(label, this.fonts.bold, size, boxWidth - 16);
    height += Math.max(0, lines.length - 1) * size * 1.35;
    this.ensure(height + 6);
    if (this.drawing) {
      this.page.drawRectangle({
        x: MARGIN,
        y: this.y - height,
        width: boxWidth,
        height,
        borderWidth: 1.2,
        borderColor: this.black,
      });
    }
    const top = this.y;
    let y = top - 8;
    for (const line of lines) {
      y -= size;
      if (this.drawing) this.page.drawText(line, { x: MARGIN + 8, y, size, font: this.fonts.bold });
      y -= size * 0.35;
    }
    this.y = top - height - 8;
  }
}

export interface RenderOptions {
  /** The document's creation time; the clock is injected like everywhere else. */
  now?: Date;
}

export async function startDocument(title: string, language: Language, options: RenderOptions) {
  const lib = await loadPdfLib();
  const doc = await lib.PDFDocument.create();
  // Metadata strings are UTF-16, so the title keeps any script (the page text cannot).
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setLanguage(language === 'en' ? 'en-US' : 'es-US');
  doc.setCreator('Lockstep');
  doc.setProducer('Lockstep');
  const when = options.now ?? new Date();
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  doc.registerFontkit(await loadFontkit());
  const bytes = fontBytes();
  const fonts: Fonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
    italic: await doc.embedFont(bytes.italic, { subset: true }),
  };
  return { doc, writer: new Writer(doc, lib, fonts, language) };
}

/** Page numbers on every page, and `note` (such as the date) at the left of each foot, then the bytes. */
export async function finish(doc: PDFDocument, w: Writer, language: Language, note?: string): Promise<Uint8Array> {
  const pages = doc.getPages();
  const size = 9.5;
  const font = w.fonts.regular;
  pages.forEach((page, i) => {
    const label = PAGE_WORDS[language](i + 1, pages.length);
    const labelWidth = font.widthOfTextAtSize(label, size);
    const x = PAGE[0] - MARGIN - labelWidth;
    page.drawText(label, { x, y: MARGIN / 2, size, font, color: w.grey });
    if (!note) return;
    // A note too long for the foot (a very long name) is shortened, never run into the page number.
    let text = w.safe(note);
    const room = PAGE[0] - 2 * MARGIN - labelWidth - 24;
    while (text.length > 1 && font.widthOfTextAtSize(text, size) > room) text = `${text.slice(0, -2)}…`;
    page.drawText(text, { x: MARGIN, y: MARGIN / 2, size, font, color: w.grey });
  });
  return doc.save();
}
