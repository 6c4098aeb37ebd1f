import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/core/csp';
import { en } from './i18n-all';
import { es } from './i18n-all';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as [dotted key, value]; a non-string, non-object leaf is reported as-is so it fails. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]): [string, unknown][] => {
    const key = prefix ? `${prefix}.${k}` : k;
    return v !== null && typeof v === 'object' ? leaves(v, key) : [[key, v]];
  });
}

/** Every key, leaves and branches, so a branch replaced by a string shows up too. */
function allKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return v !== null && typeof v === 'object' ? [`${key}{}`, ...allKeys(v, key)] : [key];
  });
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1] as string).sort();

const enLeaves = new Map(leaves(en));
const esLeaves = new Map(leaves(es));

describe('translations', () => {
  it('en and es have identical key sets, at every depth', () => {
    const enKeys = new Set(allKeys(en));
    const esKeys = new Set(allKeys(es));
    const missingInEs = [...enKeys].filter((k) => !esKeys.has(k));
    const onlyInEs = [...esKeys].filter((k) => !enKeys.has(k));
    expect({ missingInEs, onlyInEs }).toEqual({ missingInEs: [], onlyInEs: [] });
    expect(enLeaves.size).toBeGreaterThan(10);
  });

  it.each([
    ['en', enLeaves],
    ['es', esLeaves],
  ] as const)('every %s value is a non-empty string', (_lang, map) => {
    for (const [key, value] of map) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('every {{placeholder}} in en appears in the matching es string, and es adds none', () => {
    const mismatched: string[] = [];
    for (const [key, value] of enLeaves) {
      const esValue = esLeaves.get(key);
      if (typeof esValue !== 'string') mismatched.push(`${key}: no Spanish string`);
      else if (placeholders(esValue).join() !== placeholders(value as string).join()) {
        mismatched.push(
          `${key}: en {{${placeholders(value as string).join('}} {{')}}} vs es {{${placeholders(esValue).join('}} {{')}}}`,
        );
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('placeholders are well-formed: no single braces or unclosed doubles', () => {
    for (const [key, value] of [...enLeaves, ...esLeaves]) {
      const stripped = (value as string).replace(/\{\{\s*[A-Za-z0-9_.]+\s*\}\}/g, '');
      expect(stripped, key).not.toMatch(/[{}]/);
    }
  });

  it('strings that say something different are actually translated', () => {
    // Names of languages and of the app stay the same; most other text must not be copied from English.
    const same = [...enLeaves].filter(([key, value]) => esLeaves.get(key) === value).map(([key]) => key);
    expect(same.length).toBeLessThan(enLeaves.size / 4);
  });
});

describe('renderer/index.html', () => {
  const html = readFileSync(join(process.cwd(), 'renderer', 'index.html'), 'utf8');

  it('carries exactly CONTENT_SECURITY_POLICY in its CSP meta tag', () => {
    const metas = [...html.matchAll(/<meta\b[^>]*http-equiv\s*=\s*"Content-Security-Policy"[^>]*>/gi)];
    expect(metas).toHaveLength(1);
    const content = /\bcontent\s*=\s*"([^"]*)"/i.exec(metas[0]?.[0] ?? '')?.[1];
    expect(content).toBe(CONTENT_SECURITY_POLICY);
  });

  it('the policy forbids inline and eval script', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
  });

  it('has no inline script', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
  });
});
