/**
 * The speed budget as data, and its evaluation as pure functions, so `npm run bench -- --check`
 * and its unit test share one definition. A budget is a name, how to read its figure from the
 * bench result, a limit and a comparison; a figure the run did not measure is left out, never passed.
 */

/** @typedef {{ name: string, value: number, target: string, ok: boolean }} BudgetRow */

const le = (limit) => ({ target: `≤ ${limit}`, test: (v) => v <= limit });
const lt = (limit) => ({ target: `< ${limit}`, test: (v) => v < limit });
const info = (target) => ({ target, test: () => true, informational: true });

/** Every budget, in table order. `read` returns undefined when the run did not measure it. */
export const BUDGETS = [
  {
    name: 'bundle.ratio (first-screen gzip, profile list settled / hello world)',
    read: (r) => r.bundle?.ratio,
    ...le(1.5),
  },
  {
    name: 'bundle.listAtPaintRatio (gzip arrived by the list paint, a race / hello world)',
    read: (r) => r.bundle?.listAtPaintRatio,
    ...info('report'),
  },
  {
    name: 'bundle.deepLinkRatio (gzip, profile page deep link / hello world)',
    read: (r) => r.bundle?.deepLinkRatio,
    ...info('report'),
  },
  { name: 'load.ratio (to interactive, median of 15)', read: (r) => r.load?.ratio, ...le(1.5) },
  { name: 'interaction.p95Ms (click done → painted)', read: (r) => r.interaction?.p95Ms, ...lt(50) },
  { name: 'storeWrite.p95Ms (50 profiles, durable, median of runs)', read: (r) => r.storeWrite?.p95Ms, ...lt(10) },
  { name: 'plan.ms (50 plans)', read: (r) => r.plan?.ms, ...lt(5) },
  { name: 'hostStart.ms (spawn → ready, median)', read: (r) => r.hostStart?.ms, ...lt(500) },
  { name: 'memory.heapMB (renderer, after load)', read: (r) => r.memory?.heapMB, ...lt(20) },
  { name: 'memory.hostRssMB', read: (r) => r.memory?.hostRssMB, ...lt(100) },
  { name: 'staticRss.growthMB (host, distinct static paths)', read: (r) => r.staticRss?.growthMB, ...lt(10) },
  { name: 'vault.unlockMs (one scrypt, by design)', read: (r) => r.vault?.unlockMs, ...info('≈ 500') },
  { name: 'vault.revealMs', read: (r) => r.vault?.revealMs, ...lt(5) },
  { name: 'reminders.nextDueMs (10,000 reminders)', read: (r) => r.reminders?.nextDueMs, ...lt(5) },
];

/**
 * The table rows for one bench result. A figure that is not a finite number (NaN from a failed
 * measurement) fails its budget rather than passing it.
 * @returns {BudgetRow[]}
 */
export function evaluateBudgets(result, budgets = BUDGETS) {
  const rows = [];
  for (const b of budgets) {
    const value = b.read(result);
    if (value === undefined) continue;
    const ok = typeof value === 'number' && Number.isFinite(value) && b.test(value);
    rows.push({ name: b.name, value, target: b.target, ok });
  }
  return rows;
}

/** The plain table for people. */
export function formatTable(rows) {
  const w = Math.max(...rows.map((r) => r.name.length), 'measure'.length);
  return [
    `${'measure'.padEnd(w)}  ${'value'.padStart(9)}  target  ok`,
    ...rows.map(
      (r) => `${r.name.padEnd(w)}  ${String(r.value).padStart(9)}  ${r.target.padEnd(6)}  ${r.ok ? 'yes' : 'NO'}`,
    ),
  ].join('\n');
}

/**
 * The verdict of `--check`: exit code and the lines that say which budgets were missed.
 * @returns {{ code: 0 | 1, lines: string[] }}
 */
export function checkBudgets(rows) {
  const missed = rows.filter((r) => !r.ok);
  if (missed.length === 0) return { code: 0, lines: [`bench --check: all ${rows.length} budgets met`] };
  return {
    code: 1,
    lines: [
      `bench --check: ${missed.length} budget${missed.length === 1 ? '' : 's'} missed`,
      ...missed.map((r) => `  MISSED ${r.name}: ${r.value} (target ${r.target})`),
    ],
  };
}
