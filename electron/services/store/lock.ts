import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'lockstep.lock';

export type LockResult = { ok: true; release(): void; tookOverFrom: number | null } | { ok: false; ownerPid: number };

/** Signal 0 checks that a process exists without touching it; EPERM still means it exists. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One writer per data folder: a lock file holding the owner's pid. A lock whose process is gone
 * (a crash) is taken over; a live one is refused so two copies never write the same file.
 */
export function acquireDataLock(dataDir: string, pid = process.pid, alive = isProcessAlive): LockResult {
  const path = join(dataDir, LOCK_FILE);
  const body = JSON.stringify({ pid, since: new Date().toISOString() });
  let tookOverFrom: number | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, body, { flag: 'wx', mode: 0o600 });
      const release = () => {
        try {
          if (ownerOf(path) === pid) unlinkSync(path);
        } catch {
          // Already gone.
        }
      };
      return { ok: true, release, tookOverFrom };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = ownerOf(path);
      if (owner !== null && owner !== pid && alive(owner)) return { ok: false, ownerPid: owner };
      tookOverFrom = owner;
      unlinkSync(path);
    }
  }
  const owner = ownerOf(path);
  return { ok: false, ownerPid: owner ?? -1 };
}

function ownerOf(path: string): number | null {
  try {
    const pid = (JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown }).pid;
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
