import { type LedgerConfig, loadConfig, ReadModelsService } from '@ledger/core';
import { SqliteEventStore } from '@ledger/event-store';
import { type Command } from 'commander';

/**
 * Opens and closes the embedded store before the API starts, so that a ledger that cannot be
 * opened is one line and an exit status (main.ts), not a stack trace; returns whether it was
 * created.
 */
async function checkStore(config: LedgerConfig): Promise<boolean> {
  if (config.store.kind !== 'sqlite') return false;
  const store = new SqliteEventStore({ file: config.store.file, readOnly: config.readOnly });
  await store.close();
  return store.created;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the HTTP API (OpenAPI at /docs); creates the ledger if there is none')
    .option('--db <file>', 'embedded store file (default ./data/ledger.db, or LEDGER_DB_FILE)')
    .option('--port <port>', 'port to listen on (default 3000, or LEDGER_PORT)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1, or LEDGER_HOST)')
    .option(
      '--read-only',
      'serve the queries of an existing ledger without ever writing it; commands answer 409 LEDGER.READ_ONLY',
    )
    .action(async (options: { db?: string; port?: string; host?: string; readOnly?: boolean }) => {
      const config = loadConfig(process.env, options);
      const { assertListenAllowed, authModeLine } = await import('../../../api/src/auth/local-mode');
      assertListenAllowed(config);
      if (await checkStore(config))
        console.error(`Created a new ledger at ${config.store.kind === 'sqlite' ? config.store.file : ''}`);
      // Loaded here, not at the top: the other commands start without the API and its pages.
      const { createApi } = await import('../../../api/src/create-api');
      const { loadUiConfig } = await import('../../../api/src/ui/ui-config');
      const app = await createApi({ config, ui: loadUiConfig(process.env) });
      await app.listen(config.http.port, config.http.host);
      const where = config.store.kind === 'sqlite' ? `embedded store ${config.store.file}` : 'EventStoreDB';
      // Warm the read models in the background, so the first measures query is fast.
      app
        .get(ReadModelsService)
        .warm()
        .catch((error: unknown) => console.error(`Read models could not start: ${String(error)}`));
      console.log(
        `Placement Ledger listening on ${await app.getUrl()} (${where}${config.readOnly ? ', read-only' : ''}; ${authModeLine(config)}); API docs at /docs, pages at /ui`,
      );
    });
}
