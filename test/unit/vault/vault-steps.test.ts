import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { VaultStatus } from '../../../electron/shared/contract/vault-schemas';
import { PASS, codeOf, ok, services, tempDir } from '../transfer/helpers';

/** A step's vault record goes under a catalog step that asks for that kind, or not at all. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('vault:addRecord', () => {
  it('refuses an unknown step, a recovery pseudo-step and a kind the step does not ask for; the vault stays empty', async () => {
    const dir = tempDir('vault-steps');
    dirs.push(dir);
    const app = services(dir);
    const p = ok<{ id: string }>(await app.call('profiles:create', { name: 'Rosa', relationship: 'myself' }));
    ok(await app.call('vault:create', { passphrase: PASS }));
    const add = (stepId: string, kind: string) =>
      app.call('vault:addRecord', { profileId: p.id, stepId, kind, value: 'PIN 4417' });
    expect(codeOf(await add('recovery-item-id-1-abcdef', 'freeze-pin'))).toBe('step_not_found');
    expect(codeOf(await add('recovery-ftc', 'confirmation-number'))).toBe('step_not_found');
    expect(codeOf(await add('no-such-step', 'freeze-pin'))).toBe('step_not_found');
    // Equifax gives no PIN: its step asks for a login email and a confirmation number.
    expect(codeOf(await add('freeze-equifax', 'freeze-pin'))).toBe('invalid_input');
    expect(ok<VaultStatus>(await app.call('vault:status', undefined)).records).toEqual([]);
    expect(codeOf(await add('freeze-equifax', 'confirmation-number'))).toBe('ok');
    expect(codeOf(await add('freeze-experian', 'freeze-pin'))).toBe('ok');
  });
});
