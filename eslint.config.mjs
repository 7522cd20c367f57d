// ESLint (flat config): Next.js's core-web-vitals and TypeScript rules, typescript-eslint's type-checked
// rules, imports in order, and any disable comment that no longer disables anything reported.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: {
      // vitest's and Playwright's matchers (expect.any, expect.stringMatching) are typed `any` by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Test doubles stand in for async interfaces without awaiting anything themselves.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    rules: {
      // Leaving fields out of a copy with a rest pattern names them without using them.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'lib/generated/**',
    'playwright-report/**',
    'test-results/**',
    'next-env.d.ts',
    '.data/**',
  ]),
]);
