// Jest setup for the `e2e-esdb` project: the harness runs each API on the EventStoreDB adapter.
process.env.LEDGER_E2E_STORE = 'esdb-wire';
