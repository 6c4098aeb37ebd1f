import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../electron/shared/core/catalog';
import { VAULT_KINDS } from '../../electron/shared/contract/enums';
import { en } from './i18n-all';
import { es } from './i18n-all';

/** Every { en, es } text in the catalog (titles, why, sub-steps, labels, notes…), with where it sits. */
function catalogTexts(): { where: string; en: string; es: string }[] {
  const out: { where: string; en: string; es: string }[] = [];
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.en === 'string' && typeof o.es === 'string') out.push({ where, en: o.en, es: o.es });
      else for (const [k, v] of Object.entries(o)) visit(v, `${where}.${k}`);
    }
  };
  for (const step of CATALOG) visit(step, step.id);
  return out;
}

const I18N = join(__dirname, '../../renderer/src/i18n');
const spanishSources = readdirSync(I18N)
  .filter((f) => f === 'es.ts' || f.endsWith('-es.ts') || f === 'no-token.ts')
  .map((f) => ({ file: f, text: readFileSync(join(I18N, f), 'utf8') }));

describe('words (issue #16 item 8)', () => {
  it('the vault is "bóveda" everywhere in Spanish, never "caja fuerte"', () => {
    for (const { file, text } of spanishSources) expect(text, file).not.toMatch(/caja(s)? fuerte/i);
    for (const t of catalogTexts()) expect(t.es, t.where).not.toMatch(/caja(s)? fuerte/i);
    expect(es.vault.title).toBe('Bóveda');
  });

  it('American spelling: "license", never "licence", in what a person reads', () => {
    for (const t of catalogTexts()) expect(t.en, t.where).not.toMatch(/licence/i);
    expect(JSON.stringify(en)).not.toMatch(/licence/i);
  });

  it('the reset and delete-all confirmations ask for a word in the reader’s own language', () => {
    expect(en.vault.confirmWord).toBe('DELETE');
    expect(es.vault.confirmWord).toBe('BORRAR');
    for (const table of [en, es]) {
      expect(table.vault.resetLabel).toContain('{{word}}');
      expect(table.vault.resetTypeExactly).toContain('{{word}}');
      expect(table.deleteAll.label).toContain('{{word}}');
    }
  });

  it('a record’s name inside a sentence is lower case, in both languages', () => {
    for (const kind of VAULT_KINDS) {
      for (const table of [en, es]) {
        const inline = table.vault.kindsInline[kind];
        expect(inline.charAt(0), `${kind}: ${inline}`).toBe(inline.charAt(0).toLowerCase());
        // The plain label keeps its capital: it stands alone at the start of a row.
        expect(table.vault.kinds[kind].charAt(0)).toBe(table.vault.kinds[kind].charAt(0).toUpperCase());
      }
    }
    for (const table of [en, es]) {
      expect(table.vault.saveLabel).not.toMatch(/\b(the|el|la) \{\{what\}\}/);
      expect(table.vault.deleteTitle).not.toMatch(/\b(the|el|la) \{\{what\}\}/);
    }
  });

  it('a plan note adds to its step’s summary instead of repeating it', () => {
    // Six words in a row shared by the summary and the note is the same thing said twice.
    const runs = (s: string) => {
      const words = s.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter(Boolean);
      return new Set(words.slice(0, Math.max(0, words.length - 5)).map((_, i) => words.slice(i, i + 6).join(' ')));
    };
    for (const step of CATALOG) {
      for (const hint of step.orderHints ?? []) {
        for (const language of ['en', 'es'] as const) {
          const note = (language === 'en' ? en : es).notes[hint.note];
          const why = runs(step.why[language]);
          const shared = [...runs(note)].filter((r) => why.has(r));
          expect(shared, `${step.id} / ${hint.note} (${language})`).toEqual([]);
        }
      }
    }
  });

  it('step titles read as plain sentences ("your my Social Security" was not one)', () => {
    for (const step of CATALOG) expect(step.title.en, step.id).not.toMatch(/\byour my\b/i);
  });
});
