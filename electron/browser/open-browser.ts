import type { spawn as nodeSpawn } from 'node:child_process';

/**
 * Asks the system to open `url` in the default browser. Says so on stderr, with the address, when
 * it cannot: no opener installed (spawn error), or the opener ran and failed (no browser, no
 * display), since the person is otherwise left waiting for a window that never comes.
 */
export function openInBrowser(
  url: string,
  deps: { spawn: typeof nodeSpawn; platform: NodeJS.Platform; write: (line: string) => void },
) {
  const [cmd, args] =
    deps.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : [deps.platform === 'darwin' ? 'open' : 'xdg-open', [url]];
  let said = false;
  const sayOnce = () => {
    if (said) return;
    said = true;
    deps.write(`Could not open a browser. Open this address in your browser yourself:\n  ${url}\n`);
  };
  const child = deps.spawn(cmd as string, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', sayOnce);
  child.on('exit', (code) => {
    if (code !== 0) sayOnce();
  });
  child.unref();
}
