import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makeEncodable, renderMailPacketPdf, renderPlanPdf } from '../../../electron/services/documents';
import { buildMailPacket } from '../../../electron/shared/core/documents/packet-content';
import { buildPlanDocument } from '../../../electron/shared/core/documents/plan-content';

/** Checks that need no outside reader: the text guard, and pdf-lib parsing its own output back. */

async function helveticaSet(): Promise<Set<number>> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  return new Set(font.getCharacterSet());
}

describe('makeEncodable', () => {
  it('keeps Spanish and the catalog’s typography, which WinAnsi covers', async () => {
    const set = await helveticaSet();
    const text = 'Congele su crédito: año, niño, ¿qué?, ¡sí! “Protected” Equifax’s … – — · ü';
    expect(makeEncodable(text, set)).toBe(text);
  });

  it('replaces what Helvetica cannot encode instead of failing', async () => {
    const set = await helveticaSet();
    expect(makeEncodable('山田 花子', set)).toBe('?? ??');
    expect(makeEncodable('Иван', set)).toBe('????');
    expect(makeEncodable('Zoë 🙂', set)).toBe('Zoë ?');
    // A mark WinAnsi lacks is dropped from its letter rather than losing the letter.
    expect(makeEncodable('Erdős Łukasz', set)).toBe('Erdos ?ukasz');
    expect(makeEncodable('a\u0000b\tc\u202ed', set)).toBe('ab c?d');
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
