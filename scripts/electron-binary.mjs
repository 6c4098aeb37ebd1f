import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

/**
 * Where the Electron binary is, or null. Unlike require('electron'), this never tries to download
 * it, which fails on machines without network access.
 */
export function findElectronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const full = override ? join(override, relative || 'electron') : relative ? join(pkgDir, 'dist', relative) : null;
  return full && existsSync(full) ? full : null;
}
