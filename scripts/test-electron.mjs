// `npm run test:electron`: the Playwright _electron suite, where an Electron binary can run.
// Without one (these build machines) it says so in one line and passes: browser-mode e2e covers the
// same flows in Chromium.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const binary = findElectronBinary();

if (!binary) {
  process.stdout.write(
    'Electron binary not available on this machine: skipping the _electron suite (browser-mode e2e covers the same flows).\n',
  );
  process.exit(0);
}

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const hasXvfb = !hasDisplay && spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error === undefined;
if (!hasDisplay && !hasXvfb) {
  process.stdout.write(
    'No display and no xvfb-run on this machine: skipping the _electron suite (browser-mode e2e covers the same flows).\n',
  );
  process.exit(0);
}

const run = (command, args) => {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, LOCKSTEP_ELECTRON_BINARY: binary },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['electron-vite', 'build']);
const playwright = ['playwright', 'test', '--config', 'playwright.electron.config.ts', ...process.argv.slice(2)];
if (hasDisplay) run('npx', playwright);
else run('xvfb-run', ['-a', 'npx', ...playwright]);
