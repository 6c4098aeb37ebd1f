import type { Clipboard, SafeStorage } from 'electron';
import type { ClipboardLike, DeviceKeyStore } from '../services/vault/vault-service';

/**
 * safeStorage for "remember on this device". On Linux, the basic_text backend only obscures data
 * with a hard-coded key, so Lockstep refuses it rather than pretend the key is protected.
 */
export function createDeviceKeyStore(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
    getSelectedStorageBackend?: () => string;
  },
  platform: NodeJS.Platform,
): DeviceKeyStore {
  return {
    availability() {
      if (!safeStorage.isEncryptionAvailable()) return { available: false, reason: 'no-os-keystore' };
      if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
        return { available: false, reason: 'linux-basic-text' };
      }
      return { available: true, reason: null };
    },
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (blob) => Buffer.from(safeStorage.decryptString(blob), 'base64'),
  };
}

export function createClipboard(clipboard: Pick<Clipboard, 'writeText' | 'readText' | 'clear'>): ClipboardLike {
  return {
    writeText: (text) => clipboard.writeText(text),
    readText: () => clipboard.readText(),
    clear: () => clipboard.clear(),
  };
}
