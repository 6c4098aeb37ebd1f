import { deriveKey, newDataKey, newSalt, seal, wrapAad, type KdfParams } from './vault-crypto';
import { VAULT_FORMAT, VAULT_VERSION, type VaultFile } from './vault-file';

export const DEFAULT_AUTO_LOCK_MINUTES = 5;

/**
 * A new, empty vault file and its data key, in memory only. `deviceWrap` (safeStorage) adds the
 * "remember on this device" wrap when given. The caller writes the file: the vault page at once,
 * an import together with the data file under its journal.
 */
export async function newVaultFile(
  passphrase: string,
  kdfBase: Omit<KdfParams, 'salt'>,
  deviceWrap?: (dataKey: Buffer) => { scheme: 'safeStorage'; blob: string } | undefined,
): Promise<{ file: VaultFile; key: Buffer }> {
  const kdf: KdfParams = { ...kdfBase, salt: newSalt() };
  const dataKey = newDataKey();
  const device = deviceWrap?.(dataKey);
  const wrappingKey = await deriveKey(passphrase, kdf);
  const passphraseWrap = seal(wrappingKey, dataKey, wrapAad(VAULT_VERSION, kdf));
  wrappingKey.fill(0);
  return {
    file: {
      format: VAULT_FORMAT,
      version: VAULT_VERSION,
      kdf,
      wraps: { passphrase: passphraseWrap, ...(device ? { device } : {}) },
      settings: { autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES },
      records: [],
    },
    key: dataKey,
  };
}
