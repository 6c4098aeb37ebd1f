import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const RULE = '@typescript-eslint/no-restricted-imports';
const SYNTAX = 'no-restricted-syntax';

// Virtual files: lintText needs only a path that matches the config's globs, not a file on disk.
const CORE = 'electron/shared/core/fake.ts';
const CONTRACT = 'electron/shared/contract/fake.ts';
const RENDERER = 'renderer/src/fake.ts';
const RENDERER_FEATURE = 'renderer/src/features/profiles/fake.tsx';
const API = 'renderer/src/app/api.ts';
const MAIN = 'electron/main/fake.ts';
const MAIN_IPC = 'electron/main/ipc/fake.ts';
const PRELOAD = 'electron/preload/fake.ts';
const SERVICES = 'electron/services/fake.ts';
const BROWSER = 'electron/browser/fake.ts';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  return result.messages;
}

const valueImport = (name: string, from: string) =>
  `import { ${name} } from '${from}';\nexport const used = ${name};\n`;
const typeImport = (name: string, from: string) =>
  `import type { ${name} } from '${from}';\nexport type Used = ${name};\n`;
const namespaceImport = (from: string) => `import * as m from '${from}';\nexport const used = m;\n`;

/** Fails unless `rule` reports, and only as errors (npm run lint allows no warnings either). */
function expectRefused(messages: Awaited<ReturnType<typeof lint>>, rule: string) {
  expect(messages.map((m) => m.ruleId)).toContain(rule);
  expect(messages.filter((m) => m.ruleId === rule).every((m) => m.severity === 2)).toBe(true);
}

