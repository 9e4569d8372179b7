import { EVENT_STORE, fillDemo, loadConfig, Ssda903Importer } from '@ledger/core';
import { type EventStore } from '@ledger/event-store';
import { type INestApplication } from '@nestjs/common';
import { createServer } from 'node:net';
import { createApi } from '../../../apps/api/src/create-api';
import { loadUiConfig } from '../../../apps/api/src/ui/ui-config';
import { call } from '../../e2e/support/api-harness';
import { CHILD_ID, journeySteps, registration } from '../../e2e/support/journey';

export interface RunningLedger {
  readonly url: string;
  readonly app: INestApplication;
  close(): Promise<void>;
}

/** A free loopback port, for a server whose address must be known before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The real API and pages on loopback over a real SQLite file, with the pages' settings given. */
export async function startLedger(
  dbFile: string,
  uiEnv: Record<string, string>,
  port = 0,
): Promise<RunningLedger> {
  const config = loadConfig({}, { db: dbFile, port });
  const app = await createApi({ config, ui: loadUiConfig(uiEnv), logLevels: ['error'] });
  await app.listen(port, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('localhost', '127.0.0.1');
  return { url, app, close: () => app.close() };
}

/** A small generated authority through the import path: three years of returns. */
export async function fillSmallDemo(ledger: RunningLedger): Promise<void> {
  await fillDemo(ledger.app.get<EventStore>(EVENT_STORE), ledger.app.get(Ssda903Importer), {
    children: 40,
    seed: 7,
    authority: 'E06000059',
    years: 3,
  });
}

/**
 * The hand-made child C1001 through the API, then a correction: the adoption match is voided.
 * Returns the ledger position just before the correction.
 */
export async function recordHandMadeChild(
  url: string,
): Promise<{ beforeCorrection: string; matchId: string }> {
  const who = { 'X-Recorded-By': 'sw-0042' };
  expectCreated(await call(url, 'POST', '/children', registration, who));
  for (const [path, body] of journeySteps)
    expectCreated(await call(url, 'POST', `/children/${CHILD_ID}/${path}`, body, who));
  const history = await call(url, 'GET', `/children/${CHILD_ID}/history`);
  const entries = history.body.entries as { type: string; eventId: string; position: string }[];
  const match = entries.find((e) => e.type === 'AdoptionMatched')!;
  const beforeCorrection = entries
    .map((e) => BigInt(e.position))
    .reduce((a, b) => (a > b ? a : b))
    .toString();
  expectCreated(
    await call(
      url,
      'POST',
      `/children/${CHILD_ID}/voids`,
      { eventId: match.eventId, reason: 'Match keyed against the wrong child' },
      {
        'X-Recorded-By': 'auditor-7',
      },
    ),
  );
  return { beforeCorrection, matchId: match.eventId };
}

function expectCreated(res: { status: number; body: unknown }): void {
  if (res.status !== 201) throw new Error(`Expected 201, got ${res.status}: ${JSON.stringify(res.body)}`);
}
