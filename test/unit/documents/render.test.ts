import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import { fitToFont, renderMailPacketPdf, renderPlanPdf } from '../../../electron/services/documents';
import { fontBytes, isDrawable } from '../../../electron/services/documents/pdf-fonts';
import { buildMailPacket } from '../../../electron/shared/core/documents/packet-content';
import { buildPlanDocument } from '../../../electron/shared/core/documents/plan-content';

/** Checks that need no outside reader: the text guard, and pdf-lib parsing its own output back. */

async function fontCharset(): Promise<Set<number>> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontBytes().regular, { subset: true });
  return new Set(font.getCharacterSet());
}

describe('fitToFont', () => {
  it('keeps Spanish, typography, Latin Extended, Vietnamese, Greek and Cyrillic exactly', async () => {
    const set = await fontCharset();
    const draw = (ch: string) => isDrawable(ch, set);
    for (const text of [
      'Congele su crédito: año, niño, ¿qué?, ¡sí! “Protected” Equifax’s … – — · ü',
      'Łukasz Żółć',
      'Erdős Ödön',
      'Nguyễn Thị Hồng',
      'Γιώργος Παπαδόπουλος',
      'Марія Коваль',
      'Şükrü Çağlar',
    ])
      expect(fitToFont(text, draw, 'by hand')).toBe(text);
  });

  it('leaves a blank with a note, once, for what it cannot draw or shape; never a question mark', async () => {
    const set = await fontCharset();
    const draw = (ch: string) => isDrawable(ch, set);
    const blank = '_'.repeat(18);
    expect(fitToFont('For: 山田 花子', draw, 'by hand')).toBe(`For: ${blank} (by hand)`);
    expect(fitToFont('محمد and שרה, twins', draw, 'by hand')).toBe(`${blank} (by hand) and ${blank}, twins`);
    // DejaVu has Arabic glyphs, but pdf-lib cannot shape them: a blank, not broken letters.
    expect(fitToFont('अनीता', draw, 'by hand')).toBe(`${blank} (by hand)`);
    expect(fitToFont('Zoë 🙂', draw, 'x')).toBe(`Zoë ${blank} (x)`);
    expect(fitToFont('a\u0000b\tc', draw, 'x')).toBe('ab c');
    expect(fitToFont('王小明', draw, 'x')).not.toContain('?');
  });
});

describe('rendering (read back with pdf-lib)', () => {
  it('a packet for a CJK-named profile renders, as US letter pages with a title', async () => {
    const content = buildMailPacket({
      bureau: 'experian',
      subject: 'minor',
      language: 'en',
      date: '2026-11-23',
      profileName: '山田 花子',
    });
    const bytes = await renderMailPacketPdf(content, { now: new Date('2026-11-23T12:00:00Z') });
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Security freeze request by mail: Experian');
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    for (const page of doc.getPages()) expect(page.getSize()).toEqual({ width: 612, height: 792 });
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-23T12:00:00.000Z');
  });

  it('a plan for a CJK-named profile keeps the name in the title metadata (UTF-16) and breaks pages', async () => {
    const content = buildPlanDocument({
      profileName: '山田 花子',
      answers: {
        breach: 'tmobile-unsure',
        exposed: [],
        subject: 'self',
        carrier: 'tmobile',
        primaryHolder: 'yes',
        creditSoon: true,
      },
      checklist: {},
      language: 'es',
      date: '2026-11-23',
    });
    const doc = await PDFDocument.load(await renderPlanPdf(content), { updateMetadata: false });
    expect(doc.getTitle()).toBe('Plan de Lockstep para 山田 花子');
    expect(doc.getPageCount()).toBeGreaterThan(2);
  });

  it('a very long word or name wraps instead of running off the page', async () => {
    const content = buildMailPacket({
      bureau: 'equifax',
      subject: 'represented',
      language: 'es',
      date: '2026-11-23',
      profileName: 'W'.repeat(80),
    });
    const doc = await PDFDocument.load(await renderMailPacketPdf(content));
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
  });
});
