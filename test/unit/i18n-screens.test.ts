/**
 * Issue 18: the main strings table carries the shell and the profile list; every other screen's
 * words are a module (renderer/src/i18n/screens) that loads with the screen's route
 * (tables.ts ROUTE_STRINGS, App.tsx withStrings). These tests keep that split honest: both
 * languages of each module have the same keys, no key lives in two places, and every key the code
 * of a route names is in the main table or in a module that route loads, so no screen can show a
 * raw key. The code is read from its static imports, as the bundler follows them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_STRINGS, type ScreenStrings, type Strings } from '../../renderer/src/i18n/tables';
import { recoveryEn } from '../../renderer/src/i18n/recovery-en';
import { recoveryMoreEn } from '../../renderer/src/i18n/recovery-more-en';
import { en as wholeEn, main, merge, SCREEN_MODULES } from './i18n-all';

const src = resolve(__dirname, '../../renderer/src');

function allKeys(tree: Strings, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'object' ? [`${key}{}`, ...allKeys(v, key)] : [key];
  });
}
const leaves = (tree: Strings) => allKeys(tree).filter((k) => !k.endsWith('{}'));

describe('screen string modules', () => {
  it.each(Object.entries(SCREEN_MODULES))('%s: English and Spanish have the same keys', (_name, m) => {
    expect(allKeys(m.es as Strings)).toEqual(allKeys(m.en as Strings));
    expect(leaves(m.en as Strings).length).toBeGreaterThan(3);
  });

  it.each(['en', 'es'] as const)('%s: no key is in two places (main table, modules)', (lang) => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    const tables: [string, Strings][] = [
      ['main', main[lang]],
      ...Object.entries(SCREEN_MODULES).map(([n, m]): [string, Strings] => [n, m[lang] as Strings]),
    ];
    for (const [name, tree] of tables)
      for (const key of leaves(tree)) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${name}`);
        seen.set(key, name);
      }
    expect(twice).toEqual([]);
  });

  it('the main table is the small part: the screens hold most of the words', () => {
    const mainSize = JSON.stringify(main.en).length;
    const screens = Object.values(SCREEN_MODULES).reduce((n, m) => n + JSON.stringify(m.en).length, 0);
    expect(screens).toBeGreaterThan(mainSize);
  });
});

// ---- which keys each route's code names --------------------------------------------------------

const ROUTE_FILES: { [N in keyof typeof ROUTE_STRINGS]: string } = {
  profiles: 'features/profiles/ProfilesPage.tsx',
  profile: 'features/profiles/ProfilePage.tsx',
  print: 'features/plan/PrintablePlan.tsx',
  step: 'features/plan/StepPage.tsx',
  interview: 'features/interview/InterviewPage.tsx',
  inbox: 'features/reminders/InboxPage.tsx',
  guide: 'features/guide/GuidePage.tsx',
  scam: 'features/scam/ScamCheckPage.tsx',
  vault: 'features/vault/VaultPage.tsx',
  sheet: 'features/vault/SealedSheet.tsx',
  settings: 'features/settings/SettingsPage.tsx',
  recovery: 'features/recovery/RecoveryPage.tsx',
  recoveryPrint: 'features/recovery/CaseSummaryPrint.tsx',
};

const routeEntries = new Set([...Object.values(ROUTE_FILES), 'app/App.tsx'].map((f) => join(src, f)));

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const c of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base])
    if (existsSync(c) && /\.tsx?$/.test(c)) return c;
  return null;
}

/**
 * Files reachable from `entry`: static imports only (the first screen), or also import() (a route's
 * lazy parts; not another route's page, such as a prefetch of it). The string tables are not followed.
 */
function reach(entry: string, dynamic: boolean): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  const pattern = dynamic
    ? /(?:from\s+|import\()\s*'(\.[^']+)'/g
    : /^(?:import|export)\s(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms;
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(pattern)) {
      const target = resolveImport(file, m[1]!);
      if (!target?.startsWith(src) || target.includes('/i18n/')) continue;
      if (dynamic && target !== entry && routeEntries.has(target)) continue;
      stack.push(target);
    }
  }
  return [...seen];
}

const sections = new Set(Object.keys(wholeEn));

