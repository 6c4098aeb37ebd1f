import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DEFAULT_KDF } from '../../electron/services/vault/vault-crypto';
import { createVault } from '../../electron/services/vault/vault-service';

const RECORDS = 20;
const REVEALS = 200;

/**
 * `vault.unlockMs` and `vault.revealMs` for `npm run bench`: a vault with the real scrypt
 * parameters and 20 records, one timed unlock (one scrypt, by design about half a second), then
 * the median of 200 reveals (one AES-GCM open each).
 */
export async function benchVault(dir: string): Promise<{ unlockMs: number; revealMs: number }> {
  const passphrase = 'bench passphrase, not a real one';
  const vault = createVault({
    dataDir: dir,
    now: () => new Date(),
    newId: randomUUID,
    // The auto-lock timer must neither keep the bench alive nor fire during it.
    setTimer: (fn, ms) => setTimeout(fn, ms).unref(),
    clearTimer: (h) => clearTimeout(h as NodeJS.Timeout),
    kdf: DEFAULT_KDF,
  });
  await vault.create(passphrase);
  const ids: string[] = [];
  for (let i = 0; i < RECORDS; i++) {
    const kind =
      (['freeze-pin', 'confirmation-number', 'activation-code', 'login-email'] as const)[i % 4] ?? 'freeze-pin';
    ids.push(
      vault.addRecord({
        profileId: 'bench-profile',
        stepId: 'freeze-experian',
        kind,
        value: `BENCH-${i}-${randomUUID()}`,
        // Synthetic values; a random uuid can contain nine digits in a row.
        notSsn: true,
      }).id,
    );
  }
  vault.lock();

  const t0 = performance.now();
  await vault.unlock(passphrase);
  const unlockMs = performance.now() - t0;

  const times: number[] = [];
  for (let i = 0; i < REVEALS; i++) {
    const id = ids[i % ids.length] ?? '';
    const start = performance.now();
    vault.reveal(id);
    times.push(performance.now() - start);
  }
  vault.lock();
  times.sort((a, b) => a - b);
  const revealMs = times[Math.floor(times.length / 2)] ?? 0;
  return { unlockMs: round(unlockMs), revealMs: round(revealMs, 3) };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
