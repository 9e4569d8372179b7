import { loadConfig, ReadModelsService } from '@ledger/core';
import { type Command } from 'commander';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the HTTP API (OpenAPI at /docs)')
    .option('--db <file>', 'embedded store file (default ./data/ledger.db, or LEDGER_DB_FILE)')
    .option('--port <port>', 'port to listen on (default 3000, or LEDGER_PORT)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1, or LEDGER_HOST)')
    .action(async (options: { db?: string; port?: string; host?: string }) => {
      const config = loadConfig(process.env, options);
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
        `Placement Ledger listening on ${await app.getUrl()} (${where}); API docs at /docs, pages at /ui`,
      );
    });
}