/** Keys named in a file: 'section.key' literals and `section.${…}` template prefixes. */
function namedKeys(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/['`]([a-z][a-zA-Z]*)\.([A-Za-z0-9_.-]*(?:\$\{)?)/g)]
    .filter((m) => sections.has(m[1]!))
    .map((m) => `${m[1]}.${m[2]}`);
}

/** A key resolves to a string (or plural forms), or a template prefix to a branch. */
function resolves(tree: Strings, key: string): boolean {
  const dynamic = key.endsWith('${');
  const parts = key.replace(/\.?\$\{$/, '').split('.');
  let node: string | Strings | undefined = tree;
  for (const [i, part] of parts.entries()) {
    if (typeof node !== 'object') return false;
    const next: string | Strings | undefined = node[part];
    if (next === undefined && i === parts.length - 1 && !dynamic)
      return typeof node[`${part}_one`] === 'string' && typeof node[`${part}_other`] === 'string';
    node = next;
  }
  // A list read with returnObjects (an array) counts as a string.
  return dynamic ? typeof node === 'object' : typeof node === 'string' || Array.isArray(node);
}

function missing(files: string[], modules: readonly ScreenStrings[]): string[] {
  const own = files.some((f) => f.endsWith('features/recovery/strings.ts'))
    ? // The fraud script's lists (arrays) are not in Strings' shape; `resolves` counts a list as a string.
      [{ recovery: { ...recoveryEn, ...recoveryMoreEn } } as unknown as Strings]
    : [];
  const tree = merge(main.en, ...modules.map((n) => SCREEN_MODULES[n].en as Strings), ...own);
  return (
    files
      // A slice's announcement is shown by the screen whose action made it (checked against the whole below).
      .filter((f) => !f.endsWith('-slice.ts'))
      .flatMap((f) => namedKeys(f).map((k) => [f, k] as const))
      .filter(([, k]) => !resolves(tree, k))
      .map(([f, k]) => `${f.slice(src.length + 1)}: ${k}`)
  );
}

describe('every key a screen names is loaded with it', () => {
  it('the first screen (boot, the shell, the list and what they import) names only keys of the main table', () => {
    const files = reach(join(src, 'boot.tsx'), false);
    expect(files.some((f) => f.endsWith('features/profiles/ProfilesPage.tsx'))).toBe(true);
    expect(missing(files, [])).toEqual([]);
  });

  it.each(Object.entries(ROUTE_FILES))('route %s', (route, file) => {
    // The list is the first screen: what it imports at once (its prefetch of a person's page is that route's).
    const files = reach(join(src, file), route !== 'profiles');
    expect(files.length).toBeGreaterThan(0);
    expect(missing(files, ROUTE_STRINGS[route as keyof typeof ROUTE_STRINGS])).toEqual([]);
  });

  it('the start-up notice names only keys of the main table and its module', () => {
    expect(missing(reach(join(src, 'features/settings/StartupNotice.tsx'), true), ['notice'])).toEqual([]);
  });

  it('announcements made by the store slices are keys somewhere', () => {
    const slices = reach(join(src, 'app/store.ts'), false).filter((f) => f.endsWith('-slice.ts'));
    expect(slices.length).toBeGreaterThan(3);
    const unknown = slices.flatMap((f) => namedKeys(f).filter((k) => !resolves(wholeEn as unknown as Strings, k)));
    expect(unknown).toEqual([]);
  });

  it('the check can fail: the vault page without its module misses keys', () => {
    expect(missing(reach(join(src, 'features/vault/VaultPage.tsx'), true), [])).not.toEqual([]);
  });
});

describe('the first screen carries no react-i18next', () => {
  it('screens take useTranslation from i18n/react.ts, a few lines over i18next', () => {
    const files = reach(join(src, 'boot.tsx'), true).concat(
      ...Object.values(ROUTE_FILES).map((f) => reach(join(src, f), true)),
    );
    expect(files.length).toBeGreaterThan(50);
    const users = files.filter((f) => /from 'react-i18next'/.test(readFileSync(f, 'utf8')));
    expect(users.map((f) => f.slice(src.length + 1))).toEqual([]);
  });
});
