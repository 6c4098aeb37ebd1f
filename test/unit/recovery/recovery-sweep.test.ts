import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecoveryCase } from '../../../electron/shared/core/recovery';
import type { VaultStatus } from '../../../electron/shared/contract/vault-schemas';
import { PASS, ok, services, tempDir } from '../transfer/helpers';

/** The start-up sweep of account numbers whose item is gone runs only on a data file read whole. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const ACCOUNT = '6011 0009 9013 9424';

/** A folder whose case has two items, each with its full account number sealed in the vault. */
async function sealedCase() {
  const dir = tempDir('sweep');
  dirs.push(dir);
  let n = 0;
  const app = services(dir, { newId: () => `id-${++n}-abcdef` });
  const p = ok<{ id: string }>(await app.call('profiles:create', { name: 'Rosa', relationship: 'parent' }));
  let c: RecoveryCase | undefined;
  for (const company of ['Chase', 'Synchrony'])
    c = ok<RecoveryCase>(
      await app.call('recovery:addItem', {
        profileId: p.id,
        item: { kind: 'new-account', company, noticedOn: '2026-11-30', reference: '4821' },
      }),
    );
  ok(await app.call('vault:create', { passphrase: PASS }));
  for (const item of c!.items)
    ok(
      await app.call('recovery:saveToVault', {
        profileId: p.id,
        itemId: item.id,
        kind: 'account-number',
        value: ACCOUNT,
      }),
    );
  await app.opened.store.flush();
  return dir;
}

const accountNumbers = async (app: ReturnType<typeof services>) =>
  ok<VaultStatus>(await app.call('vault:status', undefined)).records.filter((r) => r.kind === 'account-number');

describe('the start-up sweep of unlinked account numbers', () => {
  it('keeps every account number when the data file was damaged (empty start or an older backup)', async () => {
    const dir = await sealedCase();
    writeFileSync(join(dir, 'lockstep.json'), '{ not json');
    const app = services(dir);
    expect(['corrupt-empty', 'restored']).toContain(app.opened.report.kind);
    expect(await accountNumbers(app)).toHaveLength(2);
  });

  it('keeps every account number when the data file and its backups are missing', async () => {
    const dir = await sealedCase();
    for (const name of readdirSync(dir))
      if (name !== 'vault.json' && !name.startsWith('vault')) rmSync(join(dir, name), { recursive: true });
    const app = services(dir);
    expect(app.opened.report.kind).toBe('fresh');
    expect(await accountNumbers(app)).toHaveLength(2);
  });

  it('still sweeps after a normal start when an item is gone from a whole data file', async () => {
    const dir = await sealedCase();
    const first = services(dir);
    const profileId = first.opened.store.read().profiles[0]!.id;
    const itemId = first.opened.store.read().recovery[profileId]!.items[0]!.id;
    // The data file loses the item but the vault keeps its number: a crash between the two writes.
    await first.opened.store.update((data) => ({
      data: {
        ...data,
        recovery: {
          ...data.recovery,
          [profileId]: {
            ...data.recovery[profileId]!,
            items: data.recovery[profileId]!.items.filter((i) => i.id !== itemId),
          },
        },
      },
      result: null,
    }));
    await first.opened.store.flush();
    const app = services(dir);
    expect(app.opened.report.kind).toBe('ok');
    expect(await accountNumbers(app)).toHaveLength(1);
  });
});
