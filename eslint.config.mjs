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

/**
 * The app (electron/, renderer/, shared/) and Risalah Server meet only over HTTP (docs/SERVER.md). Added
 * to each of the app's layers below: one config per file may set no-restricted-imports, a later one
 * would replace the earlier's list instead of adding to it.
 */
const NOT_THE_SERVER = {
  group: ['**/server/**', 'pg', '@node-rs/*'],
  message: 'The app never imports the server (server/ talks to it over HTTP, docs/SERVER.md).',
};

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
const layer = (files, patterns, message, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...patterns.map((group) => ({ group: [group], message })), ...extra] },
    ],
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
    files: ['scripts/**/*.mjs', '*.config.{ts,mjs}', 'tests/**/*.ts', 'electron/**/*.ts', 'server/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}', 'server/portal/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  layer(
    ['shared/**/*.ts'],
    ['electron', 'better-sqlite3', 'react', 'react-dom', ...NODE_BUILTINS, '**/electron/**', '**/renderer/**'],
    'shared/ is pure TypeScript for both sides: no Node, Electron, DOM framework, electron/ or renderer/ imports.',
    [NOT_THE_SERVER],
  ),
  layer(['renderer/**/*.{ts,tsx}'], RENDERER_BANNED, RENDERER_MESSAGE, [NOT_THE_SERVER]),
  // Screens and the kit reach main only through the store (one place merges what main answers).
  // Repeats the renderer's list: a later config replaces the rule's options, it does not add to them.
  layer(['renderer/src/{app,components,features}/**/*.{ts,tsx}'], RENDERER_BANNED, RENDERER_MESSAGE, [
    NOT_THE_SERVER,
    {
      group: ['**/lib/api'],
      importNames: ['call'],
      message: 'Components call a channel through a store action (renderer/src/store), never call() itself.',
    },
  ]),
  layer(
    ['electron/main/**/*.ts'],
    ['**/renderer/**', '**/preload/**'],
    'electron/main must not import renderer/ or the preload.',
    [NOT_THE_SERVER],
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
    [NOT_THE_SERVER],
  ),
  // Risalah Server (docs/SERVER.md): a separate Node program beside the app. It shares only the pure
  // shared/ with it; the app never reaches into the server, nor the server into the app.
  layer(
    ['server/**/*.ts'],
    ['electron', 'better-sqlite3', 'react', 'react-dom', '**/electron/**', '**/renderer/**', '**/portal/**'],
    'server/ may import shared/ and its own Node modules only: not electron/, renderer/ or the portal page.',
  ),
  {
    // The portal page runs in the browser. From server/portal/src, '../../*' is the server's Node side
    // and everything beyond it: only shared/ and the app's theme are let through.
    files: ['server/portal/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'better-sqlite3', 'pg', '@node-rs/*', ...NODE_BUILTINS, '**/electron/**'],
              message: 'The portal page runs in the browser: no Node, no database, no Electron.',
            },
            {
              regex: String.raw`^\.\./\.\./(?!\.\./shared/|\.\./renderer/src/app/(theme|contrast)$)`,
              message: "The portal page imports shared/ and the app's theme only; it talks to the server over HTTP.",
            },
          ],
        },
      ],
    },
  },
  // Last: formatting belongs to Prettier (npm run format), so no lint rule argues with it.
  prettierConfig,
);
