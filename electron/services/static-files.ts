import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  immutable: boolean;
}

/**
 * Resolves a URL path inside `root` only. Paths without an extension fall back to index.html so
 * deep links work; anything that escapes the root, or is missing, is null.
 */
const cache = new Map<string, StaticFile>();

/** Like readStatic, but keeps each file in memory after the first read: the build never changes while running. */
export async function readStaticCached(root: string, urlPath: string): Promise<StaticFile | null> {
  const key = `${root}\0${urlPath}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const file = await readStatic(root, urlPath);
  if (file) cache.set(key, file);
  return file;
}

export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Browsers resolve dot segments before sending, so one here is a probe: answer 404, not index.html.
  if (decoded.split(/[\\/]/).includes('..')) return null;
  const base = resolve(root);
  const wanted = decoded === '/' || extname(decoded) === '' ? '/index.html' : decoded;
  const full = resolve(join(base, normalize(wanted)));
  if (!full.startsWith(base + sep)) return null;
  try {
    const body = await readFile(full);
    return {
      body,
      type: TYPES[extname(full)] ?? 'application/octet-stream',
      immutable: full.includes(`${sep}assets${sep}`),
    };
  } catch {
    return null;
  }
}
