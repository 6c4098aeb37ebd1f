import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticCache, readStatic } from '../../../electron/services/static-files';

let outer: string;
let root: string;

beforeAll(() => {
  outer = mkdtempSync(join(tmpdir(), 'lockstep-static-'));
  root = join(outer, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Lockstep</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(outer, 'secret.txt'), 'TOP-SECRET');
  mkdirSync(join(outer, 'elsewhere'));
  writeFileSync(join(outer, 'elsewhere', 'x.js'), 'TOP-SECRET-JS');
  // Links that lead out of the served folder, and one that stays inside it.
  symlinkSync(join(outer, 'secret.txt'), join(root, 'assets', 'leak.txt'));
  symlinkSync(join(outer, 'elsewhere'), join(root, 'linked'));
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'assets', 'alias.js'));
});

afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe('static files', () => {
  it('never follows a symlink out of the served folder', async () => {
    expect(await readStatic(root, '/assets/leak.txt')).toBeNull();
    expect(await readStatic(root, '/linked/x.js')).toBeNull();
    const cache = createStaticCache();
    expect(await cache.read(root, '/assets/leak.txt')).toBeNull();
    expect(await cache.read(root, '/linked/x.js')).toBeNull();
    // A link that stays inside is the same file.
    expect((await readStatic(root, '/assets/alias.js'))?.body.toString()).toBe('console.log(1)');
  });

  it('a served folder that is itself reached through a symlink still works', async () => {
    const link = join(outer, 'renderer-link');
    symlinkSync(root, link);
    expect((await readStatic(link, '/assets/app.js'))?.immutable).toBe(true);
    expect((await readStatic(link, '/somewhere'))?.type).toMatch(/^text\/html/);
  });

  it('20,000 distinct app routes and missing files leave one cached index.html', async () => {
    const cache = createStaticCache();
    for (let i = 0; i < 20_000; i++) {
      const file = await cache.read(root, i % 2 ? `/route-${i}/deeper` : `/assets/missing-${i}.js`);
      if (i % 2) expect(file?.type).toMatch(/^text\/html/);
      else expect(file).toBeNull();
    }
    await cache.read(root, '/assets/app.js');
    await cache.read(root, '/assets/%61pp.js');
    expect(cache.stats().entries).toBe(2);
  });

  it('the cache keeps to its bounds and still serves past them', async () => {
    const cache = createStaticCache({ entries: 1, bytes: 1024 });
    await cache.read(root, '/');
    expect((await cache.read(root, '/assets/app.js'))?.body.toString()).toBe('console.log(1)');
    expect(cache.stats().entries).toBe(1);
    const tiny = createStaticCache({ entries: 10, bytes: 5 });
    expect(await tiny.read(root, '/')).not.toBeNull();
    expect(tiny.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});
