// `npm start`: launch the Electron app, or browser mode where no Electron binary can run.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const binary = findElectronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

if (binary && !noDisplay) {
  const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const why = binary ? 'no display is available' : 'the Electron binary is not installed on this machine';
  process.stderr.write(`Electron is unavailable (${why}); starting Lockstep in browser mode instead.\n`);
  await import('./serve.mjs');
}
