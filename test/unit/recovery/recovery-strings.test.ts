import { describe, expect, it } from 'vitest';
import { recoveryEn } from '../../../renderer/src/i18n/recovery-en';
import { recoveryEntryEn } from '../../../renderer/src/i18n/recovery-entry-en';
import { recoveryEs } from '../../../renderer/src/i18n/recovery-es';
import { recoveryEntryEs } from '../../../renderer/src/i18n/recovery-entry-es';
import { recoveryMoreEn } from '../../../renderer/src/i18n/recovery-more-en';
import { recoveryMoreEs } from '../../../renderer/src/i18n/recovery-more-es';
import { en } from '../i18n-all';
import { es } from '../i18n-all';

/** Dotted keys with their strings. */
function flat(table: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(table)) {
    if (typeof v === 'string') out.set(`${prefix}${k}`, v);
    else for (const [kk, vv] of flat(v as object, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

describe('recovery words', () => {
  it.each([
    ['the page', recoveryEn, recoveryEs],
    ['the entry buttons', recoveryEntryEn, recoveryEntryEs],
    ['the vault fields, removal, renewals and the fraud script', recoveryMoreEn, recoveryMoreEs],
  ])('%s: Spanish has exactly the English keys, none empty, with the same placeholders', (_n, a, b) => {
    const fa = flat(a);
    const fb = flat(b);
    expect([...fb.keys()].sort()).toEqual([...fa.keys()].sort());
    for (const [k, v] of fa) {
      const other = fb.get(k) ?? '';
      expect(v.trim(), k).not.toBe('');
      expect(other.trim(), k).not.toBe('');
      const holes = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(holes(other), k).toEqual(holes(v));
    }
  });

  it('the added words do not clash with the page words they are merged beside', () => {
    for (const k of Object.keys(recoveryMoreEn)) expect(Object.keys(recoveryEn)).not.toContain(k);
  });

  it('the main tables carry only the entry words, so the first screen does not grow with the case page', () => {
    expect(en.recovery).toEqual(recoveryEntryEn);
    expect(es.recovery).toEqual(recoveryEntryEs);
    expect(Object.keys(en.recovery)).toHaveLength(5);
  });
});
