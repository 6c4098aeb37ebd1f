import { describe, expect, it } from 'vitest';
import { packetStepFor } from '../../../electron/shared/core/catalog';
import type { CatalogStep } from '../../../electron/shared/core/catalog/types';
import { paperOf } from '../../../electron/shared/core/documents/enclosures';
import {
  BUREAUS,
  PACKET_SUBJECTS,
  buildMailPacket,
  formatLongDate,
  isPacketSubject,
  siteHost,
  type MailPacketContent,
} from '../../../electron/shared/core/documents/packet-content';

const LANGS = ['en', 'es'] as const;
const packet = (over: Partial<Parameters<typeof buildMailPacket>[0]> = {}) =>
  buildMailPacket({
    bureau: 'equifax',
    subject: 'minor',
    language: 'en',
    date: '2026-11-23',
    profileName: 'Mia',
    ...over,
  });

const stepOf = (bureau: (typeof BUREAUS)[number]): CatalogStep => {
  const step = packetStepFor(bureau);
  if (!step) throw new Error(`no mail-packet step for ${bureau}`);
  return step;
};

/** Every string anywhere in the content, for "appears nowhere" checks. */
const allText = (c: MailPacketContent) => JSON.stringify(c);
/** The letter's words only (not numbers such as extraLines). */
const letterText = (c: MailPacketContent) => {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(c.letter);
  return out.join('\n');
};
const PO_BOX = /P\.?\s?O\.?\s+Box/i;

describe('formatLongDate', () => {
  it('writes the date out in each language', () => {
    expect(formatLongDate('2026-11-23', 'en')).toBe('November 23, 2026');
    expect(formatLongDate('2026-11-23', 'es')).toBe('23 de noviembre de 2026');
    expect(formatLongDate('2027-01-05', 'en')).toBe('January 5, 2027');
    expect(formatLongDate('2027-01-05', 'es')).toBe('5 de enero de 2027');
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['2026-13-01', '2026-00-10', '23/11/2026', '', '2026-11-23T00:00:00Z']) {
      expect(() => formatLongDate(bad, 'en'), bad).toThrow(RangeError);
    }
  });
});

describe('who a packet is for', () => {
  it('is only a minor or a represented person', () => {
    expect(PACKET_SUBJECTS).toEqual(['minor', 'represented']);
    expect(isPacketSubject('minor')).toBe(true);
    expect(isPacketSubject('represented')).toBe(true);
    for (const s of ['self', 'spouse', 'deceased', '']) expect(isPacketSubject(s), s).toBe(false);
  });

  it('each bureau maps to a representative step in the catalog that applies to both subjects', () => {
    for (const bureau of BUREAUS) {
      const step = stepOf(bureau);
      expect(step.appliesTo.subjects).toEqual(expect.arrayContaining(['minor', 'represented']));
      expect(step.mail, bureau).toBeDefined();
    }
  });
});

