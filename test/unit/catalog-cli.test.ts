import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../electron/shared/core/catalog';

const run = (...args: string[]) =>
  execFileSync(process.execPath, ['scripts/catalog.mjs', ...args], { encoding: 'utf8' });

describe('npm run catalog', () => {
  it('--json prints one object per step with the reviewer fields', () => {
    const rows = JSON.parse(run('--json')) as Record<string, unknown>[];
    expect(rows.map((r) => r.id)).toEqual(CATALOG.map((s) => s.id));
    for (const [i, row] of rows.entries()) {
      const step = CATALOG[i]!;
      expect(row).toMatchObject({
        agency: step.agency.en,
        title: { en: step.title.en, es: step.title.es },
        urls: step.urls.map((u) => u.url),
        sources: step.sources.map((s) => s.url),
        verifiedOn: step.verifiedOn,
      });
      expect((row.phones as { number: string }[]).map((p) => p.number)).toEqual(step.phones.map((p) => p.number));
    }
  });

  it('without --json prints a readable table with every id', () => {
    const table = run();
    for (const step of CATALOG) expect(table).toContain(step.id);
    expect(table).toContain(`${CATALOG.length} steps.`);
  });
});
