import { randomUUID } from 'node:crypto';
import { openPlainLedger } from '../plain-ledger';

/**
 * The floor for single commands: a bare better-sqlite3 loop on the adapter's schema and pragmas
 * (WAL, synchronous=FULL), each command one durable transaction that reads the stream's head,
 * inserts one event row and writes the stream's row. One writer, no HTTP, no decision.
 */
export function plainCommands(
  file: string,
  streams: number,
  commands: number,
): { ms: number; latencies: number[] } {
  const { db, insertEvent: insert, upsertStream: upsert } = openPlainLedger(file);
  try {
    const head = db.prepare<[string], { revision: number }>(
      'SELECT revision FROM streams WHERE stream_name = ?',
    );
    const command = db.transaction((stream: string, data: unknown) => {
      const revision = (head.get(stream)?.revision ?? -1) + 1;
      const metadata = { recordedAt: new Date().toISOString(), recordedBy: 'bench', commandId: randomUUID() };
      const { lastInsertRowid } = insert.run(
        randomUUID(),
        stream,
        revision,
        'ChildDetailsUpdated',
        JSON.stringify(data),
        JSON.stringify(metadata),
        metadata.recordedAt,
      );
      upsert.run(stream, revision, lastInsertRowid);
    });
    const latencies: number[] = [];
    const started = performance.now();
    for (let i = 0; i < commands; i++) {
      const sent = performance.now();
      command.immediate(`child-P${i % streams}`, {
        effectiveDate: '2020-01-01',
        homePostcode: `DT${i % 9} 1AA`,
      });
      latencies.push(performance.now() - sent);
    }
    return { ms: performance.now() - started, latencies };
  } finally {
    db.close();
  }
}