describe('buildMailPacket: the cover letter', () => {
  it.each(BUREAUS)(
    '%s: uses the catalog address when verified, a "check on the official site" box otherwise',
    (bureau) => {
      const step = stepOf(bureau);
      for (const language of LANGS) {
        const c = packet({ bureau, language });
        if (step.mail?.verified) {
          expect(c.letter.to.address).toEqual({ kind: 'address', lines: step.mail.lines });
        } else if (step.mail?.copyFrom) {
          // Where the bureau prints the address: copied from there, never guessed.
          expect(c.letter.to.address).toEqual({
            kind: 'check',
            label: `${step.mail.copyFrom.text[language]} ${step.mail.copyFrom.url}`,
          });
          expect(allText(c)).not.toMatch(PO_BOX);
        } else {
          expect(c.letter.to.address.kind).toBe('check');
          if (c.letter.to.address.kind === 'check') {
            expect(c.letter.to.address.label).toContain('Address: check on the official site before mailing');
            if (language === 'es')
              expect(c.letter.to.address.label).toContain('Dirección: confírmela en el sitio oficial antes de enviar');
          }
          // No guess anywhere in the packet, and the catalog's caution is on the checklist.
          expect(allText(c)).not.toMatch(PO_BOX);
          if (step.mail && !step.mail.verified)
            expect(c.checklist.beforeMailing.items[0]).toBe(step.mail.note[language]);
        }
      }
    },
  );

  it('an unverified TransUnion address prints the box and no P.O. box, whatever the catalog says today', () => {
    const real = stepOf('transunion');
    const unverified: CatalogStep = {
      ...real,
      mail: {
        verified: false,
        note: { en: 'Sources disagree on the address.', es: 'Las fuentes no coinciden en la dirección.' },
      },
    };
    const c = packet({ bureau: 'transunion', step: unverified });
    expect(c.letter.to.address).toEqual({ kind: 'check', label: 'Address: check on the official site before mailing' });
    expect(allText(c)).not.toMatch(PO_BOX);
    expect(c.checklist.beforeMailing.items).toContain('Sources disagree on the address.');
  });

  it('the child’s Equifax packet says exactly where the address is printed, on Equifax’s own page', () => {
    const step = stepOf('equifax');
    const copyFrom = step.mail?.verified === false ? step.mail.copyFrom : undefined;
    expect(copyFrom?.url).toBe('https://www.equifax.com/personal/credit-report-services/credit-freeze/');
    // The fact is sourced: the page is among the step's sources.
    expect(step.sources.map((s) => s.url)).toContain(copyFrom!.url);
    const en = packet({ bureau: 'equifax' }).letter.to.address;
    expect(en.kind === 'check' && en.label).toBe(
      'Copy the address printed on Equifax’s Minor Freeze Request form, linked from: https://www.equifax.com/personal/credit-report-services/credit-freeze/',
    );
    const es = packet({ bureau: 'equifax', language: 'es' }).letter.to.address;
    expect(es.kind === 'check' && es.label).toMatch(
      /^Copie la dirección impresa en el formulario de Equifax para menores/u,
    );
    expect(es.kind === 'check' && es.label).toContain(copyFrom!.url);
  });

  it('dates the letter with the date passed in', () => {
    expect(packet().letter.date).toEqual({ text: 'Date: November 23, 2026' });
    expect(packet({ language: 'es' }).letter.date).toEqual({
      text: 'Date: November 23, 2026',
      translation: 'Fecha: 23 de noviembre de 2026',
    });
    expect(packet({ date: '2027-02-01' }).checklist.preparedOn).toBe('Prepared on February 1, 2027');
  });

  it('asks for a security freeze for a protected consumer, in plain words', () => {
    for (const subject of PACKET_SUBJECTS) {
      const c = packet({ subject });
      expect(c.letter.subjectLine.text).toBe('Request for a security freeze for a protected consumer');
      const body = c.letter.paragraphs.map((p) => p.text).join(' ');
      expect(body).toMatch(/Please place a security freeze/);
      expect(body).toMatch(/create one and freeze it/);
      expect(body).toMatch(subject === 'minor' ? /under 16/ : /power of attorney/);
    }
  });

  it('leaves blanks for the numbers, with no number filled in', () => {
    for (const subject of PACKET_SUBJECTS) {
      for (const language of LANGS) {
        const c = packet({ subject, language });
        const labels = c.letter.person.blanks.map((b) => b.label);
        const ssn = c.letter.person.blanks.find((b) => b.label.startsWith('Social Security number'));
        expect(ssn?.hint).toMatch(/^_+ - _+ - _+$/);
        expect(labels.some((l) => l.startsWith('Date of birth'))).toBe(true);
        expect(labels.some((l) => l.startsWith('Current address'))).toBe(true);
        expect(labels.some((l) => l.startsWith('Full legal name'))).toBe(true);
        if (language === 'es') expect(labels).toContain('Social Security number / Número de Seguro Social');
        // Lockstep knows no number about the person: the only digits are in the date and the address.
        const digits = letterText(c).replace(
          /November 23, 2026|23 de noviembre de 2026|under 16|menor de 16|P\.O\. Box \d+|[A-Z]{2} \d{5}/g,
          '',
        );
        expect(digits).not.toMatch(/\d/);
      }
    }
  });

  it('keeps the profile name out of the letter to the bureau', () => {
    const c = packet({ profileName: 'Zebulon Quartz' });
    expect(letterText(c)).not.toContain('Zebulon');
    expect(c.checklist.preparedFor).toBe('For: Zebulon Quartz');
  });

  it('in Spanish keeps the English for the bureau and prints a translation under every part', () => {
    const en = packet();
    const es = packet({ language: 'es' });
    expect(es.letter.paragraphs.map((p) => p.text)).toEqual(en.letter.paragraphs.map((p) => p.text));
    for (const p of [...es.letter.paragraphs, es.letter.subjectLine, es.letter.date]) {
      expect(p.translation, p.text).toBeTruthy();
      expect(p.translation).not.toBe(p.text);
    }
    for (const p of [...en.letter.paragraphs, en.letter.subjectLine, en.letter.date])
      expect(p.translation).toBeUndefined();
    expect(es.title).toBe('Solicitud de congelamiento por correo: Equifax');
    expect(es.checklist.heading).toBe('Qué va en el sobre para Equifax');
  });
});

