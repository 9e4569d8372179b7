/**
 * The fair baseline for group commit: a bare `node:http` server, started as `ledger serve` is (its
 * own process, TypeScript through @swc-node/register), that answers every POST with exactly one
 * durable better-sqlite3 transaction: read the stream's revision, insert one event row, write the
 * stream's row, commit (WAL, synchronous=FULL: one fsync per request). No framework, no
 * validation beyond JSON.parse, no decision, no hash: what one fsync per command costs over HTTP.
 *
 * Run as `node -r @swc-node/register bench/commands/bare-server.ts FILE`; prints
 * `listening on http://127.0.0.1:PORT` once it listens, and stops on SIGTERM.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { openPlainLedger } from '../plain-ledger';

function main(file: string): void {
  const { db, insertEvent: insert, upsertStream: upsert } = openPlainLedger(file, { safeIntegers: true });
  const head = db.prepare<[string], { revision: bigint }>(
    'SELECT revision FROM streams WHERE stream_name = ?',
  );
  const command = db.transaction((stream: string, data: unknown, key: string) => {
    const revision = (head.get(stream)?.revision ?? -1n) + 1n;
    const recordedAt = new Date().toISOString();
    const id = randomUUID();
    const metadata = { recordedAt, recordedBy: 'bench', commandId: key };
    const { lastInsertRowid } = insert.run(
      id,
      stream,
      revision,
      'ChildDetailsUpdated',
      JSON.stringify(data),
      JSON.stringify(metadata),
      recordedAt,
    );
    upsert.run(stream, revision, lastInsertRowid);
    return { id, revision: revision.toString(), position: lastInsertRowid.toString() };
  });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        const data = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
        const stream = `child-${(req.url ?? '/').split('/')[2] ?? 'none'}`;
        const key = String(req.headers['idempotency-key'] ?? randomUUID());
        const written = command.immediate(stream, data, key);
        const body = JSON.stringify({ childId: stream.slice(6), ...written, events: [written] });
        res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (error) {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end(String(error));
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    db.close();
    process.exit(0);
  });
}

main(process.argv[2] ?? 'bare.db');
