/** The bench's budget check (`npm run bench -- --check`): pure evaluation of one result. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script module without type declarations
import { BUDGETS, checkBudgets, evaluateBudgets, formatTable } from '../../../scripts/bench/budget.mjs';

type Row = { name: string; value: number; target: string; ok: boolean };

const passing = {
  bundle: { ratio: 1.4, listAtPaintRatio: 1.3, deepLinkRatio: 1.9 },
  load: { ratio: 1.2 },
  interaction: { p95Ms: 20 },
  storeWrite: { p95Ms: 4 },
  plan: { ms: 1 },
  hostStart: { ms: 250 },
  memory: { heapMB: 8, hostRssMB: 60 },
  staticRss: { growthMB: 2 },
  vault: { unlockMs: 700, revealMs: 0.1 },
  reminders: { nextDueMs: 1 },
};

describe('bench budgets', () => {
  it('a result within every budget passes and exits 0', () => {
    const rows: Row[] = evaluateBudgets(passing);
    expect(rows).toHaveLength(BUDGETS.length);
    expect(rows.every((r) => r.ok)).toBe(true);
    const verdict = checkBudgets(rows);
    expect(verdict.code).toBe(0);
    expect(verdict.lines[0]).toMatch(/all 14 budgets met/);
  });

  it('a missed budget fails, exits 1 and names each missed budget with its figure and target', () => {
    const rows: Row[] = evaluateBudgets({
      ...passing,
      load: { ratio: 2.63 },
      hostStart: { ms: 500 },
    });
    const verdict = checkBudgets(rows);
    expect(verdict.code).toBe(1);
    expect(verdict.lines[0]).toBe('bench --check: 2 budgets missed');
    expect(verdict.lines.slice(1)).toEqual([
      '  MISSED load.ratio (to interactive, median of 15): 2.63 (target ≤ 1.5)',
      '  MISSED hostStart.ms (spawn → ready, median): 500 (target < 500)',
    ]);
  });

  it('limits are inclusive where the target says ≤ and strict where it says <', () => {
    const at = evaluateBudgets({ bundle: { ratio: 1.5 }, storeWrite: { p95Ms: 10 } });
    expect(at.map((r: Row) => [r.target, r.ok])).toEqual([
      ['≤ 1.5', true],
      ['< 10', false],
    ]);
  });

  it('a figure that is not a number fails rather than passes; an unmeasured one is left out', () => {
    const rows: Row[] = evaluateBudgets({ load: { ratio: Number.NaN }, plan: {} });
    expect(rows).toEqual([
      { name: 'load.ratio (to interactive, median of 15)', value: Number.NaN, target: '≤ 1.5', ok: false },
    ]);
    expect(checkBudgets(rows).code).toBe(1);
  });

  it('informational rows never fail the check', () => {
    const rows: Row[] = evaluateBudgets({ bundle: { deepLinkRatio: 9 }, vault: { unlockMs: 5000 } });
    expect(rows.every((r) => r.ok)).toBe(true);
  });

  it('the table keeps one line per budget with a yes/NO column', () => {
    const table: string = formatTable(evaluateBudgets({ ...passing, plan: { ms: 7 } }));
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^measure\s+value {2}target {2}ok$/);
    expect(lines).toHaveLength(BUDGETS.length + 1);
    expect(lines.find((l) => l.startsWith('plan.ms'))).toMatch(/ 7 {2}< 5 +NO$/);
  });
});
