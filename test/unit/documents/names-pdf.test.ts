import { afterAll, describe, expect, it } from 'vitest';
import { renderMailPacketPdf, renderPlanPdf } from '../../../electron/services/documents';
import { buildMailPacket } from '../../../electron/shared/core/documents/packet-content';
import { buildPlanDocument } from '../../../electron/shared/core/documents/plan-content';
import { cleanScratch, flat, hasPoppler, missingPopplerReason, pdfText } from './helpers';

/** Names people really have, read back by poppler: each exactly, or a blank with the note; never "?". */
const DRAWN = {
  'Latin Extended (Polish)': 'Łukasz Żółć',
  'Latin Extended (Hungarian, Turkish)': 'Erdős Şükrü',
  Vietnamese: 'Nguyễn Thị Hồng',
  Greek: 'Γιώργος Παπαδόπουλος',
  Cyrillic: 'Марія Коваль',
  Spanish: 'José Peña Ibáñez',
};
const BY_HAND = {
  Chinese: '王小明',
  Japanese: '山田 花子',
  Korean: '김민준',
  Arabic: 'محمد علي',
  Hebrew: 'שרה כהן',
  Devanagari: 'अनीता शर्मा',
};
const BLANK = '_'.repeat(18);
/** Read back composed (NFC), as the names were written. */
const read = (bytes: Uint8Array) => flat(pdfText(bytes)).normalize('NFC');
const NOW = new Date('2026-11-23T12:00:00Z');

const packet = (name: string, language: 'en' | 'es') =>
  renderMailPacketPdf(
    buildMailPacket({ bureau: 'experian', subject: 'minor', language, date: '2026-11-23', profileName: name }),
    { now: NOW },
  );
const plan = (name: string, language: 'en' | 'es') =>
  renderPlanPdf(
    buildPlanDocument({
      profileName: name,
      answers: {
        breach: 'tmobile-unsure',
        exposed: [],
        subject: 'self',
        carrier: 'tmobile',
        primaryHolder: 'yes',
        creditSoon: false,
      },
      checklist: {},
      language,
      date: '2026-11-23',
    }),
    { now: NOW },
  );

afterAll(() => cleanScratch());

if (!hasPoppler) console.warn(missingPopplerReason);

describe.skipIf(!hasPoppler)('names in every script, read back with pdftotext', () => {
  it.each(Object.entries(DRAWN))('%s: the packet and the plan print the name exactly', async (_, name) => {
    const text = read(await packet(name, 'en'));
    expect(text).toContain(`For: ${name}`);
    expect(text).not.toContain('?');
    expect(text).not.toContain('write the name by hand');
    const planText = read(await plan(name, 'es'));
    expect(planText).toContain(name);
    expect(planText).not.toContain('escriba el nombre a mano');
  });

  it.each(Object.entries(BY_HAND))('%s: a blank line to write the name by hand, in EN and ES', async (_, name) => {
    const en = read(await packet(name, 'en'));
    expect(en).toContain(`For: ${BLANK} (write the name by hand)`);
    expect(en).not.toMatch(/\?{1,}\s/);
    expect(en).not.toContain(name);
    const es = read(await plan(name, 'es'));
    expect(es).toContain(`${BLANK} (escriba el nombre a mano)`);
    expect(es).not.toContain('?? ');
  });
});
