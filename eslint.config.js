import js from '@eslint/js'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['out/', 'out-pseudo/', 'release/', 'node_modules/', '.tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      // The core is pure: time comes through the Clock port, storage and Electron through adapters.
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'electron/*', 'electron-store'], message: 'core/ never imports Electron: use an adapter in platform/.' },
        { group: ['node:fs', 'fs', 'node:fs/*', 'fs/*'], message: 'core/ never touches the file system: use a storage adapter.' },
        { group: ['react', 'react-dom', 'react/*'], message: 'core/ knows nothing of React.' },
        { group: ['../platform/*', '../../platform/*', '../../../platform/*'], message: 'core/ may not import adapters.' },
        { group: ['../features/*', '../../features/*', '../../../features/*'], message: 'core/ may not import feature wiring.' },
        { group: ['**/renderer/**'], message: 'core/ may not import the renderer: what both sides need lives in electron/common/.' },
        { group: ['../app', '../main', '../preload', '../../app', '../../main', '../../preload'], message: 'core/ may not import the composition root.' },
      ] }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'core/ gets the time from its Clock port.' },
      ],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval'],
    },
  },
  {
    // The shared layer: what both processes need (languages, content, the check-in scale). It imports
    // nothing of either side, so either may import it.
    files: ['electron/common/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        {
          group: ['**/core', '**/core/**', '**/platform/**', '**/features/**', '**/renderer/**', '**/contract', '**/app', '**/main', '**/preload'],
          message: 'electron/common/ imports nothing of either process: only other electron/common/ files.',
        },
        { group: ['electron', 'electron/*', 'electron-store', 'node:*', 'react', 'react-dom', 'react/*'], message: 'electron/common/ is plain data and types, for both processes.' },
      ] }],
    },
  },
  {
    files: ['electron/platform/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { group: ['../features/*'], message: 'Adapters do not know the features that use them.' },
        { group: ['**/renderer/**'], message: 'The main process never imports the renderer: share through electron/common/.' },
      ] }],
    },
  },
  {
    files: ['electron/features/**/*.ts', 'electron/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { group: ['**/renderer/**'], message: 'The main process never imports the renderer: share through electron/common/.' },
      ] }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { group: ['**/electron/**', '!**/electron/contract', '!**/electron/common', '!**/electron/common/**'], message: 'The renderer reaches main only through window.kindbreak; what both need lives in electron/common/.' },
        { group: ['**/electron/contract'], allowTypeImports: true, message: 'Import the contract with `import type` only.' },
      ] }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'tests/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Functions passed to page.evaluate run in the page. Benches and scripts report on the console.
    files: ['tests/harness/**', 'tests/e2e/**', 'scripts/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  {
    // Tests feed control characters on purpose, to prove they are handled.
    files: ['tests/**'],
    rules: { 'no-control-regex': 'off' },
  },
)
