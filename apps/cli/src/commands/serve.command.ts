import { loadConfig } from '@ledger/core';
import { type Command } from 'commander';

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
      // Loaded here, not at the top: the other commands start without the API and its pages.
      const { authModeLine, prepareToServe, serve } = await import('@ledger/api');
      if (await prepareToServe(config))
        console.error(`Created a new ledger at ${config.store.kind === 'sqlite' ? config.store.file : ''}`);
      const { url } = await serve(config, process.env, (error: unknown) =>
        console.error(`Read models could not start: ${String(error)}`),
      );
      const where = config.store.kind === 'sqlite' ? `embedded store ${config.store.file}` : 'EventStoreDB';
      console.log(
        `Placement Ledger listening on ${url} (${where}${config.readOnly ? ', read-only' : ''}; ${authModeLine(config)}); API docs at /docs, pages at /ui`,
      );
    });
}
