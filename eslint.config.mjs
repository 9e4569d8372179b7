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

/** Frameworks, stores and adapters: the pure libraries import none of them. */
const FRAMEWORKS = ['@nestjs/*', '@eventstore/*', 'better-sqlite3', 'express', 'commander', 'cli-progress'];
const LIBRARIES = ['domain', 'event-store', 'projections', 'forecast', 'ssda903', 'core'];

/** Restricts `@ledger/<lib>` for the libraries not in `allowed`, and any path into the apps. */
const ledgerImports = (self, allowed) => {
  const denied = LIBRARIES.filter((lib) => lib !== self && !allowed.includes(lib));
  return [
    ...(denied.length > 0
      ? [
          {
            group: denied.map((lib) => `@ledger/${lib}`),
            message: allowed.length
              ? `libs/${self} may import only ${allowed.map((l) => `@ledger/${l}`).join(', ')} (docs/architecture.md §1).`
              : `libs/${self} imports no other library of ours (docs/architecture.md §1).`,
          },
        ]
      : []),
    {
      // A relative path into another library or an app skips the rule above.
      group: [
        ...LIBRARIES.filter((lib) => lib !== self).map((lib) => `**/${lib}/src/**`),
        '**/apps/**',
        '@ledger/api',
      ],
      message: 'Import another library as @ledger/<name>, and never an app (docs/architecture.md §1).',
    },
  ];
};

const noIo = (what) => [
  { paths: NODE_BUILTINS.map((name) => ({ name, message: `${what} is pure: no I/O.` })) },
  { group: ['node:*'], message: `${what} is pure: no node:* imports.` },
  { group: FRAMEWORKS, message: `${what} must not depend on frameworks, stores or adapters.` },
];

/** `no-restricted-imports` options from a list of `{ paths }` and `{ group, message }` entries. */
const restricted = (entries) => [
  'error',
  {
    paths: entries.flatMap((e) => e.paths ?? []),
    patterns: entries.filter((e) => e.group).map(({ group, message }) => ({ group, message })),
  },
];

/** libs/ssda903's I/O at its edges: reading files, loading a gazetteer, writing a return. */
const SSDA903_EDGES = [
  'libs/ssda903/src/reading/**/*.ts',
  'libs/ssda903/src/gazetteer/load-gazetteer.ts',
  'libs/ssda903/src/export/write-return.ts',
];
const TESTS = ['**/*.spec.ts', '**/*.int-spec.ts'];

/**
 * What a shell (the API, the CLI) must not take from the core: the classes and functions behind
 * the use cases. A shell sends the use case's command or query over the CommandBus or QueryBus
 * (CONTRIBUTING.md, "The shape of a use case").
 */
const CORE_INTERNALS = [
  'EVENT_STORE',
  'openEventStore',
  'ChildCommandExecutor',
  'GroupCommit',
  'readChildStream',
  'foldChildStream',
  'ReadModelsService',
  'ForecastRunner',
  'Ssda903Importer',
  'exportReturn',
  'ledgerChildren',
  'fillDemo',
  'dataQualityReport',
  'logImport',
  'logImportStarted',
  'AuditService',
  'ReportsService',
  'CheckpointWriter',
  'ChainedEventStore',
  'verifyLedger',
  'auditTrail',
  'listImports',
  'restate',
];
const useCasesOnly = [
  {
    paths: [
      {
        name: '@ledger/core',
        importNames: CORE_INTERNALS,
        message:
          'A shell sends the use case\'s command or query over the bus (CONTRIBUTING.md, "The shape of a use case").',
      },
    ],
  },
];
/** The few files of a shell that open the ledger or start the server. */
const SHELL_LIFECYCLE = ['apps/api/src/serve.ts'];
const apiImports = [
  { group: ['**/cli/src/**'], message: 'The API does not import the CLI.' },
  { group: ['**/libs/**'], message: 'Import a library as @ledger/<name>.' },
];
const cliImports = [
  {
    group: ['**/api/src/**', '**/apps/api/**'],
    message: 'The CLI reaches use cases through the core, not the API; `ledger serve` loads @ledger/api.',
  },
  { group: ['**/libs/**'], message: 'Import a library as @ledger/<name>.' },
];
const apiEntry = { name: '@ledger/api', message: 'Only `ledger serve` (serve.command.ts) loads the API.' };
const noDynamicApiImport = {
  selector: 'ImportExpression[source.value=/api\\u002Fsrc|apps\\u002Fapi/]',
  message: 'The CLI reaches use cases through the core, not the API; `ledger serve` loads @ledger/api.',
};
const noDynamicApiEntry = {
  selector: "ImportExpression[source.value='@ledger/api']",
  message: 'Only `ledger serve` (serve.command.ts) loads the API.',
};

