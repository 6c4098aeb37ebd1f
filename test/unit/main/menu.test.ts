import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';

const PLATFORMS: NodeJS.Platform[] = ['darwin', 'linux', 'win32'];

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => {
    if (item.submenu === undefined) return [item];
    if (!Array.isArray(item.submenu)) throw new Error(`submenu of ${item.label} is not a template`);
    return [item, ...flatten(item.submenu)];
  });
}

const roles = (items: MenuItemConstructorOptions[]) => flatten(items).flatMap((i) => (i.role ? [i.role] : []));

describe('buildMenuTemplate', () => {
  it.each(PLATFORMS)('has no developer tools or force reload on %s', (platform) => {
    const found = roles(buildMenuTemplate(platform)).map((r) => r.toLowerCase());
    expect(found).not.toContain('toggledevtools');
    expect(found).not.toContain('forcereload');
    // Guard against the roles being re-added through a click handler under another label.
    const labels = flatten(buildMenuTemplate(platform)).map((i) => i.label ?? '');
    expect(labels.filter((l) => /dev ?tools|developer|force reload/i.test(l))).toEqual([]);
  });

  it.each(PLATFORMS)('has the Edit roles on %s, so copy and paste work in text fields', (platform) => {
    const edit = buildMenuTemplate(platform).find((m) => m.label === 'Edit');
    expect(edit).toBeDefined();
    expect(roles(edit ? [edit] : [])).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('puts the app menu first on macOS', () => {
    const [first] = buildMenuTemplate('darwin');
    expect(first?.label).toBe('Lockstep');
    expect(roles(first ? [first] : [])).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
  });

  it.each(['linux', 'win32'] as const)('has no macOS app menu on %s, and File can quit', (platform) => {
    const template = buildMenuTemplate(platform);
    expect(template.map((m) => m.label)).not.toContain('Lockstep');
    expect(roles(template)).not.toContain('hide');
    const file = template.find((m) => m.label === 'File');
    expect(roles(file ? [file] : [])).toContain('quit');
  });
});
