// `npm run serve -- [--data-dir DIR] [--port N] [--no-open]`: browser mode on 127.0.0.1.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = new URL('../out/main/browser.js', import.meta.url);
if (!existsSync(entry) || !existsSync(new URL('../out/renderer/index.html', import.meta.url))) {
  process.stderr.write('Lockstep is not built yet; building it first…\n');
  execSync('npx electron-vite build', { cwd: root, stdio: ['ignore', 2, 2] });
}
await import(entry.href);
