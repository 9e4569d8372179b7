// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'child_process',
  'stream',
  'events',
  'url',
  'util',
  'worker_threads',
  'zlib',
  'readline',
  'process',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', '.tmp/', '**/*.js', '**/*.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-console': 'error',
    },
  },
  {
    // Nest's dependency injection reads constructor parameter types at run time:
    // a type-only import would erase them.
    files: ['apps/**/*.ts', 'libs/core/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.esdb-spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests read JSON responses whose shape they assert.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The domain is pure (docs/architecture.md §1): no framework, no store, no I/O.
    files: ['libs/domain/**/*.ts', 'libs/projections/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({
            name,
            message: 'The domain and projections are pure: no I/O.',
          })),
          patterns: [
            { group: ['node:*'], message: 'The domain and projections are pure: no node:* imports.' },
            {
              group: [
                '@nestjs/*',
                '@eventstore/*',
                'better-sqlite3',
                '@ledger/event-store',
                '@ledger/core',
                '@ledger/ssda903',
              ],
              message: 'The domain and projections must not depend on frameworks, stores or adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/cli/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
