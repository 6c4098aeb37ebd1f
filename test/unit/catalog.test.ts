import { describe, expect, it } from 'vitest';
import { CATALOG, STEP_BY_ID, getStep } from '../../electron/shared/core/catalog';
import { GLOSSARY } from '../../electron/shared/core/catalog/glossary';
import { OFFICIAL_DOMAINS } from '../../electron/shared/core/catalog/official-domains';
import { RECORD_KINDS, SECTION_IDS } from '../../electron/shared/core/catalog/types';
import type { CatalogStep, Text } from '../../electron/shared/core/catalog/types';
import { looksLikeSsn } from '../../electron/shared/core/ssn';
import { isOfficialUrl } from '../../electron/shared/core/urls';

/** Fixed "today": facts cannot be verified in the future. Never Date.now, so the test is stable. */
const TODAY = '2026-12-02';

/** Names that read the same in both languages; any other identical en/es pair is a missing translation. */
const PROPER_NAMES = new Set([
  'Equifax',
  'Experian',
  'TransUnion',
  'T-Mobile',
  'Verizon',
  'AT&T',
  'Innovis',
  'ChexSystems',
  'LexisNexis Risk Solutions',
  'IdentityTheft.gov',
  'AnnualCreditReport.com',
  'OptOutPrescreen.com',
]);

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/u;
// US dialling forms: 1-800-…, short codes (611), star/hash codes (#662#, #PORT) and SMS short codes (7726).
const PHONE = /^(1-\d{3}-\d{3}-\d{4}|\d{3}|#\d+#|#[A-Z]+|\d{4})$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

const BANNED = [
  'utilize',
  'utilise',
  'leverage',
  'in order to',
  'aforementioned',
  'pursuant',
  'heretofore',
  'hereby',
  'facilitate',
  'subsequently',
  'commence',
  'endeavor',
  'prior to',
  'in the event that',
  'whereby',
  'henceforth',
];

/** Words a stressed reader may not know. Each must be in the GLOSSARY or explained in the step's opening. */
const JARGON: { id: string; pattern: RegExp }[] = [
  { id: 'freeze', pattern: /\bfreez(e|es|ing)\b|\bfrozen\b/iu },
  { id: 'lift', pattern: /\blift(s|ed|ing)?\b|\bthaw/iu },
  { id: 'fraud-alert', pattern: /\bfraud alerts?\b/iu },
  { id: 'port-out', pattern: /\bport(ing)?[- ]out\b/iu },
  { id: 'sim-swap', pattern: /\bSIM swap/iu },
  { id: 'two-factor', pattern: /\btwo-factor\b/iu },
];

const isText = (v: unknown): v is Partial<Text> => typeof v === 'object' && v !== null && ('en' in v || 'es' in v);

/** Every Text in a value, however deep, with its path (for readable failures). */
function texts(value: unknown, path = ''): { path: string; text: Partial<Text> }[] {
  if (isText(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const englishOf = (step: CatalogStep) => texts(step).map(({ text }) => text.en ?? '');
const sentences = (s: string) =>
  s
    .split(/(?<=[.!?])\s+/u)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
const words = (s: string) => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Jargon ids a step uses that are neither in the glossary nor named in its why or first sub-step. */
function unexplainedJargon(step: CatalogStep, glossaryIds: readonly string[]): string[] {
  const opening = `${step.why.en} ${step.subSteps[0]?.text.en ?? ''}`;
  const all = englishOf(step).join(' ');
  return JARGON.filter(
    ({ id, pattern }) => pattern.test(all) && !glossaryIds.includes(id) && !pattern.test(opening),
  ).map(({ id }) => id);
}

function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const ids = CATALOG.map((s) => s.id);
const each = CATALOG.map((s) => [s.id, s] as const);

describe('catalog shape', () => {
  it('has steps, with unique kebab-case ids', () => {
    expect(CATALOG.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
  });

  it('lists the steps in the section order of SECTION_IDS', () => {
    const ranks = CATALOG.map((s) => SECTION_IDS.indexOf(s.section));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('has at least one step in every section', () => {
    for (const section of SECTION_IDS)
      expect(
        CATALOG.some((s) => s.section === section),
        section,
      ).toBe(true);
  });

  it('finds each step by id, and nothing for an unknown id', () => {
    expect(STEP_BY_ID.size).toBe(CATALOG.length);
    for (const step of CATALOG) expect(getStep(step.id)).toBe(step);
    expect(getStep('no-such-step')).toBeUndefined();
  });

  it.each(each)('%s: sub-step ids are unique kebab-case, and minutes are sensible', (_id, step) => {
    const subIds = step.subSteps.map((s) => s.id);
    expect(step.subSteps.length).toBeGreaterThan(0);
    expect(new Set(subIds).size).toBe(subIds.length);
    for (const id of subIds) expect(id).toMatch(KEBAB);
    expect(Number.isInteger(step.minutes)).toBe(true);
    expect(step.minutes).toBeGreaterThan(0);
    expect(step.minutes).toBeLessThanOrEqual(120);
    for (const kind of step.record) expect(RECORD_KINDS).toContain(kind);
    expect(step.appliesTo.subjects.length).toBeGreaterThan(0);
  });
});

describe('catalog: both languages everywhere', () => {
  it.each(each)(
    '%s: every Text has non-empty English and Spanish, and they differ unless a proper name',
    (_id, step) => {
      const found = texts(step);
      expect(found.length).toBeGreaterThan(4);
      for (const { path, text } of found) {
        expect(typeof text.en, `${path}.en`).toBe('string');
        expect(typeof text.es, `${path}.es`).toBe('string');
        expect(text.en?.trim(), `${path}.en`).not.toBe('');
        expect(text.es?.trim(), `${path}.es`).not.toBe('');
        if (text.en === text.es) expect(PROPER_NAMES, `${path}: "${text.en}" is not translated`).toContain(text.en);
      }
    },
  );

  it('the glossary has both languages and one-line definitions', () => {
    const glossaryIds = GLOSSARY.map((g) => g.id);
    expect(new Set(glossaryIds).size).toBe(glossaryIds.length);
    for (const entry of GLOSSARY) {
      for (const t of [entry.term, entry.definition]) {
        expect(t.en.trim()).not.toBe('');
        expect(t.es.trim()).not.toBe('');
        expect(t.es).not.toBe(t.en);
      }
      expect(entry.definition.en).not.toMatch(/\n/u);
      expect(words(entry.definition.en).length).toBeLessThanOrEqual(25);
    }
  });
});

describe('catalog: sources, dates and links', () => {
  it.each(each)('%s: has sources and a valid verifiedOn no later than today', (_id, step) => {
    expect(step.sources.length).toBeGreaterThan(0);
    for (const source of step.sources) expect(source.title.trim()).not.toBe('');
    expect(isRealDate(step.verifiedOn), step.verifiedOn).toBe(true);
    expect(step.verifiedOn <= TODAY, step.verifiedOn).toBe(true);
  });

  it.each(each)('%s: every link and source is https on an official domain', (_id, step) => {
    for (const url of [...step.urls.map((u) => u.url), ...step.sources.map((s) => s.url)]) {
      expect(url.startsWith('https://'), url).toBe(true);
      expect(isOfficialUrl(url, OFFICIAL_DOMAINS), url).toBe(true);
    }
    expect(step.urls.length + step.phones.length + (step.mail ? 1 : 0)).toBeGreaterThan(0);
  });

  it.each(each)('%s: phone numbers are in a dialable form', (_id, step) => {
    for (const phone of step.phones) expect(phone.number, phone.number).toMatch(PHONE);
  });

  it.each(each)('%s: a verified mail address has lines; an unverified one says why', (_id, step) => {
    if (!step.mail) return;
    if (step.mail.verified) {
      expect(step.mail.lines.length).toBeGreaterThan(0);
      for (const line of step.mail.lines) expect(line.trim()).not.toBe('');
    } else {
      expect(step.mail.note.en.trim()).not.toBe('');
    }
  });

  it.each(each)('%s: never contains anything shaped like a Social Security number', (_id, step) => {
    for (const { path, text } of texts(step)) {
      expect(looksLikeSsn(text.en ?? ''), path).toBe(false);
      expect(looksLikeSsn(text.es ?? ''), path).toBe(false);
    }
    for (const line of step.mail?.verified ? step.mail.lines : []) expect(looksLikeSsn(line)).toBe(false);
  });
});

describe('catalog: plain English', () => {
  it.each(each)('%s: short sentences, no sentence over 35 words', (_id, step) => {
    const all = englishOf(step).flatMap(sentences);
    const lengths = all.map((s) => words(s).length);
    const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(average, `average ${average.toFixed(1)} words`).toBeLessThan(20);
    for (const s of all) expect(words(s).length, s).toBeLessThanOrEqual(35);
  });

  it.each(each)('%s: no banned jargon', (_id, step) => {
    for (const en of englishOf(step)) {
      for (const phrase of BANNED) expect(en.toLowerCase(), `"${phrase}" in: ${en}`).not.toContain(phrase);
    }
  });

  it.each(each)('%s: unavoidable jargon is in the glossary or explained where the step opens', (_id, step) => {
    expect(
      unexplainedJargon(
        step,
        GLOSSARY.map((g) => g.id),
      ),
    ).toEqual([]);
  });

  it('official accounts come after the freezes, and each says what to do if its identity check fails', () => {
    const accounts = CATALOG.filter((s) => s.section === 'accounts');
    expect(accounts.map((s) => s.id)).toEqual(['ssa-account', 'irs-ip-pin', 'usps-informed-delivery']);
    for (const step of accounts) {
      expect(step.why.en, step.id).not.toMatch(/before you freeze/iu);
      const fallback = step.subSteps.find((s) => /fails/u.test(s.text.en));
      expect(fallback?.text.en, step.id).toMatch(/lift|in person|Assistance Center/u);
    }
  });
});

describe('the test helpers catch what they should', () => {
  it('finds a Text without Spanish, deep inside a step', () => {
    const broken = { why: { en: 'x', es: 'y' }, subSteps: [{ id: 'a', text: { en: 'only English' } }] };
    expect(texts(broken).some(({ text }) => text.es === undefined)).toBe(true);
  });

  it('flags jargon that is neither in the glossary nor explained where the step opens', () => {
    const step = getStep('tmobile-account-takeover')!;
    // Its opening explains port-out and SIM swap itself, so it passes even without a glossary.
    expect(unexplainedJargon(step, [])).toEqual([]);
    const hidden: CatalogStep = {
      ...step,
      why: { en: 'It helps.', es: 'Ayuda.' },
      subSteps: [
        { id: 'a', text: { en: 'Turn it on.', es: 'Actívelo.' } },
        { id: 'b', text: { en: 'It blocks a port-out.', es: 'Bloquea la portabilidad.' } },
      ],
    };
    expect(unexplainedJargon(hidden, [])).toEqual(['port-out']);
    expect(
      unexplainedJargon(
        hidden,
        GLOSSARY.map((g) => g.id),
      ),
    ).toEqual([]);
  });

  it('rejects impossible or future dates and odd phone forms', () => {
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('2026-11-23')).toBe(true);
    expect('2026-12-03' <= TODAY).toBe(false);
    expect('888-298-0045').not.toMatch(PHONE);
    expect('(888) 298-0045').not.toMatch(PHONE);
    expect('1-888-298-0045').toMatch(PHONE);
  });

  it('counts sentences and words the way a reader would', () => {
    expect(sentences('One. Two words! Three: four')).toEqual(['One.', 'Two words!', 'Three: four']);
    expect(words('Call 611 — now.')).toEqual(['Call', '611', 'now.']);
  });
});
