import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'stream', 'util'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // shared/: pure domain code. No DOM, no Node, no Electron, no app layers.
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', ...nodeBuiltins.filter((n) => !n.includes('*'))],
          patterns: [
            { group: ['**/electron/**', '**/electron'], message: 'shared/ may not import electron/.' },
            { group: ['**/renderer/**', '**/renderer'], message: 'shared/ may not import renderer/.' },
            { group: ['**/build/**'], message: 'shared/ may not import build scripts.' },
            { group: ['node:*'], message: 'shared/ must not use Node APIs.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  // Frozen archive formats: a version folder holds its own copies of every schema and imports only zod,
  // so a change to the live schemas can never change what an old file means.
  {
    files: ['shared/archive/v*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod$).*', message: 'A frozen archive version folder imports nothing but zod: copy the schema here instead.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='default']", message: 'No defaults in a frozen format: fill missing fields in shared/archive/migrate.ts.' },
      ],
    },
  },
  // renderer/: the DOM side. Reaches the host only through the Host interface.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The compiler-oriented rules flag ordinary effect-driven state syncing; keep the classic two.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            { group: ['**/electron/**', '**/electron'], message: 'renderer/ may not import electron/: use the Host interface.' },
            { group: ['node:*'], message: 'renderer/ must not use Node APIs.' },
          ],
        },
      ],
    },
  },
  // Components never call db.* directly: only repositories and hooks in renderer/data do.
  {
    files: ['renderer/features/**/*.{ts,tsx}', 'renderer/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'dexie', { name: 'dexie-react-hooks', message: 'Use the hooks in renderer/data.' }],
          patterns: [
            { group: ['**/electron/**', '**/electron'], message: 'renderer/ may not import electron/: use the Host interface.' },
            { group: ['**/data/db'], message: 'Components go through repositories and hooks, never the database.' },
            { group: ['node:*'], message: 'renderer/ must not use Node APIs.' },
          ],
        },
      ],
    },
  },
  // Feature files a newcomer can hold in their head: split a component along its jobs before it grows past this.
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }] },
  },
  // Test fixtures live in shared/test-support/: only tests, benches and the e2e suite may import them.
  // (A separate rule name, so it adds to each layer's no-restricted-imports instead of replacing it.)
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'electron/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.bench.ts', 'shared/test-support/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/test-support/**', '**/test-support'], message: 'Test fixtures are for tests only.' }] },
      ],
    },
  },
  // electron/: Node side. Never imports the renderer.
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**', '**/renderer'], message: 'electron/ may not import renderer/.' }] }],
    },
  },
  {
    files: ['build/**/*.{js,mjs,cjs,ts}', 'tests/**/*.ts', 'bench/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
