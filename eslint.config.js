import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Banned everywhere in lib/: it is pure domain code that takes values in. */
const PURE_LIB = [
  { name: 'wxt/browser', message: 'lib/ and readers must not use the polyfill; pass values in.' },
  { name: 'webextension-polyfill', message: 'lib/ and readers must not use the polyfill.' },
  { name: 'react', message: 'lib/ and readers hold no React.' },
];
const NOT_DEXIE = { name: 'dexie', message: 'Only lib/db talks to Dexie.' };
/** Banned in the readers (entrypoints/*-reader.ts) and what they bundle: the 30 kB budget. */
const READER_ONLY = [
  { name: 'dexie', message: 'Readers never open IndexedDB.' },
  { name: 'zod', message: 'Readers stay small: validate at the receiver.' },
  {
    name: 'tldts',
    message: 'The Public Suffix List is applied by finalize(), outside the reader.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML strings; page data is untrusted.',
        },
      ],
    },
  },
  {
    // lib/ is pure domain code: no extension APIs, no React; only lib/db opens the database.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      'no-restricted-imports': ['error', { paths: [...PURE_LIB, NOT_DEXIE] }],
    },
  },
  {
    files: ['lib/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: PURE_LIB }] },
  },
  {
    // The readers and everything they bundle stay tiny. A later block replaces an earlier
    // one's list for the same rule, so this list carries the lib/ bans as well.
    files: ['entrypoints/*-reader.ts', 'lib/sites/**/*.ts', 'lib/messaging/reader-protocol.ts'],
    ignores: ['lib/sites/**/*.test.ts', 'lib/sites/finalize.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [...PURE_LIB, ...READER_ONLY] }] },
  },
);
