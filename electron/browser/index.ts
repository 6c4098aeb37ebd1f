import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir, parseCliArgs } from './cli-args';
import { openInBrowser } from './open-browser';
import { startBrowserHost } from './server';
import { acquireDataLock } from '../services/store/lock';

/** Test-only clock: starts at `start` and moves on in real time. */
function shiftedClock(start: string): () => Date {
  const offset = Date.parse(start) - Date.now();
  return () => new Date(Date.now() + offset);
}

async function main() {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    process.exit(2);
  }
  const { args } = parsed;
  const here = dirname(fileURLToPath(import.meta.url));
  const dataDir = resolve(args.dataDir ?? defaultDataDir(process.platform, process.env, homedir()));
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lock = acquireDataLock(dataDir);
  if (!lock.ok) {
    process.stderr.write(
      `Lockstep is already running with this data folder (process ${lock.ownerPid}). Close it first, or choose another folder with --data-dir.\n`,
    );
    process.exit(3);
  }
  process.on('exit', () => lock.release());
  const host = await startBrowserHost({
    dataDir,
    staticDir: join(here, '../renderer'),
    port: args.port,
    version: __LOCKSTEP_VERSION__,
    ...(args.testClock ? { now: shiftedClock(args.testClock) } : {}),
  });
  // The one line on stdout: scripts and tests wait for it.
  process.stdout.write(`ready ${host.url}\n`);
  process.stderr.write(`Lockstep is running in browser mode. Data folder: ${dataDir}\n`);
  if (args.testClock) process.stderr.write(`Test clock: the app's time started at ${args.testClock}.\n`);
  if (lock.tookOverFrom) process.stderr.write(`Took over a stale lock left by process ${lock.tookOverFrom}.\n`);
  if (args.open) openInBrowser(host.url, { spawn, platform: process.platform, write: (l) => process.stderr.write(l) });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  const message =
    code === 'EADDRINUSE'
      ? 'That port is already in use. Pick another with --port, or leave it out.'
      : code === 'EACCES' || code === 'EPERM'
        ? 'Lockstep cannot use that data folder or port: permission denied.'
        : `Lockstep could not start: ${(err as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
