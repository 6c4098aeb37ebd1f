import { z } from 'zod';
import { DEFAULT_KDF } from './vault-crypto';

const MIB = 1024 * 1024;
/** The lowest cost accepted: the cheaper parameters tests and older files use. */
const MIN_N = 2 ** 14;
const MIN_MAXMEM = 32 * MIB;

const isPowerOfTwo = (n: number) => n > 1 && (n & (n - 1)) === 0;

/**
 * The one definition of the scrypt parameters Lockstep accepts, in the vault file and in export
 * files alike. A file sets its own key-derivation cost, so anything costlier than what Lockstep
 * itself writes (DEFAULT_KDF: N=2^17, r=8, p=1, 256 MiB) is refused before any work is done: a
 * 300-byte file must not buy a minute of CPU and a gigabyte of memory.
 */
export const kdfSchema = z
  .object({
    name: z.literal('scrypt'),
    N: z.number().int().min(MIN_N).max(DEFAULT_KDF.N).refine(isPowerOfTwo, 'N must be a power of two'),
    r: z.number().int().min(1).max(DEFAULT_KDF.r),
    p: z.literal(DEFAULT_KDF.p),
    maxmem: z.number().int().min(MIN_MAXMEM).max(DEFAULT_KDF.maxmem),
    salt: z
      .string()
      .regex(/^[A-Za-z0-9+/]*={0,2}$/)
      .min(16)
      .max(64),
  })
  // scrypt needs 128·N·r bytes; a header that says less than that is not one Lockstep wrote.
  .refine((k) => 128 * k.N * k.r <= k.maxmem, 'maxmem is below what N and r need');
