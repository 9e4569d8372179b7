import { type LedgerConfig, ReadModelsService } from '@ledger/core';
import { SqliteEventStore } from '@ledger/event-store';
import { type INestApplication } from '@nestjs/common';
import { assertListenAllowed } from './auth/local-mode';
import { createApi } from './create-api';
import { loadUiConfig } from './ui/ui-config';

/**
 * Before the API starts: refuses an address that sign-in does not allow, and opens and closes the
 * embedded store, so that a ledger that cannot be opened is one line and an exit status (the
 * CLI's main.ts), not a stack trace.
 * @returns whether opening the store created the ledger.
 */
export async function prepareToServe(config: LedgerConfig): Promise<boolean> {
  assertListenAllowed(config);
  if (config.store.kind !== 'sqlite') return false;
  const store = new SqliteEventStore({ file: config.store.file, readOnly: config.readOnly });
  await store.close();
  return store.created;
}

export interface Serving {
  readonly app: INestApplication;
  readonly url: string;
}

/**
 * Starts the HTTP API on the configured address (the pages' settings read from `env`), then warms
 * the read models in the background so that the first measures query is fast; a failure to warm
 * goes to `onWarmFailed`, the server stays up.
 */
export async function serve(
  config: LedgerConfig,
  env: Record<string, string | undefined>,
  onWarmFailed: (error: unknown) => void,
): Promise<Serving> {
  const app = await createApi({ config, ui: loadUiConfig(env) });
  await app.listen(config.http.port, config.http.host);
  app.get(ReadModelsService).warm().catch(onWarmFailed);
  return { app, url: await app.getUrl() };
}
