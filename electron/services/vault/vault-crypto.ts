import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';

/** Scheme parameters live in the file header, so they can be raised later without breaking old files. */
export interface KdfParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  maxmem: number;
  /** base64 */
  salt: string;
}

export interface Sealed {
  iv: string;
  tag: string;
  ct: string;
}

export const DEFAULT_KDF: Omit<KdfParams, 'salt'> = {
  name: 'scrypt',
  N: 2 ** 17,
  r: 8,
  p: 1,
  maxmem: 256 * 1024 * 1024,
};
export const KEY_BYTES = 32;

export const newSalt = () => randomBytes(16).toString('base64');
export const newDataKey = () => randomBytes(KEY_BYTES);

/**
 * Derives the key that wraps the data key. crypto.scrypt runs on libuv's thread pool, so the
 * event loop (and the Electron main process) stays responsive during the ~0.5 s it takes.
 */
export function deriveKey(passphrase: string, kdf: KdfParams): Promise<Buffer> {
  const options: ScryptOptions = { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: kdf.maxmem };
  return new Promise((resolve, reject) =>
    scryptCb(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), KEY_BYTES, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** AES-256-GCM with a fresh 96-bit IV; `aad` binds the ciphertext to where it belongs. */
export function seal(key: Buffer, plaintext: Buffer, aad: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ct: ct.toString('base64') };
}

/** Throws if the key is wrong or anything (ciphertext, tag, IV, AAD) was changed. */
export function open(key: Buffer, sealed: Sealed, aad: string): Buffer {
  const iv = Buffer.from(sealed.iv, 'base64');
  const tag = Buffer.from(sealed.tag, 'base64');
  if (iv.length !== 12 || tag.length !== 16) throw new Error('malformed sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64')), decipher.final()]);
}

/** What the passphrase wrap authenticates besides the key: the scheme and its parameters. */
export const wrapAad = (version: number, kdf: KdfParams) =>
  `lockstep-vault:${version}:${kdf.name}:${kdf.N}:${kdf.r}:${kdf.p}:${kdf.maxmem}:${kdf.salt}`;
