// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './scripts/eslintLayers.mjs';
import prettierConfig from 'eslint-config-prettier';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'zlib',
  'worker_threads',
];

const RENDERER_BANNED = [
  'electron',
  'better-sqlite3',
  'docx',
  'docxtemplater',
  'pizzip',
  ...NODE_BUILTINS,
  '**/electron/**',
];
const RENDERER_MESSAGE =
  'renderer/ runs in the browser sandbox: no Node, no Electron, no electron/ imports; talk to main through lib/api.ts.';

/** Layering of docs/ARCHITECTURE.md §1, enforced per folder so a wrong import fails CI. */
const layer = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-*/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'coverage/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{ts,mjs}', 'tests/**/*.ts', 'electron/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  { files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'], languageOptions: { globals: globals.browser } },
  layer(
    ['shared/**/*.ts'],
    ['electron', 'better-sqlite3', 'react', 'react-dom', ...NODE_BUILTINS, '**/electron/**', '**/renderer/**'],
    'shared/ is pure TypeScript for both sides: no Node, Electron, DOM framework, electron/ or renderer/ imports.',
  ),
  layer(['renderer/**/*.{ts,tsx}'], RENDERER_BANNED, RENDERER_MESSAGE),
  {
    // Screens and the kit reach main only through the store (one place merges what main answers).
    // Repeats the renderer's list: a later config replaces the rule's options, it does not add to them.
    files: ['renderer/src/{app,components,features}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...RENDERER_BANNED.map((group) => ({ group: [group], message: RENDERER_MESSAGE })),
            {
              group: ['**/lib/api'],
              importNames: ['call'],
              message: 'Components call a channel through a store action (renderer/src/store), never call() itself.',
            },
          ],
        },
      ],
    },
  },
  layer(
    ['electron/main/**/*.ts'],
    ['**/renderer/**', '**/preload/**'],
    'electron/main must not import renderer/ or the preload.',
  ),
  {
    // Inside main: db <- repositories <- services <- ipc <- app <- shells; the matrix is in
    // scripts/eslintLayers.mjs. Features reach each other only through features/<x>/index.ts.
    files: ['electron/main/**/*.ts', 'renderer/src/features/**/*.{ts,tsx}'],
    plugins: { local: layersPlugin },
    rules: { 'local/main-layers': 'error', 'local/feature-boundaries': 'error' },
  },
  layer(
    ['electron/preload/**/*.ts'],
    [
      'better-sqlite3',
      'docx',
      'zod',
      ...NODE_BUILTINS,
      '**/main/**',
      '**/renderer/**',
      '**/domain/**',
      '**/document/**',
    ],
    'The sandboxed preload imports only electron and shared/ipc/contract.',
  ),
  // Last: formatting belongs to Prettier (npm run format), so no lint rule argues with it.
  prettierConfig,
);
