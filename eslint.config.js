import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
    // lib/ is pure domain code: no extension APIs, no React.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'lib/ must not touch browser.*; pass values in.' },
            { name: 'webextension-polyfill', message: 'lib/ must not touch browser.*.' },
            { name: 'react', message: 'lib/ holds no React.' },
          ],
        },
      ],
    },
  },
  {
    // Only lib/db may open the database.
    files: ['lib/**/*.ts'],
    ignores: ['lib/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'lib/ must not touch browser.*; pass values in.' },
            { name: 'webextension-polyfill', message: 'lib/ must not touch browser.*.' },
            { name: 'react', message: 'lib/ holds no React.' },
            { name: 'dexie', message: 'Only lib/db talks to Dexie.' },
          ],
        },
      ],
    },
  },
  {
    // Content scripts stay tiny: no React, no Dexie, no zod.
    files: ['entrypoints/*.content.ts', 'lib/sites/**/*.ts'],
    ignores: ['lib/sites/**/*.test.ts', 'lib/sites/finalize.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'Content scripts hold no React.' },
            { name: 'dexie', message: 'Content scripts never open IndexedDB.' },
            { name: 'zod', message: 'Readers stay small: validate at the receiver.' },
            {
              name: 'tldts',
              message: 'The Public Suffix List is applied by finalize(), outside the reader.',
            },
          ],
        },
      ],
    },
  },
);