function boundaries() {
  return [
    {
      files: ['libs/domain/**/*.ts'],
      ignores: TESTS,
      rules: { 'no-restricted-imports': restricted([...noIo('The domain'), ...ledgerImports('domain', [])]) },
    },
    {
      files: ['libs/projections/**/*.ts'],
      ignores: TESTS,
      rules: {
        'no-restricted-imports': restricted([
          ...noIo('libs/projections'),
          ...ledgerImports('projections', ['domain']),
        ]),
      },
    },
    {
      // The forecast is pure too; its testing/ helpers build ledgers with the projections' own.
      files: ['libs/forecast/**/*.ts'],
      ignores: [...TESTS, 'libs/forecast/src/testing/**'],
      rules: {
        'no-restricted-imports': restricted([
          ...noIo('libs/forecast'),
          ...ledgerImports('forecast', ['domain', 'projections']),
        ]),
      },
    },
    {
      files: ['libs/ssda903/**/*.ts'],
      ignores: [...TESTS, ...SSDA903_EDGES],
      rules: {
        'no-restricted-imports': restricted([
          ...noIo('libs/ssda903 outside reading/, load-gazetteer.ts and write-return.ts'),
          ...ledgerImports('ssda903', ['domain', 'projections']),
        ]),
      },
    },
    {
      files: SSDA903_EDGES,
      ignores: TESTS,
      rules: {
        'no-restricted-imports': restricted([
          { group: FRAMEWORKS, message: 'libs/ssda903 must not depend on frameworks, stores or adapters.' },
          ...ledgerImports('ssda903', ['domain', 'projections']),
        ]),
      },
    },
    {
      files: ['libs/event-store/**/*.ts'],
      rules: {
        'no-restricted-imports': restricted([
          {
            group: ['@nestjs/*', 'express', 'commander'],
            message: 'The store port and adapters know no framework.',
          },
          ...ledgerImports('event-store', []),
        ]),
      },
    },
    {
      files: ['libs/core/**/*.ts'],
      rules: {
        'no-restricted-imports': restricted(
          ledgerImports('core', ['domain', 'event-store', 'projections', 'forecast', 'ssda903']),
        ),
      },
    },
    {
      files: ['apps/api/**/*.ts'],
      rules: { 'no-restricted-imports': restricted([...apiImports, ...useCasesOnly]) },
    },
    {
      files: ['apps/cli/**/*.ts'],
      rules: {
        'no-restricted-imports': restricted([...cliImports, { paths: [apiEntry] }, ...useCasesOnly]),
        'no-restricted-syntax': ['error', noDynamicApiImport, noDynamicApiEntry],
      },
    },
    {
      // `ledger serve` starts the API through its public entry, and nothing else of it.
      files: ['apps/cli/src/commands/serve.command.ts'],
      rules: {
        'no-restricted-imports': restricted([...cliImports, ...useCasesOnly]),
        'no-restricted-syntax': ['error', noDynamicApiImport],
      },
    },
    {
      // Opening the ledger, starting a server, and the tests that build a ledger by hand: a
      // shell's own lifecycle, not a use case.
      files: [...SHELL_LIFECYCLE, ...TESTS.map((t) => `apps/${t}`)],
      rules: { 'no-restricted-imports': restricted(apiImports) },
    },
    {
      files: ['apps/cli/src/core-context.ts', 'apps/cli/**/*.spec.ts', 'apps/cli/**/*.int-spec.ts'],
      rules: { 'no-restricted-imports': restricted([...cliImports, { paths: [apiEntry] }]) },
    },
  ];
}

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
  // Boundaries between the libraries and apps (docs/architecture.md §1): which may import
  // which. ESLint keeps only the last `no-restricted-imports` that matches a file, so each
  // block below lists every restriction of its files.
  ...boundaries(),
  {
    // The forecast is reproducible: no clock, and randomness only through the seeded PRNG passed in.
    files: ['libs/forecast/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded PRNG passed in (libs/forecast/src/random.ts).',
        },
        { object: 'Date', property: 'now', message: 'The forecast reads no clock: pass the moment in.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'The forecast reads no clock: pass the moment in.',
        },
      ],
    },
  },
  {
    files: ['apps/cli/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
