import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../electron/shared/core/catalog';

/**
 * Steps are data: what makes a step behave differently is declared in its catalog file, and no
 * production source outside the catalog names a step id. Tests and bench scripts may.
 */
const ROOT = join(__dirname, '..', '..', '..');
const SOURCE_DIRS = ['electron', 'renderer/src'];
const CATALOG_DIR = 'electron/shared/core/catalog';

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mjs|js)$/.test(name)) out.push(path);
  }
  return out;
}

export function stepIdLiterals(source: string, ids: readonly string[]): string[] {
  const found: string[] = [];
  for (const id of ids) {
    const re = new RegExp(`['"\`]${id}['"\`]`, 'g');
    for (const _ of source.matchAll(re)) found.push(id);
  }
  return found;
}

describe('catalog step ids stay inside the catalog', () => {
  const ids = CATALOG.map((s) => s.id);

  it('finds a step id literal when one is written (the check can fail)', () => {
    expect(stepIdLiterals(`if (step.id === '${ids[0]}') {}`, ids)).toEqual([ids[0]]);
    expect(stepIdLiterals(`const kind = 'freeze-pin';`, ['freeze'])).toEqual([]);
  });

  it('no production source outside the catalog names a step id', () => {
    const offenders: string[] = [];
    for (const dir of SOURCE_DIRS)
      for (const file of sourceFiles(dir)) {
        if (relative(CATALOG_DIR, file).startsWith('..') === false) continue;
        const hits = stepIdLiterals(readFileSync(join(ROOT, file), 'utf8'), ids);
        if (hits.length > 0) offenders.push(`${file}: ${[...new Set(hits)].join(', ')}`);
      }
    expect(offenders).toEqual([]);
  });
});
