import { join } from 'node:path';

export interface CliArgs {
  dataDir: string | null;
  port: number;
  open: boolean;
  /** Test only: the clock starts at this instant and runs on from there. Off unless given. */
  testClock: string | null;
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; message: string };

const USAGE = 'Usage: npm run serve -- [--data-dir DIR] [--port N] [--no-open] [--test-clock ISO (tests only)]';

/** Parses `serve` flags; every mistake becomes one readable message, never a stack trace. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const args: CliArgs = { dataDir: null, port: 0, open: true, testClock: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--no-open') {
      args.open = false;
    } else if (flag === '--test-clock') {
      const value = argv[++i];
      if (value === undefined || Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
        return { ok: false, message: `--test-clock needs an ISO date and time, like 2027-01-15T09:00:00Z. ${USAGE}` };
      }
      args.testClock = value;
    } else if (flag === '--data-dir' || flag === '--port') {
      const value = argv[++i];
      if (value === undefined || value === '' || value.startsWith('--'))
        return { ok: false, message: `${flag} needs a value. ${USAGE}` };
      if (flag === '--data-dir') {
        args.dataDir = value;
      } else {
        const port = Number(value);
        if (!/^\d{1,5}$/.test(value) || port > 65535) {
          return { ok: false, message: `--port must be a number from 0 to 65535, not "${value}". ${USAGE}` };
        }
        args.port = port;
      }
    } else {
      return { ok: false, message: `Unknown option "${flag}". ${USAGE}` };
    }
  }
  return { ok: true, args };
}

/** The same per-user folder Electron's app.getPath('userData') gives for an app named Lockstep. */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Lockstep');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Lockstep');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Lockstep');
}
