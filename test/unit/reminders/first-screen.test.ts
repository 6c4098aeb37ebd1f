/**
 * Temporal (the polyfill and the reminder time code on it) stays out of the renderer's first
 * screen: the entry and the boot chunk it loads at once, with everything they import statically.
 * The renderer is bundled with code splitting, as Vite does, and the eager import graph is read
 * from esbuild's metafile.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const TIME_CODE = /node_modules\/temporal-|core\/reminders\/(local-time|zones|series)\.ts$/;

/** Inputs of the chunks for `entries` and every chunk they import statically. */
async function eagerInputs(entryPoints: string[], eagerEntries: RegExp): Promise<string[]> {
  const result = await build({
    entryPoints,
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: join(tmpdir(), 'lockstep-first-screen'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    jsx: 'automatic',
    loader: { '.png': 'file', '.svg': 'file', '.woff2': 'file' },
    define: { __LOCKSTEP_VERSION__: '"test"' },
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const seen = new Set<string>();
  const queue = Object.keys(outputs).filter((k) => eagerEntries.test(outputs[k]?.entryPoint ?? ''));
  expect(queue.length).toBeGreaterThan(0);
  while (queue.length > 0) {
    const out = queue.pop() as string;
    if (seen.has(out)) continue;
    seen.add(out);
    for (const i of outputs[out]?.imports ?? []) if (i.kind === 'import-statement') queue.push(i.path);
  }
  return [...seen].flatMap((out) => Object.keys(outputs[out]?.inputs ?? {}));
}

describe('the first screen loads no time-zone code', () => {
  it('the renderer entry and its boot chunk import neither Temporal nor the reminder time code', async () => {
    const inputs = await eagerInputs(['renderer/src/main.tsx'], /renderer\/src\/(main|boot)\.tsx$/);
    expect(inputs.some((i) => i.endsWith('renderer/src/boot.tsx'))).toBe(true);
    expect(inputs.filter((i) => TIME_CODE.test(i))).toEqual([]);
  });

  it('the check would see it: an entry that imports the time code statically is caught', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-first-screen-'));
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { checkLocal } from '${root}/electron/shared/core/reminders/local-time';\nconsole.log(checkLocal);\n`,
    );
    const inputs = await eagerInputs([entry], /entry\.ts$/);
    expect(inputs.some((i) => /node_modules\/temporal-polyfill\//.test(i))).toBe(true);
    expect(inputs.some((i) => i.endsWith('core/reminders/local-time.ts'))).toBe(true);
  });
});
