/**
 * Issue 18: the first screen (the profile list) loads no catalog. Builds the renderer as the app
 * does (electron.vite.config.ts's renderer settings, nothing written to disk) and follows the static
 * imports from the page's entry and the boot chunk: everything the list needs before any click.
 */
import { describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { CATALOG } from '../../../electron/shared/core/catalog';

const root = resolve(__dirname, '../../..');

async function rendererChunks(): Promise<Rollup.OutputChunk[]> {
  const out = (await build({
    root: resolve(root, 'renderer'),
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    define: { __LOCKSTEP_VERSION__: '"test"' },
    build: {
      write: false,
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(out) ? out : [out];
  return outputs.flatMap((o) => o.output).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
}

/** The chunks loaded without a click: the entry, boot (main.tsx imports it at once), and their static imports. */
function firstScreen(chunks: Rollup.OutputChunk[]): Rollup.OutputChunk[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const holdsBoot = (c: Rollup.OutputChunk) => Object.keys(c.modules).some((id) => id.endsWith('renderer/src/boot.tsx'));
  const starts = chunks.filter((c) => c.isEntry || holdsBoot(c));
  expect(starts).toHaveLength(2);
  const seen = new Set<string>();
  const walk = (c: Rollup.OutputChunk) => {
    if (seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const f of c.imports) walk(byFile.get(f)!);
  };
  starts.forEach(walk);
  return [...seen].map((f) => byFile.get(f)!);
}

const isCatalog = (id: string) => /electron\/shared\/core\/(catalog\/|plan\.ts$)/.test(id);

describe('first screen bundle', () => {
  it('carries no catalog module and no catalog text; a person’s page does', { timeout: 240_000 }, async () => {
    const chunks = await rendererChunks();
    const first = firstScreen(chunks);
    const modules = first.flatMap((c) => Object.keys(c.modules));
    // The list and its per-person lines are in it (not behind a lazy import that would fetch more).
    for (const file of ['ProfilesPage.tsx', 'ProfileSummary.tsx'])
      expect(modules.some((id) => id.endsWith(`renderer/src/features/profiles/${file}`))).toBe(true);
    expect(modules.filter(isCatalog)).toEqual([]);
    const code = first.map((c) => c.code).join('\n');
    for (const step of CATALOG.slice(0, 5)) {
      expect(code).not.toContain(step.title.en);
      expect(code).not.toContain(step.title.es);
    }
    // The check can fail: the catalog is in the build, behind the person's page.
    const profilePage = chunks.find((c) => c.facadeModuleId?.endsWith('features/profiles/ProfilePage.tsx'));
    expect(profilePage).toBeDefined();
    const behind = new Set<string>();
    const walk = (file: string) => {
      if (behind.has(file)) return;
      behind.add(file);
      for (const f of chunks.find((c) => c.fileName === file)!.imports) walk(f);
    };
    walk(profilePage!.fileName);
    const behindModules = chunks.filter((c) => behind.has(c.fileName)).flatMap((c) => Object.keys(c.modules));
    expect(behindModules.some(isCatalog)).toBe(true);
  });
});