describe('import boundaries (eslint.config.js)', () => {
  it.each<[string, string, string]>([
    ['core imports node:fs', CORE, valueImport('readFileSync', 'node:fs')],
    ['core imports fs', CORE, valueImport('readFileSync', 'fs')],
    ['core imports electron', CORE, valueImport('app', 'electron')],
    ['core imports react', CORE, valueImport('useState', 'react')],
    ['core imports zod', CORE, valueImport('z', 'zod')],
    ['core imports the services', CORE, valueImport('createHandlers', '../../services/handlers')],
    ['the contract imports electron', CONTRACT, valueImport('ipcMain', 'electron')],
    ['renderer imports electron', RENDERER, valueImport('ipcRenderer', 'electron')],
    ['renderer imports node:path', RENDERER, valueImport('join', 'node:path')],
    ['renderer imports the services', RENDERER, valueImport('x', '../../electron/services/x')],
    [
      'renderer imports the main process',
      RENDERER_FEATURE,
      valueImport('registerIpc', '../../../../electron/main/ipc/register'),
    ],
    [
      'renderer imports a value from contract/schemas',
      RENDERER,
      valueImport('profileSchema', '../../electron/shared/contract/schemas'),
    ],
    ['renderer imports zod', RENDERER, valueImport('z', 'zod')],
    ['preload imports node:fs', PRELOAD, valueImport('readFileSync', 'node:fs')],
    [
      'preload imports a value from contract/names',
      PRELOAD,
      valueImport('OPERATION_NAMES', '../shared/contract/names'),
    ],
    ['preload imports the services', PRELOAD, valueImport('createAppServices', '../services/app-services')],
    ['services import electron', SERVICES, valueImport('app', 'electron')],
    ['services import electron-store', SERVICES, "import Store from 'electron-store';\nexport const used = Store;\n"],
    ['services import the main process', SERVICES, valueImport('registerIpc', '../main/ipc/register')],
    ['browser mode imports electron', BROWSER, valueImport('app', 'electron')],
    // Renderer libraries stay out of every host process.
    ['the main process imports react', MAIN, valueImport('createElement', 'react')],
    ['the main process imports react-dom', MAIN_IPC, valueImport('createRoot', 'react-dom/client')],
    ['the main process imports zustand', MAIN, valueImport('create', 'zustand')],
    ['the main process imports the renderer', MAIN, valueImport('resolveApi', '../../renderer/src/app/api')],
    ['services import react-i18next', SERVICES, valueImport('useTranslation', 'react-i18next')],
    ['browser mode imports react', BROWSER, valueImport('useState', 'react')],
    ['preload imports react', PRELOAD, valueImport('useState', 'react')],
    // Every contract module that loads zod is types only in the renderer, not just contract/schemas.
    [
      'renderer imports a value from contract/plan-schemas',
      RENDERER_FEATURE,
      valueImport('profilePlanSchema', '../../../../electron/shared/contract/plan-schemas'),
    ],
    [
      'renderer imports a value from contract/reminder-schemas',
      RENDERER,
      valueImport('remindersViewSchema', '../../electron/shared/contract/reminder-schemas'),
    ],
    ['renderer imports the contract index', RENDERER, namespaceImport('../../electron/shared/contract')],
    // The contract imports the core; the core imports nothing from the contract, not even a type.
    ['core imports a type from the contract', CORE, typeImport('ProfilePlan', '../contract/plan-schemas')],
    [
      'core (nested) imports a value from contract/enums',
      'electron/shared/core/reminders/fake.ts',
      valueImport('LANGUAGES', '../../contract/enums'),
    ],
  ])('fails when %s', async (_case, filePath, code) => {
    expectRefused(await lint(filePath, code), RULE);
  });

  it('fails when the renderer writes a type import as `import { type X }`, which still loads the module', async () => {
    const code = `import { type ProfilePlan } from '../../electron/shared/contract/plan-schemas';\nexport type U = ProfilePlan;\n`;
    expectRefused(await lint(RENDERER, code), '@typescript-eslint/no-import-type-side-effects');
  });

  // The allowed side of each boundary: if these failed too, the cases above would prove nothing.
  it.each<[string, string, string]>([
    ['core imports other core code', CORE, valueImport('isOfficialUrl', './urls')],
    ['the contract imports zod', CONTRACT, valueImport('z', 'zod')],
    [
      'renderer imports a type from contract/schemas',
      RENDERER,
      typeImport('Profile', '../../electron/shared/contract/schemas'),
    ],
    [
      'renderer imports a value from contract/enums',
      RENDERER,
      valueImport('RELATIONSHIPS', '../../electron/shared/contract/enums'),
    ],
    ['renderer imports react', RENDERER_FEATURE, valueImport('useState', 'react')],
    ['preload imports electron', PRELOAD, valueImport('contextBridge', 'electron')],
    ['preload imports a type from contract/names', PRELOAD, typeImport('OperationName', '../shared/contract/names')],
    ['services import node:fs', SERVICES, valueImport('readFileSync', 'node:fs')],
    ['services import the contract', SERVICES, valueImport('dispatch', '../shared/contract/dispatch')],
    [
      'renderer imports a type from contract/plan-schemas',
      RENDERER_FEATURE,
      typeImport('ProfilePlan', '../../../../electron/shared/contract/plan-schemas'),
    ],
    [
      'renderer imports a type from the contract index',
      RENDERER,
      typeImport('Profile', '../../electron/shared/contract'),
    ],
    [
      'renderer imports a value from contract/names',
      RENDERER,
      valueImport('OPERATION_NAMES', '../../electron/shared/contract/names'),
    ],
    [
      'renderer imports a value from contract/vault-limits',
      RENDERER,
      valueImport('PASSPHRASE_MIN', '../../electron/shared/contract/vault-limits'),
    ],
    ['the contract imports a value from the core', CONTRACT, valueImport('STEP_STATUSES', '../core/checklist')],
    ['core imports a type from the core', CORE, typeImport('ProfilePlan', './checklist')],
    ['the main process imports electron', MAIN, valueImport('app', 'electron')],
    ['the main process imports the services', MAIN, valueImport('createAppServices', '../services/app-services')],
    ['the main process imports the contract', MAIN_IPC, valueImport('dispatch', '../../shared/contract/dispatch')],
  ])('passes when %s', async (_case, filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });
});