describe('buildMailPacket: the enclosures checklist', () => {
  it.each(LANGS)('lists the representative’s proof of identity and address (%s)', (language) => {
    for (const subject of PACKET_SUBJECTS) {
      const items = packet({ subject, language }).checklist.enclosures.items.join('\n');
      expect(items).toMatch(language === 'en' ? /government photo ID/ : /identificación oficial con foto/);
      expect(items).toMatch(language === 'en' ? /prove your address/ : /probar su dirección/);
    }
  });

  it('for a minor: the child’s birth certificate and Social Security card', () => {
    const items = packet({ subject: 'minor' }).checklist.enclosures.items;
    expect(items).toContain('A copy of the child’s Social Security card');
    expect(items.some((i) => i.startsWith('A copy of the child’s birth certificate'))).toBe(true);
    expect(items.join('\n')).not.toMatch(/power of attorney/);
    const es = packet({ subject: 'minor', language: 'es' }).checklist.enclosures.items;
    expect(es).toContain('Una copia de la tarjeta de Seguro Social del menor');
    expect(es.some((i) => i.startsWith('Una copia del acta de nacimiento del menor'))).toBe(true);
  });

  it('for a protected consumer: the court order or power of attorney', () => {
    const items = packet({ subject: 'represented' }).checklist.enclosures.items;
    expect(items.some((i) => /court order/.test(i) && /power of attorney/.test(i))).toBe(true);
    expect(items.join('\n')).not.toMatch(/birth certificate/);
    const es = packet({ subject: 'represented', language: 'es' }).checklist.enclosures.items;
    expect(es.some((i) => /orden judicial/.test(i) && /poder legal/.test(i))).toBe(true);
  });

  describe.each(BUREAUS.flatMap((b) => PACKET_SUBJECTS.map((s) => [b, s] as const)))(
    '%s for a %s: one enclosure list, each paper once',
    (bureau, subject) => {
      it.each(LANGS)('%s', (language) => {
        const items = packet({ bureau, subject, language }).checklist.enclosures.items;
        const english = packet({ bureau, subject }).checklist.enclosures.items;
        expect(items).toHaveLength(english.length);
        expect(new Set(items).size).toBe(items.length);
        // Every paper kind at most once: one photo ID, one Social Security card, one letter…
        const kinds = english.map(paperOf).filter((k) => k !== undefined);
        expect(new Set(kinds).size, english.join(' | ')).toBe(kinds.length);
        expect(english.filter((i) => /photo ID/i.test(i))).toHaveLength(1);
        expect(english.filter((i) => /Social Security card/i.test(i))).toHaveLength(1);
        expect(items[0]).toBe(
          language === 'en'
            ? 'The signed letter, with the blanks filled in by hand'
            : 'La carta firmada, con los espacios completados a mano',
        );
        // Everything the catalog step says to have ready is there, as itself or as the same paper.
        for (const ready of stepOf(bureau).haveReady) {
          const kind = paperOf(ready.en);
          if (kind) expect(kinds, ready.en).toContain(kind);
          else expect(items, ready.en).toContain(ready[language]);
        }
      });
    },
  );

  it('Equifax’s own minor form is on the list, right after the letter', () => {
    const items = packet({ bureau: 'equifax' }).checklist.enclosures.items;
    expect(items[1]).toBe('Equifax’s minor freeze request form, filled in');
    expect(items.join('\n')).not.toContain('Also on');
  });

  it('names the official page to check, in full, and a place to note the mailing', () => {
    const c = packet({ bureau: 'experian' });
    expect(c.checklist.beforeMailing.items.join('\n')).toContain(
      `on the official site: ${stepOf('experian').urls[0]!.url}`,
    );
    expect(c.checklist.tracking.blanks.map((b) => b.label)).toEqual([
      'Date mailed',
      'Certified-mail or tracking number',
    ]);
  });

  it('every string is filled in, in both languages', () => {
    for (const bureau of BUREAUS) {
      for (const subject of PACKET_SUBJECTS) {
        for (const language of LANGS) {
          const walk = (v: unknown, path: string): void => {
            if (typeof v === 'string') expect(v.trim(), path).not.toBe('');
            else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`));
            else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
          };
          walk(packet({ bureau, subject, language }), `${bureau}/${subject}/${language}`);
        }
      }
    }
  });
});

describe('siteHost', () => {
  it('gives the host people type, without www', () => {
    expect(siteHost('https://www.equifax.com/personal/x')).toBe('equifax.com');
    expect(siteHost('https://informeddelivery.usps.com/')).toBe('informeddelivery.usps.com');
  });
});
