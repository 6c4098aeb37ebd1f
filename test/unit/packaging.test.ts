import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const require = createRequire(join(root, 'package.json'));

/** electron-builder's own JSON schema for its configuration, from the installed app-builder-lib. */
const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

// The options electron-builder validates with, minus coerceTypes: a string "false" for a fuse must fail here.
const validate = new Ajv({ allErrors: true, strict: false }).compile(scheme);

interface Platform {
  target?: unknown[];
  icon?: string;
  category?: string;
}
const platform = (name: string) => (config[name] ?? {}) as Platform;

describe('electron-builder.yml', () => {
  it('is a valid electron-builder configuration', () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked strictly: an unknown key or a mistyped fuse is rejected', () => {
    const fuses = config.electronFuses as Record<string, unknown>;
    expect(validate({ ...config, electronFuses: { ...fuses, runAsNodee: false } })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...fuses, runAsNode: 'false' } })).toBe(false);
    expect(validate({ ...config, appIdd: 'x' })).toBe(false);
  });

  it('names the app and ships only the build output (and the tray icon and PDF font), in an asar', () => {
    expect(config.appId).toBe('org.lockstep.app');
    expect(config.productName).toBe('Lockstep');
    expect(config.directories).toMatchObject({ output: 'release' });
    expect(config.files).toEqual(['out/**', 'package.json', 'assets/icon.png', 'assets/fonts/**']);
    expect(config.asar).toBe(true);
  });

  it('sets every fuse in the security model', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb on Linux, nsis on Windows, dmg on macOS', () => {
    expect(platform('linux').target).toEqual(['AppImage', 'deb']);
    expect(platform('linux').category).toBe('Utility');
    expect(platform('win').target).toEqual(['nsis']);
    expect(platform('mac').target).toEqual(['dmg']);
  });

  it.each(['linux', 'win', 'mac'])('gives %s a 512x512 PNG icon from assets/', (name) => {
    const icon = platform(name).icon;
    expect(icon).toBe('assets/icon.png');
    const png = readFileSync(join(root, icon ?? ''));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR is always the first chunk: width and height are its first two big-endian words.
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('is what `npm run package` builds with', () => {
    expect(pkg.scripts.package).toBe('electron-vite build && electron-builder');
  });
});
