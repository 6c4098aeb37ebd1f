import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMailPacketPdf } from '../../../electron/services/documents';
import { CATALOG, getStep, packetStepFor } from '../../../electron/shared/core/catalog';
import type { CatalogStep } from '../../../electron/shared/core/catalog/types';
import { BUREAUS, buildMailPacket, type Bureau } from '../../../electron/shared/core/documents/packet-content';
import type { Answers } from '../../../electron/shared/core/interview';
import { buildPlan } from '../../../electron/shared/core/plan';
import type { Profile } from '../../../electron/shared/contract/schemas';
import {
  cleanScratch,
  flat,
  hasPoppler,
  launchApp,
  missingPopplerReason,
  pdfInfo,
  pdfText,
  pdfWords,
  type Word,
} from './helpers';

/**
 * The generated PDFs, read back by poppler (pdftotext, pdfinfo), an implementation independent of
 * pdf-lib: what a person would see when they print the file.
 */

if (!hasPoppler) {
  console.warn(missingPopplerReason);
}

const PASSPHRASE = 'Tangerine lighthouse, quietly 42';
const VAULT_SECRET = 'PlumVault-9Q4Z-Kestrel-PIN';
const NOTE_SECRET = 'Hidden under the porch step, ask Wendell Thistlewood';
const CHILD_NOTE = 'Spare key in the blue flowerpot by Ignatius';
const PO_BOX = /P\.?\s?O\.?\s+Box/i;

const answers = (subject: Answers['subject']): Answers => ({
  breach: 'tmobile-postpaid',
  exposed: [],
  subject,
  carrier: 'tmobile',
  primaryHolder: 'yes',
  creditSoon: true,
});

const stepOf = (bureau: Bureau): CatalogStep => packetStepFor(bureau)!;

let env: ReturnType<typeof launchApp>;
const ids: Record<'child' | 'grandpa' | 'me' | 'fresh' | 'cjk', string> = {
  child: '',
  grandpa: '',
  me: '',
  fresh: '',
  cjk: '',
};

async function profile(
  name: string,
  relationship: Profile['relationship'],
  subject?: Answers['subject'],
): Promise<string> {
  const p = await env.must<Profile>('profiles:create', { name, relationship });
  if (subject) await env.must('plan:saveAnswers', { profileId: p.id, answers: answers(subject) });
  return p.id;
}

async function packet(profileId: string, bureau: Bureau, language: 'en' | 'es') {
  const r = await env.callDocuments('documents:mailPacket', { profileId, bureau, language });
  if (!r.ok) throw new Error(`${r.error.code}: ${JSON.stringify(r.error.params)}`);
  return r.value;
}

async function plan(profileId: string, language: 'en' | 'es') {
  const r = await env.callDocuments('documents:planPdf', { profileId, language });
  if (!r.ok) throw new Error(`${r.error.code}: ${JSON.stringify(r.error.params)}`);
  return r.value;
}

function expectNoSecrets(text: string) {
  for (const secret of [VAULT_SECRET, 'PlumVault', 'Wendell', 'Thistlewood', 'porch', 'flowerpot', 'Ignatius']) {
    expect(text, secret).not.toContain(secret);
  }
}

/** Everything lies inside the page, within the margins (nothing runs off the paper). */
function expectInsidePage(words: Word[]) {
  for (const w of words) {
    expect(w.xMin, w.text).toBeGreaterThanOrEqual(50);
    expect(w.xMax, w.text).toBeLessThanOrEqual(612 - 50);
    expect(w.yMin, w.text).toBeGreaterThanOrEqual(20);
    expect(w.yMax, w.text).toBeLessThanOrEqual(792 - 20);
  }
}

