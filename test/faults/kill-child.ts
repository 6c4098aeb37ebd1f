import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * What the two crash tests share: bundle a child script once, then run it and SIGKILL it a chosen
 * time after it prints a line that arms the kill.
 */
const REPO = resolve(import.meta.dirname, '../..');

/** Bundles `test/faults/<name>.ts` into `<outDir>/<name>.mjs` and returns its path. */
export async function bundleChild(name: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [join(REPO, 'test/faults', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // Less to parse at each of the many starts; names are kept so a failure's stack stays readable.
    minifyWhitespace: true,
    minifySyntax: true,
    // Bundled CommonJS dependencies (ajv…) still call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __lockstepRequire } from 'node:module'; const require = __lockstepRequire(import.meta.url);",
    },
  });
  return outfile;
}

export interface KilledRun {
  lines: string[];
  stderr: string;
  signal: NodeJS.Signals | null;
  code: number | null;
}

/**
 * Starts `node <bundle> ...args`, and once a stdout line matches `arm`, kills it with SIGKILL after
 * `killAfterMs` ms. A guard kills it after 20 s whatever happens. Resolves once the pipes drain, so
 * every line written before the kill is in `lines`.
 */
export function runAndKill(bundle: string, args: string[], arm: RegExp, killAfterMs: number): Promise<KilledRun> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let armed = false;
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!armed && arm.test(out)) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      done({ lines: out.split('\n').filter(Boolean), stderr, signal, code });
    });
  });
}
