import { type Clock, loadConfig } from '@ledger/core';
import { type INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../../apps/api/src/create-api';
import { releaseStore, storeEnv } from './store-under-test';

export interface RunningApi {
  readonly url: string;
  readonly dbFile: string;
  readonly app: INestApplication;
  close(): Promise<void>;
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix = 'ledger-e2e-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts the real API on a loopback port over a real SQLite file (or the configured store). */
export async function startApi(options: {
  dbFile: string;
  env?: Record<string, string>;
  /** Settings added to the store's (sign-in, limits), keeping the store under test. */
  extraEnv?: Record<string, string>;
  clock?: Clock;
}): Promise<RunningApi> {
  const env = { ...(options.env ?? (await storeEnv(options.dbFile))), ...options.extraEnv };
  const onEsdb = env.EVENTSTORE_CONNECTION_STRING !== undefined;
  const config = loadConfig(env, { db: onEsdb ? undefined : options.dbFile, port: 0 });
  const app = await createApi({ config, clock: options.clock, logLevels: ['error'] });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const close = async () => {
    await app.close();
    if (!options.env) await releaseStore(options.dbFile);
  };
  return { url, dbFile: options.dbFile, app, close };
}

/**
 * The real API on a fresh temporary ledger for the enclosing `describe`: started in a
 * `beforeAll` registered here (so it runs before the suite's own), closed and its folder removed
 * in an `afterAll`. Read the handle's fields inside tests and hooks, once the API is up.
 */
export function apiPerSuite(): RunningApi {
  const tmp = tempDir();
  let api: RunningApi | undefined;
  beforeAll(async () => {
    api = await startApi({ dbFile: `${tmp.dir}/ledger.db` });
  });
  afterAll(async () => {
    await api?.close();
    tmp.remove();
  });
  const up = (): RunningApi => {
    if (!api) throw new Error('The API starts in beforeAll: read it inside a test or a hook');
    return api;
  };
  return {
    get url() {
      return up().url;
    },
    get dbFile() {
      return up().dbFile;
    },
    get app() {
      return up().app;
    },
    close: () => up().close(),
  };
}

export interface ApiResponse<T = any> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** One HTTP call with the platform's fetch: the tests speak to the server as any client would. */
export async function call<T = any>(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiResponse<T>> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as T) : (undefined as T),
    headers: response.headers,
  };
}
