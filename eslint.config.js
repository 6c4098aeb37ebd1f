import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE = '^(node:.*|fs|path|os|crypto|child_process|http|net|url|stream)(/.*)?$';
const pkg = (...names) => `^(${names.join('|')})(/.*)?$`;

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
              group: [
                'zod',
                'zod/*',
                '**/contract/schemas',
                '**/contract/operations',
                '**/contract/dispatch',
                '**/contract/index',
              ],
              allowTypeImports: true,
              message: 'Types only: zod stays out of the renderer bundle.',
            },
          ],
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
