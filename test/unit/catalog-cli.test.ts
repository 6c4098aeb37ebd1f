import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../electron/shared/core/catalog';
import { LEGAL_FACTS } from '../../electron/shared/core/recovery/facts';

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
        ownIdentity: step.ownIdentity === true,
      });
      expect((row.phones as { number: string }[]).map((p) => p.number)).toEqual(step.phones.map((p) => p.number));
    }
  });

  it('without --json prints a readable table with every id', () => {
    const table = run();
    for (const step of CATALOG) expect(table).toContain(step.id);
    expect(table).toContain(`${CATALOG.length} steps.`);
  });

  it('shows every legal fact of the recovery case with its source and check date; unconfirmed days are not stated', () => {
    const table = run();
    for (const fact of Object.values(LEGAL_FACTS)) {
      expect(table).toContain(fact.id);
      expect(table).toContain(fact.sources[0]!.url);
    }
    const json = JSON.parse(run('--json', '--legal')) as { id: string; days: string; verifiedOn: string }[];
    expect(json.map((f) => f.id)).toEqual(Object.keys(LEGAL_FACTS));
    for (const row of json) {
      const fact = LEGAL_FACTS[row.id as keyof typeof LEGAL_FACTS];
      expect(row.verifiedOn).toBe(fact.verifiedOn);
      if (!fact.confirmed) expect(row.days).toBe('check on the official site');
    }
  });
});