describe('window.lockstep is read only in renderer/src/app/api.ts', () => {
  it.each<[string, string, string]>([
    ['a feature reads window.lockstep', RENDERER_FEATURE, 'export const api = window.lockstep;\n'],
    ['a feature calls through it', RENDERER_FEATURE, 'export const info = () => window.lockstep?.appInfo();\n'],
    ['a cast hides it', RENDERER, 'export const api = (window as unknown as { lockstep: unknown }).lockstep;\n'],
    ['a non-null assertion', RENDERER, 'export const api = window!.lockstep;\n'],
    ['bracket access', RENDERER, "export const api = window['lockstep'];\n"],
    ['globalThis instead of window', RENDERER, 'export const api = globalThis.lockstep;\n'],
    ['destructuring', RENDERER_FEATURE, 'const { lockstep } = window;\nexport const api = lockstep;\n'],
    ['another app file', 'renderer/src/app/store.ts', 'export const api = window.lockstep;\n'],
    ['a renderer test', 'test/renderer/fake.test.tsx', 'export const api = window.lockstep;\n'],
    ['services code', SERVICES, 'export const api = globalThis.lockstep;\n'],
  ])('fails when %s', async (_case, filePath, code) => {
    expectRefused(await lint(filePath, code), SYNTAX);
  });

  it.each<[string, string, string]>([
    ['api.ts reads it', API, 'export const api = window.lockstep;\n'],
    ['api.ts tests it with optional chaining', API, 'export const has = Boolean(window?.lockstep);\n'],
    [
      'an Electron test inspects the bridge from outside the app',
      'test/electron/fake.spec.ts',
      'export const api = (window as unknown as { lockstep: unknown }).lockstep;\n',
    ],
    ['the renderer reads other window properties', RENDERER_FEATURE, 'export const hash = window.location.hash;\n'],
    ['an object of its own has a lockstep key', RENDERER, 'const o = { lockstep: 1 };\nexport const n = o.lockstep;\n'],
  ])('passes when %s', async (_case, filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });
});

/**
 * The renderer may import values only from contract modules that never load zod. Rather than trust the
 * config's list, follow each module's value imports (type-only ones are erased) and check every module
 * the renderer may import values from.
 */
describe('the renderer may import values only from zod-free contract modules', () => {
  const root = process.cwd();
  const contractDir = join(root, 'electron/shared/contract');
  const modules = readdirSync(contractDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -3));

  const valueSources = (file: string) =>
    [
      ...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+(?!type\s)(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
    ].map((m) => m[1] as string);

  function resolveTs(from: string, source: string): string {
    const base = resolve(dirname(from), source);
    for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
    throw new Error(`cannot resolve ${source} from ${relative(root, from)}`);
  }

  function loadsZod(file: string, seen = new Set<string>()): boolean {
    if (seen.has(file)) return false;
    seen.add(file);
    return valueSources(file).some((source) =>
      source.startsWith('.') ? loadsZod(resolveTs(file, source), seen) : /^zod(\/|$)/.test(source),
    );
  }

  it('the detector sees zod where it is and not where it is not', () => {
    expect(loadsZod(join(contractDir, 'plan-schemas.ts'))).toBe(true);
    expect(loadsZod(join(contractDir, 'index.ts'))).toBe(true);
    expect(loadsZod(join(contractDir, 'enums.ts'))).toBe(false);
    expect(modules.length).toBeGreaterThan(10);
  });

  it('every contract module the renderer may import values from loads no zod', async () => {
    const allowed: string[] = [];
    for (const name of [...modules, '']) {
      const target = name ? `../../electron/shared/contract/${name}` : '../../electron/shared/contract';
      const file = name ? join(contractDir, `${name}.ts`) : join(contractDir, 'index.ts');
      const refused = (await lint(RENDERER, namespaceImport(target))).some((m) => m.ruleId === RULE);
      if (!refused) allowed.push(name);
      if (!refused) expect(loadsZod(file), `${name} loads zod but the renderer may import its values`).toBe(false);
      // Types are always allowed: they are erased.
      const types = `import type * as t from '${target}';\nexport type T = typeof t;\n`;
      expect(await lint(RENDERER, types)).toEqual([]);
    }
    expect(allowed).toEqual(expect.arrayContaining(['enums', 'names', 'vault-limits']));
  });
});
