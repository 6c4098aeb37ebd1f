import { afterAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../electron/services/documents';
import { getStep } from '../../../electron/shared/core/catalog';
import { buildPlanDocument, type PlanDocContent } from '../../../electron/shared/core/documents/plan-content';
import type { Answers } from '../../../electron/shared/core/interview';
import { cleanScratch, flat, hasPoppler, missingPopplerReason, pdfInfo, pdfText, pdfWords } from './helpers';

/**
 * The printable plan for a typical person (a current T-Mobile customer whose SSN was exposed), read
 * back by poppler: the tiers in order, each step's numbers, full web and mailing addresses, on few
 * pages that flow, each with "Page X of Y" and the date.
 */

if (!hasPoppler) console.warn(missingPopplerReason);

const TYPICAL: Answers = {
  breach: 'tmobile-postpaid',
  exposed: ['ssn'],
  subject: 'self',
  carrier: 'tmobile',
  primaryHolder: 'yes',
  creditSoon: false,
};
/** Measured 2026-12-02: 6 pages in English, 7 in Spanish (it was 6 and 7 with far less on them). */
const MAX_PAGES = 7;

const content = (language: 'en' | 'es', answers: Answers = TYPICAL): PlanDocContent =>
  buildPlanDocument({ profileName: 'Rosa Núñez', answers, checklist: {}, language, date: '2026-12-02' });
const render = (c: PlanDocContent) => renderPlanPdf(c, { now: new Date('2026-12-02T12:00:00Z') });
/** Text with every space and line break gone, so a web address wrapped after a "/" reads whole. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

afterAll(() => cleanScratch());

describe.skipIf(!hasPoppler)('the printable plan on paper', () => {
  it.each(['en', 'es'] as const)(
    'typical plan (%s): tier headings in order, numbers, full addresses, few pages',
    async (language) => {
      const c = content(language);
      const bytes = await render(c);
      const raw = pdfText(bytes);
      const text = flat(raw);
      const pages = Number(pdfInfo(bytes).Pages);
      expect(pages).toBeGreaterThan(1);
      expect(pages).toBeLessThanOrEqual(MAX_PAGES);

      // Name and date first, then "Do these first" on page 1; the other tiers follow in order.
      const first = flat(raw.split('\f')[0]!);
      expect(first).toContain(language === 'en' ? 'Lockstep plan for Rosa Núñez' : 'Plan de Lockstep para Rosa Núñez');
      expect(first).toContain(language === 'en' ? 'Printed on December 2, 2026' : 'Impreso el 2 de diciembre de 2026');
      expect(first).toContain(c.sections[0]!.title);
      const at = c.sections.map((s) => text.indexOf(s.title));
      expect(c.sections.map((s) => s.id)).toEqual(['first', 'week', 'when-you-can', 'yearly']);
      for (const i of at) expect(i).toBeGreaterThan(-1);
      expect([...at].sort((a, b) => a - b)).toEqual(at);

      const squeezed = squeeze(raw);
      for (const section of c.sections) {
        for (const step of section.steps) {
          expect(text, step.id).toContain(step.title);
          expect(text, step.id).toContain(step.action);
          for (const phone of step.phones) expect(text, step.id).toContain(`${c.phonesLabel}: ${phone.number}`);
          for (const site of step.sites) {
            expect(site.url).toMatch(/^https:\/\//);
            expect(squeezed, step.id).toContain(site.url);
          }
          if (step.mail) expect(text, step.id).toContain(`${c.mailLabel}: ${step.mail.text}`);
          for (const fact of step.checkOnSite) expect(text, step.id).toContain(fact);
        }
      }
      // Full web addresses, never a bare domain alone; a verified mailing address in full.
      expect(squeezed).toContain('https://www.equifax.com/personal/credit-report-services/credit-freeze/');
      expect(text).toContain('Equifax Information Services LLC, P.O. Box 105788, Atlanta, GA 30348');
      // Steps flow: no tier starts a page of its own with the page before it half empty.
      expect(raw.split('\f')[0]).toContain(getStep('freeze-experian')!.title[language]);

      // A step that runs on to the next page is named there first, marked "continued".
      const titles = new Set(c.sections.flatMap((s) => s.steps.map((x) => x.title)));
      for (const page of raw.split('\f').slice(1)) {
        const top = flat(page).trim();
        const carried = [...titles].find((t) => top.startsWith(`${t} ${c.continued}`));
        if (top.includes(c.continued)) expect(carried, top.slice(0, 80)).toBeDefined();
      }

      // Every page: its number of the total, and whose plan with the date.
      raw
        .split('\f')
        .filter((p) => p.trim())
        .forEach((page, i) => {
          const foot = flat(page);
          expect(foot).toContain(language === 'en' ? `Page ${i + 1} of ${pages}` : `Página ${i + 1} de ${pages}`);
          expect(foot).toContain(c.pageNote);
        });

      // The numbers to call in large type; nothing runs off the page.
      const words = pdfWords(bytes);
      const number = words.find((w) => w.text === '1-888-298-0045')!;
      expect(number.size).toBeGreaterThanOrEqual(16 - 0.1);
      for (const w of words) {
        expect(w.xMin, w.text).toBeGreaterThanOrEqual(0);
        expect(w.xMax, w.text).toBeLessThanOrEqual(612 - 54 + 0.5);
      }
    },
  );

  it('a name the font cannot draw: the page foot keeps the date only, page 1 the blank to write it', async () => {
    const c = buildPlanDocument({
      profileName: '山田 花子',
      answers: TYPICAL,
      checklist: {},
      language: 'en',
      date: '2026-12-02',
    });
    const pages = pdfText(await render(c)).split('\f');
    expect(flat(pages[0]!)).toContain('Lockstep plan for __________________ (write the name by hand)');
    const second = flat(pages[1]!);
    expect(second).toContain('December 2, 2026');
    expect(second).not.toContain('by hand');
    expect(second).not.toContain('??');
  });

  it('a child’s plan tells where Equifax prints the address, and prints TransUnion’s in full', async () => {
    const c = content('en', { ...TYPICAL, subject: 'minor' });
    const raw = pdfText(await render(c));
    const text = flat(raw);
    expect(text).toContain('By mail: Copy the address printed on Equifax’s Minor Freeze Request form');
    expect(squeeze(raw)).toContain('https://www.equifax.com/personal/credit-report-services/credit-freeze/');
    expect(text).toContain('By mail: TransUnion Protected Consumer Freeze, P.O. Box 380, Woodlyn, PA 19094');
  });
});
