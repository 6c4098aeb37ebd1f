import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemVaultStep } from '../../../electron/shared/core/recovery/vault';
import type { RecoveryCase } from '../../../electron/shared/core/recovery/types';
import type { VaultStatus } from '../../../electron/shared/contract/vault-schemas';
import { bundleChild, runAndKill } from '../../faults/kill-child';
import { ok, services } from '../transfer/helpers';

/**
 * Fault test for the recovery operations: a child adds items, seals their account numbers and
 * removes items in a loop, and is killed with SIGKILL at random moments, again and again on the
 * same folder. After every kill the next start must find the data file and the vault whole, and
 * (after its sweep) no account number in the vault whose item is gone.
 */
const RUNS = Number(process.env.LOCKSTEP_RECOVERY_CRASH_RUNS ?? 12);
const MAX_KILL_DELAY_MS = 60;

let work: string;
let bundle: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lockstep-recovery-crash-'));
  bundle = await bundleChild('recovery-child', work);
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Account-number records in vault.json whose item the data file no longer has (read before any start sweeps). */
function unlinkedOnDisk(dir: string): number {
  if (!existsSync(join(dir, 'vault.json'))) return 0;
  const vault = JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')) as {
    records: { stepId: string; kind: string }[];
  };
  const data = readFileSync(join(dir, 'lockstep.json'), 'utf8');
  return vault.records.filter(
    (r) => r.kind === 'account-number' && !data.includes(r.stepId.slice('recovery-item-'.length)),
  ).length;
}

describe('crash test: SIGKILL while items are added, sealed and removed', () => {
  it(
    `after each of ${RUNS} kills both files are whole and every account number in the vault has its item`,
    async () => {
      const dir = mkdtempSync(join(work, 'folder-'));
      let unlinkedSeen = 0;
      for (let run = 0; run < RUNS; run++) {
        const result = await runAndKill(bundle, [dir], /^confirmed \d+$/m, Math.random() * MAX_KILL_DELAY_MS);
        const context = `run ${run}: ${result.lines.slice(0, 2).join(' | ')} … ${result.stderr}`;
        expect(result.signal, context).toBe('SIGKILL');
        expect(result.stderr, context).toBe('');
        expect(result.lines[0], context).toBe(run === 0 ? 'report fresh' : 'report ok');
        unlinkedSeen += unlinkedOnDisk(dir);

        const app = services(dir);
        expect(app.opened.report.kind, context).toBe('ok');
        const status = ok<VaultStatus>(await app.call('vault:status', undefined));
        expect(status.damage, context).toBeNull();
        const profileId = app.opened.store.read().profiles[0]!.id;
        const items = ok<RecoveryCase>(await app.call('recovery:get', { profileId })).items;
        const steps = new Set(items.map((i) => itemVaultStep(i.id)));
        const accounts = status.records.filter((r) => r.kind === 'account-number');
        for (const r of accounts) expect(steps.has(r.stepId), `${context}: ${r.stepId}`).toBe(true);
        // One record per item at most.
        expect(new Set(accounts.map((r) => r.stepId)).size).toBe(accounts.length);
        await app.opened.store.flush();
      }
      console.info(
        `recovery crash test: ${RUNS} runs, ${unlinkedSeen} unlinked account numbers found on disk and swept at start`,
      );
    },
    Math.max(90_000, RUNS * 8_000),
  );
});