/** The size most of the words are set in. */
function bodySize(words: Word[]): number {
  const counts = new Map<number, number>();
  for (const w of words) counts.set(Math.round(w.size * 2) / 2, (counts.get(Math.round(w.size * 2) / 2) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

beforeAll(async () => {
  env = launchApp();
  ids.child = await profile('Mia', 'child', 'minor');
  ids.grandpa = await profile('Grandpa Joe', 'parent', 'represented');
  ids.me = await profile('Me', 'myself', 'self');
  ids.fresh = await profile('Not asked yet', 'other');
  ids.cjk = await profile('山田 花子', 'child', 'minor');

  // Private things the documents must never print: notes on steps and a vault record.
  await env.must('checklist:update', {
    profileId: ids.child,
    stepId: 'minor-freeze-equifax',
    change: { kind: 'note', note: CHILD_NOTE },
  });
  await env.must('checklist:update', {
    profileId: ids.child,
    stepId: 'minor-freeze-experian',
    change: { kind: 'status', status: 'done' },
  });
  await env.must('checklist:update', {
    profileId: ids.me,
    stepId: 'freeze-equifax',
    change: { kind: 'status', status: 'done' },
  });
  await env.must('checklist:update', {
    profileId: ids.me,
    stepId: 'freeze-equifax',
    change: { kind: 'note', note: NOTE_SECRET },
  });
  await env.must('checklist:update', {
    profileId: ids.me,
    stepId: 'tmobile-pin',
    change: { kind: 'status', status: 'done' },
  });
  await env.must('checklist:update', {
    profileId: ids.me,
    stepId: 'freeze-transunion',
    change: { kind: 'status', status: 'in_progress' },
  });
  await env.must('checklist:update', {
    profileId: ids.me,
    stepId: 'thaw-planner',
    change: { kind: 'status', status: 'not_applicable' },
  });
  await env.must('vault:create', { passphrase: PASSPHRASE });
  for (const profileId of [ids.child, ids.me]) {
    await env.must('vault:addRecord', {
      profileId,
      stepId: profileId === ids.me ? 'freeze-experian' : 'minor-freeze-equifax',
      kind: 'freeze-pin',
      value: VAULT_SECRET,
    });
  }
  // The secret really is in the app's data (the note in the store, the PIN in the vault).
  expect(JSON.stringify(env.app.opened.store.read())).toContain('Wendell');
});

afterAll(() => {
  env?.close();
  cleanScratch();
});

describe.skipIf(!hasPoppler)('mail packets, read back with pdftotext', () => {
  it.each(BUREAUS)('%s, for a child, in English', async (bureau) => {
    const file = await packet(ids.child, bureau, 'en');
    expect(file.fileName).toBe(`lockstep-freeze-request-${bureau}-2026-11-23.pdf`);
    const raw = pdfText(file.base64);
    const text = flat(raw);
    const step = stepOf(bureau);

    expect(text).toContain('Date: November 23, 2026');
    if (step.mail?.verified) {
      for (const line of step.mail.lines) expect(raw).toContain(line);
      expect(text).not.toContain('check on the official site before mailing');
    } else if (step.mail?.copyFrom) {
      // Where the bureau prints the address, with the full official page (unbroken once wraps go).
      expect(text).toContain(step.mail.copyFrom.text.en);
      expect(raw.replace(/\s+/g, '')).toContain(step.mail.copyFrom.url);
      expect(text).not.toMatch(PO_BOX);
    } else {
      expect(text).toContain('Address: check on the official site before mailing');
      expect(text).not.toMatch(PO_BOX);
    }
    expect(text).toContain('Request for a security freeze for a protected consumer');

    // The enclosures: the representative's proofs, the child's papers, and the catalog's list.
    expect(text).toContain('A copy of your own government photo ID, to prove who you are');
    expect(text).toContain(
      'A copy of a recent bill or bank statement with your name and address, to prove your address',
    );
    expect(text).toContain('A copy of the child’s birth certificate');
    expect(text).toContain('A copy of the child’s Social Security card');
    const content = buildMailPacket({
      bureau,
      subject: 'minor',
      language: 'en',
      date: '2026-11-23',
      profileName: 'Mia',
    });
    for (const item of content.checklist.enclosures.items) expect(text).toContain(item);
    // One list on the checklist page: each paper asked for once.
    const checklistPage = flat(raw.split('\f').slice(1).join(' '));
    expect(checklistPage.match(/government photo ID/g)).toHaveLength(1);
    expect(checklistPage.match(/Social Security card/g)).toHaveLength(1);
    expect(text).not.toContain('Also on');

    // Blanks written by hand; Lockstep prints no number about the child.
    expect(text).toMatch(/Social Security number: _+ - _+ - _+/);
    expect(text).toMatch(/Date of birth: _{10,}/);
    expect(text).toMatch(/Current address: _{10,}/);
    expect(text).toContain('For: Mia');
    expectNoSecrets(raw);

    const info = pdfInfo(file.base64);
    expect(info.Title).toBe(`Security freeze request by mail: ${step.agency.en}`);
    expect(info['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
    const words = pdfWords(file.base64);
    expectInsidePage(words);
    const size = bodySize(words);
    expect(size).toBeGreaterThanOrEqual(11);
    expect(size).toBeLessThanOrEqual(12);
  });

  it.each(BUREAUS)('%s, for a child, in Spanish (English letter with translation)', async (bureau) => {
    const file = await packet(ids.child, bureau, 'es');
    const raw = pdfText(file.base64);
    const text = flat(raw);
    const step = stepOf(bureau);

    expect(text).toContain('Date: November 23, 2026');
    expect(text).toContain('Fecha: 23 de noviembre de 2026');
    expect(text).toContain('Preparado el 23 de noviembre de 2026');
    if (step.mail?.verified) {
      for (const line of step.mail.lines) expect(raw).toContain(line);
    } else if (step.mail?.copyFrom) {
      expect(text).toContain(step.mail.copyFrom.text.es);
      expect(text).not.toMatch(PO_BOX);
    } else {
      expect(text).toContain(
        'Address: check on the official site before mailing / Dirección: confírmela en el sitio oficial antes de enviar',
      );
      expect(text).not.toMatch(PO_BOX);
      expect(text).toContain(step.mail!.verified === false ? step.mail!.note.es : '');
    }
    expect(text).toContain('Solicitud de congelamiento de crédito para un consumidor protegido');
    expect(text).toContain('Una copia de su propia identificación oficial con foto, para probar quién es usted');
    expect(text).toContain('Una copia de la tarjeta de Seguro Social del menor');
    expect(text).toContain('Una copia del acta de nacimiento del menor');
    const items = buildMailPacket({ bureau, subject: 'minor', language: 'es', date: '2026-11-23', profileName: 'Mia' })
      .checklist.enclosures.items;
    for (const item of items) expect(text).toContain(item);
    expect(text).toMatch(/Social Security number \/ Número de Seguro Social: _+ - _+ - _+/);
    expect(text).toMatch(/Página 1 de \d/);
    expectNoSecrets(raw);
    expect(pdfInfo(file.base64).Title).toBe(`Solicitud de congelamiento por correo: ${step.agency.es}`);
    expectInsidePage(pdfWords(file.base64));
  });

  it('an unverified TransUnion address prints the "check" box and no P.O. box', async () => {
    const real = stepOf('transunion');
    const step: CatalogStep = {
      ...real,
      mail: {
        verified: false,
        note: {
          en: 'Sources show different P.O. boxes. Check the site.',
          es: 'Las fuentes muestran apartados distintos.',
        },
      },
    };
    const content = buildMailPacket({
      bureau: 'transunion',
      subject: 'minor',
      language: 'en',
      date: '2026-11-23',
      profileName: 'Mia',
      step,
    });
    // The caution itself mentions P.O. boxes, so look only at the letter, page 1.
    const bytes = await renderMailPacketPdf(content);
    const letter = flat(pdfText(bytes).split('\f')[0]!);
    expect(letter).toContain('Address: check on the official site before mailing');
    expect(letter).not.toMatch(PO_BOX);
    expect(letter).not.toContain('Woodlyn');
  });

  it('for a protected consumer: the court order or power of attorney', async () => {
    const text = flat(pdfText((await packet(ids.grandpa, 'experian', 'en')).base64));
    expect(text).toContain(
      'A copy of the court order (guardianship or conservatorship) or the power of attorney that lets you act for the person',
    );
    expect(text).toContain('A copy of the person’s Social Security card');
    expect(text).toContain(
      'power of attorney. Please place a security freeze on their credit file as a protected consumer.',
    );
    expect(text).not.toContain('A copy of the child’s birth certificate');
    expect(text).toContain('For: Grandpa Joe');
  });

  it('a CJK name leaves a blank to write it by hand, never "?"; the title metadata keeps it', async () => {
    const blank = '_'.repeat(18);
    const file = await packet(ids.cjk, 'equifax', 'en');
    expect(flat(pdfText(file.base64))).toContain(`For: ${blank} (write the name by hand)`);
    const planFile = await plan(ids.cjk, 'en');
    expect(flat(pdfText(planFile.base64))).toContain(`Lockstep plan for ${blank} (write the name by hand)`);
    expect(pdfText(planFile.base64)).not.toContain('?? ??');
    expect(pdfInfo(planFile.base64).Title).toBe('Lockstep plan for 山田 花子');
  });
});

describe.skipIf(!hasPoppler)('the printable plan, read back with pdftotext', () => {
  const shownSteps = (subject: Answers['subject'], skip: string[] = []) =>
    buildPlan(answers(subject), CATALOG)
      .filter((i) => i.applies && !skip.includes(i.step.id))
      .map((i) => i.step);

  it('shows every applying step with a box, its phone numbers and websites; done steps ticked', async () => {
    const file = await plan(ids.me, 'en');
    expect(file.fileName).toBe('lockstep-plan-2026-11-23.pdf');
    const raw = pdfText(file.base64);
    const text = flat(raw);
    const steps = shownSteps('self', ['thaw-planner']);
    expect(steps.length).toBeGreaterThan(10);
    const done = new Set(['freeze-equifax', 'tmobile-pin']);
    for (const step of steps) {
      expect(text, step.id).toContain(step.title.en);
      if (done.has(step.id)) expect(text).toContain(`X ${step.title.en} (Done)`);
      else expect(text).not.toContain(`X ${step.title.en}`);
      for (const phone of step.phones) expect(text, step.id).toContain(`Phone: ${phone.number}`);
      for (const link of step.urls) expect(text, step.id).toContain(new URL(link.url).hostname.replace(/^www\./, ''));
    }
    expect(text).toContain(`${getStep('freeze-transunion')!.title.en} (Started)`);
    // "Does not apply" steps are left out.
    expect(text).not.toContain(getStep('thaw-planner')!.title.en);
    expect(text).toContain('Printed on November 23, 2026');
    expectNoSecrets(raw);

    const info = pdfInfo(file.base64);
    expect(info.Title).toBe('Lockstep plan for Me');
    expect(Number(info.Pages)).toBeGreaterThan(1);
    expect(text).toContain(`Page 1 of ${info.Pages}`);

    // Phone numbers in large type; the rest in readable body text.
    const words = pdfWords(file.base64);
    expectInsidePage(words);
    const numbers = new Set(steps.flatMap((s) => s.phones.map((p) => p.number)));
    const phoneWords = words.filter((w) => numbers.has(w.text));
    expect(phoneWords.length).toBeGreaterThanOrEqual(numbers.size);
    for (const w of phoneWords) expect(w.size, w.text).toBeGreaterThanOrEqual(16 - 0.1);
    const tick = words.find((w) => w.text === 'Tick')!;
    expect(tick.size).toBeGreaterThanOrEqual(11 - 0.1);
    expect(tick.size).toBeLessThanOrEqual(12 + 0.1);
  });

  it('in Spanish', async () => {
    const file = await plan(ids.me, 'es');
    const raw = pdfText(file.base64);
    const text = flat(raw);
    for (const step of shownSteps('self', ['thaw-planner'])) {
      expect(text, step.id).toContain(step.title.es);
      for (const phone of step.phones) expect(text, step.id).toContain(`Teléfono: ${phone.number}`);
    }
    expect(text).toContain(`X ${getStep('freeze-equifax')!.title.es} (Hecho)`);
    expect(text).toContain('Impreso el 23 de noviembre de 2026');
    expect(text).toContain('Haga esto primero (unos ');
    expect(text).toMatch(/Página 1 de \d+/);
    expect(pdfInfo(file.base64).Title).toBe('Plan de Lockstep para Me');
    expectNoSecrets(raw);
  });

  it('a child’s plan lists the by-mail bureau steps and TransUnion’s protected consumer line', async () => {
    const text = flat(pdfText((await plan(ids.child, 'en')).base64));
    for (const step of shownSteps('minor')) expect(text, step.id).toContain(step.title.en);
    expect(text).toContain(`X ${getStep('minor-freeze-experian')!.title.en} (Done)`);
    expect(text).toContain('Phone: 1-800-916-8800');
    expectNoSecrets(text);
  });
});

describe('refusals and what the handlers leave alone', () => {
  it('refuses a packet for a profile that is not a minor or protected consumer, with the reason', async () => {
    const r = await env.callDocuments('documents:mailPacket', { profileId: ids.me, bureau: 'equifax', language: 'en' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // The reason travels as a code with the subject; the renderer words it in either language.
    expect(r.error).toStrictEqual({ code: 'packet_not_for_subject', params: { subject: 'self' } });
  });

  it('refuses a packet or a plan before the questions are answered', async () => {
    for (const [op, input] of [
      ['documents:mailPacket', { profileId: ids.fresh, bureau: 'experian', language: 'en' }],
      ['documents:planPdf', { profileId: ids.fresh, language: 'es' }],
    ] as const) {
      const r = await env.callDocuments(op, input);
      expect(r.ok ? 'ok' : r.error.code, op).toBe('answers_missing');
    }
  });

  it('answers profile_not_found for an unknown profile', async () => {
    for (const [op, input] of [
      ['documents:mailPacket', { profileId: 'no-such-profile', bureau: 'equifax', language: 'en' }],
      ['documents:planPdf', { profileId: 'no-such-profile', language: 'en' }],
    ] as const) {
      const r = await env.callDocuments(op, input);
      expect(r.ok ? 'ok' : r.error.code, op).toBe('profile_not_found');
    }
  });

  it('rejects bad input by schema: unknown bureau, language, extra keys', async () => {
    for (const input of [
      { profileId: ids.child, bureau: 'innovis', language: 'en' },
      { profileId: ids.child, bureau: 'equifax', language: 'fr' },
      { profileId: ids.child, bureau: 'equifax', language: 'en', ssn: '000000000' },
      { profileId: ids.child, bureau: 'equifax' },
    ]) {
      const r = await env.callDocuments('documents:mailPacket', input);
      expect(r.ok ? 'ok' : r.error.code, JSON.stringify(input)).toBe('invalid_input');
    }
    const r = await env.callDocuments('documents:planPdf', {
      profileId: ids.child,
      language: 'en',
      includeNotes: true,
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid_input');
  });

  it('writes nothing: the data file is byte-for-byte the same after generating documents', async () => {
    await env.app.opened.store.flush();
    const file = env.app.opened.store.path;
    const before = readFileSync(file);
    await env.callDocuments('documents:mailPacket', { profileId: ids.child, bureau: 'transunion', language: 'es' });
    await env.callDocuments('documents:planPdf', { profileId: ids.me, language: 'en' });
    await env.app.opened.store.flush();
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
