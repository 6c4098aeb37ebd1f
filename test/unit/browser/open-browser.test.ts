import { EventEmitter } from 'node:events';
import type { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openInBrowser } from '../../../electron/browser/open-browser';

const URL_ = 'http://127.0.0.1:4321/#token=abc';

function fakeSpawn() {
  const child = Object.assign(new EventEmitter(), { unref: () => undefined });
  const calls: [string, string[]][] = [];
  const fn = ((cmd: string, args: string[]) => {
    calls.push([cmd, args]);
    return child;
  }) as unknown as typeof spawn;
  return { fn, child, calls };
}

describe('opening a browser for browser mode', () => {
  it('says nothing when the opener succeeds', () => {
    const s = fakeSpawn();
    const lines: string[] = [];
    openInBrowser(URL_, { spawn: s.fn, platform: 'linux', write: (l) => lines.push(l) });
    s.child.emit('exit', 0);
    expect(s.calls).toEqual([['xdg-open', [URL_]]]);
    expect(lines).toEqual([]);
  });

  it('says once, with the address, when no opener is installed', () => {
    const s = fakeSpawn();
    const lines: string[] = [];
    openInBrowser(URL_, { spawn: s.fn, platform: 'darwin', write: (l) => lines.push(l) });
    s.child.emit('error', Object.assign(new Error('spawn open ENOENT'), { code: 'ENOENT' }));
    s.child.emit('exit', -2);
    expect(s.calls[0]?.[0]).toBe('open');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Could not open a browser');
    expect(lines[0]).toContain(URL_);
  });

  it('says so when the opener runs but fails (no browser, no display)', () => {
    const s = fakeSpawn();
    const lines: string[] = [];
    openInBrowser(URL_, { spawn: s.fn, platform: 'linux', write: (l) => lines.push(l) });
    s.child.emit('exit', 3);
    expect(lines.join('')).toContain(URL_);
  });
});
