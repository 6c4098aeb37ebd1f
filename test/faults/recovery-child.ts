/**
 * The recovery crash test's child (test/unit/recovery/recovery-crash.test.ts bundles and runs it):
 * opens the data folder as the browser host does, then over and over adds an item, seals its full
 * account number in the vault and removes the item again (two files per removal: the data file,
 * then the vault). `confirmed <n>` follows each finished round. The parent kills it with SIGKILL.
 */
import Conf from 'conf';
import { createAppServices } from '../../electron/services/app-services';
import { dispatch } from '../../electron/shared/contract/dispatch';
import type { Profile } from '../../electron/shared/contract/schemas';
import type { RecoveryCase } from '../../electron/shared/core/recovery/types';

const say = (line: string) => process.stdout.write(`${line}\n`);
export const CHILD_PASSPHRASE = 'crash test passphrase';

async function main() {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: recovery-child <dataDir>');
  const { handlers, opened } = createAppServices({
    dataDir,
    createBackend: (options) => new Conf(options),
    info: { version: 'crash-test', host: 'browser', dataDir },
    openExternal: () => undefined,
    vaultKdf: { name: 'scrypt', N: 2 ** 14, r: 1, p: 1, maxmem: 32 * 1024 * 1024 },
  });
  const call = async <T>(op: string, input: unknown): Promise<T> => {
    const r = await dispatch(handlers, op, input);
    if (!r.ok) throw new Error(`${op}: ${r.error.code} ${JSON.stringify(r.error.params)}`);
    return r.value as T;
  };
  say(`report ${opened.report.kind}`);
  let profile = (await call<Profile[]>('profiles:list', undefined))[0];
  if (!profile) {
    profile = await call<Profile>('profiles:create', { name: 'Rosa', relationship: 'parent' });
    await call('vault:create', { passphrase: CHILD_PASSPHRASE });
  } else {
    await call('vault:unlock', { passphrase: CHILD_PASSPHRASE });
  }
  const profileId = profile.id;
  for (let n = 1; ; n++) {
    const c = await call<RecoveryCase>('recovery:addItem', {
      profileId,
      item: { kind: 'new-account', company: `Bank ${n}`, noticedOn: '2026-01-01' },
    });
    const itemId = c.items[c.items.length - 1]!.id;
    await call('recovery:saveToVault', { profileId, itemId, kind: 'account-number', value: `6011 0009 ${n}` });
    // Keep a few items; remove the oldest beyond three, so removals run all the time.
    if (c.items.length > 3) await call('recovery:removeItem', { profileId, itemId: c.items[0]!.id });
    say(`confirmed ${n}`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`recovery-child failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
