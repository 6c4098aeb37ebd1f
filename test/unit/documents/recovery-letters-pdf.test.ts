import { afterAll, describe, expect, it } from 'vitest';
import type { RecoveryCase } from '../../../electron/shared/core/recovery/types';
import { looksLikeSsn } from '../../../electron/shared/core/ssn';
import { cleanScratch, flat, hasPoppler, launchApp, missingPopplerReason, pdfInfo, pdfText } from './helpers';

/** The recovery letters and the case summary, rendered by the real handlers and read back by poppler. */
const app = launchApp();
afterAll(() => {
  app.close();
  cleanScratch();
});

async function withCase() {
  const profile = await app.must<{ id: string }>('profiles:create', { name: 'Carmen Núñez', relationship: 'parent' });
  let c = await app.must<RecoveryCase>('recovery:addItem', {
    profileId: profile.id,
    item: {
      kind: 'new-account',
      company: 'Synchrony',
      noticedOn: '2026-11-20',
      amountCents: 125000,
      reference: '4821',
    },
  });
  c = await app.must<RecoveryCase>('recovery:addItem', {
    profileId: profile.id,
    item: { kind: 'tax-return', company: 'IRS', noticedOn: '2026-11-21' },
  });
  return { profileId: profile.id, cardId: c.items[0]!.id, taxId: c.items[1]!.id };
}

describe.skipIf(!hasPoppler)('recovery letters as PDFs', () => {
  if (!hasPoppler) console.warn(missingPopplerReason);

  const letters = [
    { kind: 'block-605b', bureau: 'equifax', to: 'Equifax Information Services LLC' },
    { kind: 'block-605b', bureau: 'experian', to: 'Experian Security Freeze' },
    { kind: 'block-605b', bureau: 'transunion', to: 'check it on the official site before mailing (transunion.com)' },
    { kind: 'dispute', to: "Write the company's address for fraud or disputes here" },
    { kind: 'records-609e', to: 'section 609(e)' },
    { kind: 'extended-alert', bureau: 'equifax', to: 'Request for an extended fraud alert' },
  ] as const;

  for (const language of ['en', 'es'] as const) {
    for (const l of letters) {
      it(`${l.kind}${'bureau' in l ? ` to ${l.bureau}` : ''} (${language}) reads back with the person, company and item, and no SSN`, async () => {
        const { profileId, cardId } = await withCase();
        const r = await app.callDocuments('documents:recoveryLetter', {
          profileId,
          itemId: cardId,
          kind: l.kind,
          ...('bureau' in l ? { bureau: l.bureau } : {}),
          language,
        });
        if (!r.ok) throw new Error(r.error.code);
        expect(r.value.fileName).toMatch(new RegExp(`^lockstep-${l.kind}-[a-z]+-2026-11-23\\.pdf$`));
        const text = flat(pdfText(r.value.base64));
        expect(text).toContain('Carmen Núñez');
        expect(text).toContain('Synchrony');
        expect(text).toContain('$1,250.00');
        expect(text).toContain('account ending 4821');
        expect(text).toContain('November 20, 2026');
        expect(text).toContain(l.to);
        expect(text).toMatch(/Social Security number[^_:]*: _{3,}/);
        expect(text).toMatch(/Date of birth[^_:]*: _{3,}/);
        expect(looksLikeSsn(text)).toBe(false);
        if (language === 'es') {
          expect(text).toContain('Antes de enviarla');
          expect(text).toContain('notado el 20 de noviembre de 2026');
          expect(pdfInfo(r.value.base64).Title).toMatch(/^(Solicitud|Carta)/);
        }
        // The §605B request does not list the tax return: a bureau has nothing of it to block.
        if (l.kind === 'block-605b') expect(text).not.toContain('IRS');
      });
    }
  }

  it('refuses a letter the item has no action for, and a company letter with a bureau, as codes', async () => {
    const { profileId, taxId, cardId } = await withCase();
    const wrong = await app.callDocuments('documents:recoveryLetter', {
      profileId,
      itemId: taxId,
      kind: 'block-605b',
      bureau: 'equifax',
      language: 'en',
    });
    expect(wrong.ok ? null : wrong.error.code).toBe('letter_not_for_item');
    const both = await app.callDocuments('documents:recoveryLetter', {
      profileId,
      itemId: cardId,
      kind: 'dispute',
      bureau: 'equifax',
      language: 'en',
    });
    expect(both.ok ? null : both.error.code).toBe('invalid_input');
    const none = await app.callDocuments('documents:recoveryLetter', {
      profileId,
      itemId: 'item-unknown-000',
      kind: 'dispute',
      language: 'en',
    });
    expect(none.ok ? null : none.error.code).toBe('recovery_item_not_found');
  });

  it('the case summary reads back as a dated timeline, in English and Spanish', async () => {
    const { profileId, cardId } = await withCase();
    await app.must('recovery:updateAction', {
      profileId,
      itemId: cardId,
      action: 'call-fraud-dept',
      change: { kind: 'log', who: 'Agent Lee', on: '2026-11-22', said: 'Closed' },
    });
    await app.must('recovery:updateAction', {
      profileId,
      itemId: cardId,
      action: 'bureau-block',
      change: { kind: 'mailed', mailedOn: '2026-11-23', tracking: '9400 1234' },
    });
    const en = await app.callDocuments('documents:caseSummary', { profileId, language: 'en' });
    if (!en.ok) throw new Error(en.error.code);
    const text = flat(pdfText(en.value.base64));
    expect(text).toContain('Identity theft case summary: Carmen Núñez');
    expect(text).toMatch(
      /November 20, 2026: A new credit account or card: Synchrony: noticed.*November 22, 2026: .*contact with Agent Lee.*November 23, 2026: .*letter mailed \(tracking 9400 1234\)/,
    );
    expect(looksLikeSsn(text)).toBe(false);
    const es = await app.callDocuments('documents:caseSummary', { profileId, language: 'es' });
    if (!es.ok) throw new Error(es.error.code);
    expect(flat(pdfText(es.value.base64))).toMatch(/Cronología.*20 de noviembre de 2026/);
  });
});
