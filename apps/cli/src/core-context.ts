import { type ConfigOverrides, LedgerCoreModule, loadConfig } from '@ledger/core';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/** Runs `fn` with the same core module the API uses, then closes the store. */
export async function withCore<T>(
  overrides: ConfigOverrides,
  fn: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const config = loadConfig(process.env, overrides);
  const app = await NestFactory.createApplicationContext(LedgerCoreModule.forRoot({ config }), {
    logger: ['error'],
  });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}
