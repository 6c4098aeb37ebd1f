import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE = '^(node:.*|fs|path|os|crypto|child_process|http|net|url|stream)(/.*)?$';
const pkg = (...names) => `^(${names.join('|')})(/.*)?$`;
/** The renderer's libraries: no host process (main, services, browser mode, preload) loads them. */
const RENDERER_LIBS = pkg('react', 'react-dom', 'react-i18next', 'zustand', '@testing-library');
/**
 * Contract modules the renderer may import values from: none of them loads zod, which
 * test/unit/lint-boundaries.test.ts checks by following their imports. Every other contract module,
 * and the contract's index, is types only in the renderer.
 */
const ZOD_FREE_CONTRACT = ['enums', 'errors', 'names', 'result', 'vault-limits'];
const CONTRACT_WITH_ZOD = `(^|/)contract(/(?!(${ZOD_FREE_CONTRACT.join('|')})$)[^/]*)?$`;
/** The one reader of the preload's bridge is renderer/src/app/api.ts; a cast does not hide a read. */
const GLOBAL = '/^(window|globalThis|self)$/';
const LOCKSTEP_READ = 'Only renderer/src/app/api.ts reads window.lockstep; import the api from there.';

/** Import boundaries: the folder says what a file may import (DESIGN.md, house style). */
const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import { type A }` still loads the module at run time; `import type { A }` does not.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', '*.config.*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // The bench runs some functions inside the page (page.evaluate).
    files: ['scripts/bench.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The core is pure: no electron, no Node, no React, no DOM-bound code, no services.
    files: ['electron/shared/**/*.ts'],
    rules: restrict([
      { regex: NODE, message: 'The shared core and contract must stay pure.' },
      {
        regex: pkg('electron', 'electron-store', 'conf', 'react', 'react-dom', 'zustand'),
        message: 'The shared core and contract must stay pure.',
      },
      {
        group: ['**/services/**', '**/main/**', '**/preload/**', '**/browser/**', '**/renderer/**'],
        message: 'Shared code imports only shared code.',
      },
    ]),
  },
  {
    files: ['electron/shared/core/**/*.ts'],
    rules: restrict([
      { regex: NODE, message: 'The core imports nothing impure.' },
      {
        regex: pkg('electron', 'electron-store', 'conf', 'react', 'react-dom', 'zustand', 'zod'),
        message: 'The core imports nothing impure.',
      },
      {
        group: ['**/services/**', '**/main/**', '**/preload/**', '**/browser/**', '**/renderer/**'],
        message: 'The core imports only shared code.',
      },
      {
        group: ['**/contract', '**/contract/**'],
        message: 'The contract imports the core, never the reverse: declare the type in the core.',
      },
    ]),
  },
  {
    // The main process hosts the services; the UI is the renderer's alone.
    files: ['electron/main/**/*.ts'],
    rules: restrict([
      { regex: RENDERER_LIBS, message: 'The main process loads no renderer library.' },
      {
        group: ['**/renderer/**', '**/browser/**'],
        message: 'The main process imports neither the UI nor browser mode.',
      },
    ]),
  },
  {
    // Services are Node code that each host configures; they never import Electron.
    files: ['electron/services/**/*.ts'],
    rules: restrict([
      {
        regex: pkg('electron', 'electron-store'),
        message: 'Services get what differs from their host; no electron here.',
      },
      { regex: RENDERER_LIBS, message: 'Services load no renderer library.' },
      {
        group: ['**/main/**', '**/preload/**', '**/browser/**', '**/renderer/**'],
        message: 'Services may not import a host.',
      },
    ]),
  },
  {
    files: ['electron/browser/**/*.ts'],
    rules: restrict([
      { regex: pkg('electron', 'electron-store'), message: 'Browser mode runs in plain Node.' },
      { regex: RENDERER_LIBS, message: 'Browser mode serves the built renderer; it loads no renderer library.' },
      {
        group: ['**/main/**', '**/preload/**', '**/renderer/**'],
        message: 'Browser mode uses the services, not another host.',
      },
    ]),
  },
  {
    // The preload imports only electron and the contract (types only, so it bundles nothing).
    files: ['electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./shared/contract/).*',
              message: 'The preload imports only electron and the contract.',
            },
            {
              group: ['../shared/contract/*'],
              allowTypeImports: true,
              message: 'Only types from the contract: the sandboxed preload bundles no library code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: NODE, message: 'The renderer has no Node; it talks to the host only through app/api.ts.' },
            {
              regex: pkg('electron', 'electron-store', 'conf'),
              message: 'The renderer talks to the host only through app/api.ts.',
            },
            {
              group: [
                '**/electron/services/**',
                '**/electron/main/**',
                '**/electron/preload/**',
                '**/electron/browser/**',
              ],
              message: 'The renderer talks to the host only through app/api.ts.',
            },
            {
              group: ['zod', 'zod/*'],
              allowTypeImports: true,
              message: 'Types only: zod stays out of the renderer bundle.',
            },
            {
              regex: CONTRACT_WITH_ZOD,
              allowTypeImports: true,
              message: `Types only from this contract module: zod stays out of the renderer bundle. Values come from ${ZOD_FREE_CONTRACT.join(', ')}.`,
            },
          ],
        },
      ],
    },
  },
  {
    // The Electron tests inspect the bridge from outside the app, which is their job.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['renderer/src/app/api.ts', 'test/electron/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression:matches([object.name=${GLOBAL}], [object.expression.name=${GLOBAL}], [object.expression.expression.name=${GLOBAL}]):matches([property.name='lockstep'], [property.value='lockstep'])`,
          message: LOCKSTEP_READ,
        },
        {
          selector: `VariableDeclarator:matches([init.name=${GLOBAL}], [init.expression.name=${GLOBAL}], [init.expression.expression.name=${GLOBAL}]) > ObjectPattern > Property[key.name='lockstep']`,
          message: LOCKSTEP_READ,
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Tests print skip reasons and fault-run counts.
    rules: { 'no-console': 'off' },
  },
);
