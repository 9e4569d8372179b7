// Three tiers (docs/architecture.md §5): unit specs next to the code, integration specs against the
// real SQLite store (and the loopback EventStoreDB wire server), end-to-end over HTTP and the CLI.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@ledger/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@ledger/event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^@ledger/projections$': '<rootDir>/libs/projections/src/index.ts',
    '^@ledger/forecast$': '<rootDir>/libs/forecast/src/index.ts',
    '^@ledger/ssda903$': '<rootDir>/libs/ssda903/src/index.ts',
    '^@ledger/core$': '<rootDir>/libs/core/src/index.ts',
    '^@ledger/api$': '<rootDir>/apps/api/src/index.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  // Global, not per project: Jest reads testTimeout from the top-level config only.
  testTimeout: 60000,
  // Jest's default (cores - 1) is one worker on a 2-core machine, which leaves a core idle
  // while a suite waits on its store or a CLI process: two workers use both.
  maxWorkers: Math.max(2, require('node:os').availableParallelism() - 1),
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/docs/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/e2e/support/build-cli.global-setup.ts',
    },
    // The same end-to-end suite with the API on the EventStoreDB adapter, through the loopback
    // server in test/esdb-wire-server that speaks EventStoreDB's gRPC protocol.
    {
      ...common,
      displayName: 'e2e-esdb',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/e2e/support/use-esdb-wire-server.ts'],
      globalSetup: '<rootDir>/test/e2e/support/build-cli.global-setup.ts',
      // Only the suites whose outcome can depend on the store run twice. Opening the embedded
      // store's file has no EventStoreDB counterpart; the others below exercise what sits in front
      // of the store (sign-in, the body reader and query rules, headers, the import's file checks,
      // OpenAPI and the CLI's own messages) or a read path the measures suites already cover on
      // both stores (the forecast reads the same timelines), and gain nothing from a second run.
      testPathIgnorePatterns: [
        ...common.testPathIgnorePatterns,
        ...[
          'opening-a-ledger',
          'auth',
          'hardening',
          'input-refusals',
          'random-input',
          'import-input',
          'docs-and-cli',
          'forecast',
        ].map((name) => `/test/e2e/${name}\\.e2e-spec\\.ts$`),
      ],
    },
    // The pages in a real browser: Debian's Chromium driven by playwright-core (one browser per run).
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
    // Runs the contract and API suites against a real EventStoreDB: EVENTSTORE_CONNECTION_STRING must be set.
    {
      ...common,
      displayName: 'esdb',
      testMatch: ['<rootDir>/test/esdb/**/*.esdb-spec.ts'],
    },
  ],
};
