import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT_ITEM_KINDS,
  ITEM_KINDS,
  hasAccountNumber,
  type RecoveryCase,
} from '../../../electron/shared/core/recovery';
import type { VaultStatus } from '../../../electron/shared/contract/vault-schemas';
import { PASS, codeOf, ok, services, tempDir } from '../transfer/helpers';

/** A full account number is kept only for an item that is an account: the host refuses the others. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('which items keep an account number', () => {
  it('only items that are an account somewhere', () => {
    expect(ITEM_KINDS.filter(hasAccountNumber)).toEqual([...ACCOUNT_ITEM_KINDS]);
    for (const kind of ['tax-return', 'benefits', 'mail-redirect', 'criminal-record'] as const)
      expect(hasAccountNumber(kind)).toBe(false);
  });

  it('the host refuses one for every other kind of item and keeps nothing; an account item takes it', async () => {
    const dir = tempDir('account-kinds');
    dirs.push(dir);
    let n = 0;
    const app = services(dir, { now: () => new Date('2026-12-02T15:00:00.000Z'), newId: () => `id-${++n}-abcdef` });
    const p = ok<{ id: string }>(await app.call('profiles:create', { name: 'Rosa', relationship: 'parent' }));
    ok(await app.call('vault:create', { passphrase: PASS }));
    let c: RecoveryCase | undefined;
    for (const kind of ITEM_KINDS)
      c = ok<RecoveryCase>(
        await app.call('recovery:addItem', {
          profileId: p.id,
          item: { kind, company: `Company ${kind}`, noticedOn: '2026-11-30' },
        }),
      );
    for (const item of c!.items) {
      const r = await app.call('recovery:saveToVault', {
        profileId: p.id,
        itemId: item.id,
        kind: 'account-number',
        value: '6011 0009 9013 9424',
      });
      expect(codeOf(r), item.kind).toBe(hasAccountNumber(item.kind) ? 'ok' : 'recovery_no_account');
    }
    const records = ok<VaultStatus>(await app.call('vault:status', undefined)).records;
    expect(records).toHaveLength(ACCOUNT_ITEM_KINDS.length);
  });
});
