import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** How deep the data folder goes (backups/, logs/); nothing Lockstep writes is deeper. */
const MAX_DEPTH = 3;

/**
 * At start: the data folder to 0700 and everything in it to 0600 (folders 0700) where looser. A
 * folder made before Lockstep ran (0755 by umask) would otherwise stay readable by other users.
 * Symlinks are never followed or changed. Returns how many entries were tightened; on Windows,
 * where modes mean little, it does nothing.
 */
export function tightenDataFolder(dataDir: string, platform: NodeJS.Platform = process.platform): number {
  if (platform === 'win32') return 0;
  let tightened = 0;
  const visit = (path: string, depth: number) => {
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      return;
    }
    if (stat.isSymbolicLink()) return;
    const isDir = stat.isDirectory();
    if (!isDir && !stat.isFile()) return;
    const wanted = isDir ? 0o700 : 0o600;
    if ((stat.mode & 0o777 & ~wanted) !== 0) {
      try {
        chmodSync(path, stat.mode & wanted);
        tightened += 1;
      } catch {
        // Not ours to change (another owner): leave it, the app still works.
      }
    }
    if (!isDir || depth >= MAX_DEPTH) return;
    let names: string[] = [];
    try {
      names = readdirSync(path);
    } catch {
      return;
    }
    for (const name of names) visit(join(path, name), depth + 1);
  };
  visit(dataDir, 0);
  return tightened;
}
