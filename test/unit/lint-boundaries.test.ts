import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const RULE = '@typescript-eslint/no-restricted-imports';

// Virtual files: lintText needs only a path that matches the config's globs, not a file on disk.
const CORE = 'electron/shared/core/fake.ts';
const CONTRACT = 'electron/shared/contract/fake.ts';
const RENDERER = 'renderer/src/fake.ts';
const RENDERER_FEATURE = 'renderer/src/features/profiles/fake.tsx';
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
  ])('fails when %s', async (_case, filePath, code) => {
    const messages = await lint(filePath, code);
    expect(messages.map((m) => m.ruleId)).toContain(RULE);
    expect(messages.filter((m) => m.ruleId === RULE).every((m) => m.severity === 2)).toBe(true);
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
  ])('passes when %s', async (_case, filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });
});
