import { type ConfigOverrides, EVENT_STORE, LedgerCoreModule, loadConfig } from '@ledger/core';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type Command, CommandBus, type Query, QueryBus } from '@nestjs/cqrs';

/**
 * Runs `fn` with the same core module the API uses, then closes the store. Read commands
 * pass `readOnly: true`: the ledger must exist and is never written. Commands that may create
 * a ledger say so on standard error (standard output stays the command's answer). Private: a
 * CLI command reaches the core only through {@link query} and {@link command}.
 */
async function withCore<T>(
  overrides: ConfigOverrides,
  fn: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const config = loadConfig(process.env, overrides);
  // abortOnError off: a ledger that cannot be opened reaches main()'s one-line message and
  // exit status instead of Nest's stack trace and exit.
  const app = await NestFactory.createApplicationContext(LedgerCoreModule.forRoot({ config }), {
    logger: false,
    abortOnError: false,
  });
  app.useLogger(['error']);
  reportCreated(app);
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

/**
 * Sends one query over the core's QueryBus, as a controller of the API does. Most reads pass
 * `readOnly: true`; the audit's reads and the forecast open the ledger as they always have.
 */
export function query<R>(overrides: ConfigOverrides, message: Query<R>): Promise<R> {
  return withCore(overrides, (app) => app.get(QueryBus).execute(message));
}

/** Sends one command over the core's CommandBus, as the API does; the ledger is created if there is none. */
export function command<R>(overrides: ConfigOverrides, message: Command<R>): Promise<R> {
  return withCore(overrides, (app) => app.get(CommandBus).execute(message));
}

/** Tells the user when opening the ledger created it (a mistyped --db shows at once). */
function reportCreated(app: INestApplicationContext): void {
  const store = app.get<{ created?: boolean; file?: string }>(EVENT_STORE);
  if (store.created) console.error(`Created a new ledger at ${store.file}`);
}
