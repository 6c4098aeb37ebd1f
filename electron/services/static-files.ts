import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';

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

/** The cache's bounds: more than the whole renderer build, far less than a leak. */
export const CACHE_MAX_ENTRIES = 256;
export const CACHE_MAX_BYTES = 32 * 1024 * 1024;
const FILE_MAX_BYTES = 8 * 1024 * 1024;

/**
 * The file a URL path names inside `root`, as its real path, or null. Paths without an extension
 * are app routes and all name the one index.html. Dot segments, NUL, bad escapes, anything that
 * is not a regular file, and anything whose real path (symlinks resolved) leaves the real root
 * are null.
 */
async function locate(root: string, urlPath: string): Promise<string | null> {
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
    const [real, realRoot] = await Promise.all([realpath(full), realpath(base)]);
    // A symlink inside the served folder may not lead out of it.
    if (!real.startsWith(realRoot + sep)) return null;
    const info = await stat(real);
    if (!info.isFile() || info.size > FILE_MAX_BYTES) return null;
    return real;
  } catch {
    return null;
  }
}

async function load(root: string, real: string): Promise<StaticFile> {
  const body = await readFile(real);
  const rel = relative(await realpath(resolve(root)), real);
  return {
    body,
    type: TYPES[extname(real)] ?? 'application/octet-stream',
    immutable: rel.startsWith(`assets${sep}`),
  };
}

/** Reads a file of the built renderer for a URL path, or null (404). */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  const real = await locate(root, urlPath);
  if (!real) return null;
  try {
    return await load(root, real);
  } catch {
    return null;
  }
}

/**
 * Like readStatic, but keeps files in memory after the first read: the build never changes while
 * the host runs. The cache is keyed by the file's real path, never by the URL, so every app route
 * shares the one index.html and misses are never stored: its size is bounded by the build itself,
 * and by CACHE_MAX_ENTRIES / CACHE_MAX_BYTES on top (past them, files are read, not kept).
 */
export function createStaticCache(limits = { entries: CACHE_MAX_ENTRIES, bytes: CACHE_MAX_BYTES }) {
  const cache = new Map<string, StaticFile>();
  let bytes = 0;
  return {
    async read(root: string, urlPath: string): Promise<StaticFile | null> {
      const real = await locate(root, urlPath);
      if (!real) return null;
      const hit = cache.get(real);
      if (hit) return hit;
      let file: StaticFile;
      try {
        file = await load(root, real);
      } catch {
        return null;
      }
      if (cache.size < limits.entries && bytes + file.body.length <= limits.bytes) {
        cache.set(real, file);
        bytes += file.body.length;
      }
      return file;
    },
    stats: () => ({ entries: cache.size, bytes }),
  };
}

const shared = createStaticCache();
export const readStaticCached = (root: string, urlPath: string) => shared.read(root, urlPath);
export const staticCacheStats = () => shared.stats();
