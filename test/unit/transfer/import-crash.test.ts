import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNAL_FILE, recoverImport } from '../../../electron/services/import-journal';
import { DATA_FILE } from '../../../electron/services/store/open-store';
import { VAULT_FILE } from '../../../electron/services/vault/vault-file';
import type { Profile } from '../../../electron/shared/contract/schemas';
import type { VaultStatus } from '../../../electron/shared/contract/vault-schemas';
import { bundleChild, runAndKill } from '../../faults/kill-child';
import { exportPayload, FILE_PASS, ok, PASS, seededFolder, services, tempDir } from './helpers';

/**
 * Issue 13: the host is killed at random points of an import. Afterwards, once the next start has
 * run its recovery, the vault and the data file are wholly old (byte for byte) or wholly new,
 * never one of each.
 */
const RUNS = Number(process.env.LOCKSTEP_IMPORT_CRASH_RUNS ?? 4);
let work: string;
let bundle: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lockstep-import-crash-'));
  bundle = await bundleChild('import-child', work);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const runChild = (dir: string, exportPath: string, killAfterMs: number) =>
  runAndKill(bundle, [dir, exportPath, PASS, FILE_PASS], /^ready$/m, killAfterMs);

describe('import crash test: SIGKILL at random points of an import', () => {
  it(
    `after each of ${RUNS} kills the folder is wholly old or wholly new`,
    async () => {
      const src = await seededFolder('crash-src');
      const { content } = await exportPayload(src.app, src.ids);
      const exportPath = join(work, 'export.lockstep');
      writeFileSync(exportPath, content);
      const base = tempDir('crash-base');
      const app = services(base);
      ok(await app.call('profiles:create', { name: 'Resident', relationship: 'myself' }));
      ok(await app.call('vault:create', { passphrase: PASS }));
      await app.opened.store.flush();
      const oldVault = readFileSync(join(base, VAULT_FILE));
      const oldData = readFileSync(join(base, DATA_FILE));
      const tally = { old: 0, new: 0, rolledBack: 0 };
      for (let run = 0; run < RUNS; run++) {
        const dir = join(work, `run-${run}`);
        cpSync(base, dir, { recursive: true });
        // Spread the kills over the whole import: key derivation, checks, journal, both writes.
        const { lines, stderr } = await runChild(dir, exportPath, Math.random() * 100);
        const context = `run ${run}: ${lines.join(' | ')} ${stderr}`;
        expect(stderr, context).toBe('');
        if (recoverImport(dir, [VAULT_FILE, DATA_FILE]) === 'rolled-back') tally.rolledBack++;
        expect(
          readdirSync(dir).filter((n) => n === JOURNAL_FILE || n.startsWith('.import-old-')),
          context,
        ).toEqual([]);
        const vaultOld = readFileSync(join(dir, VAULT_FILE)).equals(oldVault);
        const dataOld = readFileSync(join(dir, DATA_FILE)).equals(oldData);
        const after = services(dir);
        ok(await after.call('vault:unlock', { passphrase: PASS }));
        const ids = ok<Profile[]>(await after.call('profiles:list', undefined)).map((p) => p.id);
        const records = ok<VaultStatus>(await after.call('vault:status', undefined)).records;
        const vaultNew = src.ids.every((id) => records.some((r) => r.profileId === id));
        const dataNew = src.ids.every((id) => ids.includes(id));
        if (vaultOld && dataOld) tally.old++;
        else {
          expect({ vaultNew, dataNew, vaultOld, dataOld }, context).toEqual({
            vaultNew: true,
            dataNew: true,
            vaultOld: false,
            dataOld: false,
          });
          tally.new++;
        }
        if (lines.includes('done')) expect(vaultOld || dataOld, `${context}: confirmed, yet old`).toBe(false);
        rmSync(dir, { recursive: true, force: true });
      }
      console.info(
        `import crash test: ${RUNS} kills, ${tally.old} wholly old (${tally.rolledBack} rolled back from a journal), ${tally.new} wholly new`,
      );
      expect(tally.old + tally.new).toBe(RUNS);
    },
    Math.max(60_000, RUNS * 3_000),
  );
});
