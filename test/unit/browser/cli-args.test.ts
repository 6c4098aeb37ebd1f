import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, parseCliArgs } from '../../../electron/browser/cli-args';

const USAGE_HINT = 'Usage: npm run serve --';

function failure(argv: string[]): string {
  const parsed = parseCliArgs(argv);
  expect(parsed.ok).toBe(false);
  if (parsed.ok) throw new Error('unreachable');
  expect(parsed.message).toContain(USAGE_HINT);
  expect(parsed.message).not.toMatch(/\n\s+at /);
  return parsed.message;
}

describe('parseCliArgs', () => {
  it('defaults: no data dir (use the per-user folder), port 0 (any free), open the browser', () => {
    expect(parseCliArgs([])).toEqual({ ok: true, args: { dataDir: null, port: 0, open: true, testClock: null } });
  });

  it('reads --data-dir, --port and --no-open in any order', () => {
    expect(parseCliArgs(['--data-dir', '/tmp/lock step', '--port', '8123', '--no-open'])).toEqual({
      ok: true,
      args: { dataDir: '/tmp/lock step', port: 8123, open: false, testClock: null },
    });
    expect(parseCliArgs(['--no-open', '--port', '0', '--data-dir', 'rel/dir'])).toEqual({
      ok: true,
      args: { dataDir: 'rel/dir', port: 0, open: false, testClock: null },
    });
  });

  it('accepts the port range ends', () => {
    expect(parseCliArgs(['--port', '65535'])).toMatchObject({ ok: true, args: { port: 65535 } });
    expect(parseCliArgs(['--port', '1'])).toMatchObject({ ok: true, args: { port: 1 } });
  });

  it('the last repeated flag wins', () => {
    expect(parseCliArgs(['--port', '1000', '--port', '2000'])).toMatchObject({ ok: true, args: { port: 2000 } });
  });

  it.each([
    [['--data-dir']],
    [['--port']],
    [['--data-dir', '--no-open']],
    [['--port', '--data-dir', 'x']],
    // An empty --data-dir would silently resolve to the current folder.
    [['--data-dir', '']],
    [['--port', '']],
  ])('a flag without its value (%j) fails with the usage', (argv) => {
    expect(failure(argv)).toMatch(/needs a value/);
  });

  it.each(['-1', '70000', '65536', 'abc', '1e3', '0x50', '80.0', ' 80', '+80', '123456', 'Infinity', 'NaN'])(
    'a bad port "%s" fails with the usage and names the value',
    (value) => {
      const message = failure(['--port', value]);
      expect(message).toContain('--port');
      expect(message).toContain(`"${value}"`);
    },
  );

  it.each([['--help'], ['-p'], ['--port=8080'], ['--data-dir=/x'], ['serve'], ['--open'], ['--NO-OPEN']])(
    'an unknown option %s fails with the usage',
    (flag) => {
      expect(failure([flag])).toContain(`"${flag}"`);
    },
  );

  it('a stray value after a good flag is unknown', () => {
    expect(failure(['--no-open', 'extra'])).toContain('"extra"');
  });

  it('property: every integer port 0–65535 parses to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 65535 }), (port) => {
        expect(parseCliArgs(['--port', String(port)])).toEqual({
          ok: true,
          args: { dataDir: null, port, open: true, testClock: null },
        });
      }),
    );
  });

  it('property: every integer port above 65535 or below 0 is refused', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 65536, max: 10_000_000 }), fc.integer({ min: -10_000_000, max: -1 })),
        (port) => {
          failure(['--port', String(port)]);
        },
      ),
    );
  });

  it('property: parsing never throws, whatever the argv', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('--port', '--data-dir', '--no-open'), fc.string())), (argv) => {
        const parsed = parseCliArgs(argv);
        expect(typeof parsed.ok).toBe('boolean');
      }),
    );
  });
});

describe('defaultDataDir', () => {
  const home = '/home/ana';

  it('linux: XDG_CONFIG_HOME when set', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg/config' }, home)).toBe(join('/xdg/config', 'Lockstep'));
  });

  it('linux: ~/.config when XDG_CONFIG_HOME is unset or empty', () => {
    expect(defaultDataDir('linux', {}, home)).toBe(join(home, '.config', 'Lockstep'));
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '' }, home)).toBe(join(home, '.config', 'Lockstep'));
  });

  it('other Unix platforms follow the linux rule', () => {
    expect(defaultDataDir('freebsd', {}, home)).toBe(join(home, '.config', 'Lockstep'));
  });

  it('darwin: ~/Library/Application Support, ignoring XDG', () => {
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/xdg' }, '/Users/ana')).toBe(
      join('/Users/ana', 'Library', 'Application Support', 'Lockstep'),
    );
  });

  it('win32: %APPDATA% when set', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(
      join('C:\\Users\\ana\\AppData\\Roaming', 'Lockstep'),
    );
  });

  it('win32: ~/AppData/Roaming when APPDATA is unset', () => {
    expect(defaultDataDir('win32', {}, 'C:\\Users\\ana')).toBe(
      join('C:\\Users\\ana', 'AppData', 'Roaming', 'Lockstep'),
    );
  });

  it('always ends in the app folder and depends on its inputs', () => {
    const a = defaultDataDir('linux', {}, '/home/a');
    const b = defaultDataDir('linux', {}, '/home/b');
    expect(a).not.toBe(b);
    for (const dir of [a, b, defaultDataDir('darwin', {}, home), defaultDataDir('win32', {}, home)]) {
      expect(dir.endsWith('Lockstep')).toBe(true);
    }
  });
});
