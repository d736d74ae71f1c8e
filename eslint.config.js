import js from '@eslint/js'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['out/', 'release/', 'node_modules/', '.tmp/', 'coverage/'] },
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
        { group: ['../platform/*', '../../platform/*'], message: 'core/ may not import adapters.' },
      ] }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'core/ gets the time from its Clock port.' },
      ],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval'],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { group: ['**/electron/*', '!**/electron/contract'], message: 'The renderer reaches main only through window.kindbreak.' },
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
