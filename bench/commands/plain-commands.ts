import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SCHEMA = resolve(__dirname, '../../libs/event-store/schema/sqlite.sql');

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
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.exec(readFileSync(SCHEMA, 'utf8'));
    const head = db.prepare<[string], { revision: number }>(
      'SELECT revision FROM streams WHERE stream_name = ?',
    );
    const insert = db.prepare(
      `INSERT INTO events (event_id, stream_name, stream_revision, type, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const upsert = db.prepare(
      `INSERT INTO streams (stream_name, revision, position) VALUES (?, ?, ?)
       ON CONFLICT (stream_name) DO UPDATE SET revision = excluded.revision, position = excluded.position`,
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
