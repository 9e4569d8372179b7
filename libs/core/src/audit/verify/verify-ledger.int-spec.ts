import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@ledger/event-store';
import { ChainedEventStore } from '../chain/chained-event-store';
import { CheckpointWriter } from '../checkpoints/checkpoint-writer';
import { SigningKey } from '../signing/signing-key';
import { verifyLedger } from './verify-ledger';
import { type Finding } from './findings';

const clock = { now: () => new Date('2025-01-01T00:00:00Z') };

/** A ledger file with three streams of five events, a checkpoint, and its key beside it. */
async function ledger(options: { keyFile?: string; offset?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-audit-'));
  const file = join(dir, 'ledger.db');
  const keyFile = options.keyFile ?? join(dir, 'keys', 'audit.pem');
  const store = new ChainedEventStore(new SqliteEventStore({ file }));
  for (let round = 0; round < 5; round++) {
    for (const child of ['child-A', 'child-B', 'child-C']) {
      await store.appendToStream(
        child,
        [
          {
            id: randomUUID(),
            type: 'Noted',
            data: { effectiveDate: `2024-0${round + 1}-01`, n: round + (options.offset ?? 0) },
            metadata: { recordedAt: `2024-0${round + 1}-02T00:00:00Z` },
          },
        ],
        { expectedRevision: round === 0 ? 'no_stream' : BigInt(round - 1) },
      );
    }
  }
  const writer = new CheckpointWriter(store, clock, () => SigningKey.openOrCreate(keyFile));
  const checkpoint = await writer.take('on-demand', 'auditor');
  await store.close();
  const open = () => new ChainedEventStore(new SqliteEventStore({ file }));
  // Every case is verified twice: in one pass, and with the log read in two parts at once (a
  // worker thread reads the later half and the parts are joined), which must report the same.
  const verify = async (outside: { file: string; text: string }[] = []) => {
    const s = open();
    try {
      const options = {
        verifier: SigningKey.openOrCreate(keyFile).verifier,
        outside,
        contiguousPositions: true,
      };
      const report = await verifyLedger(s, options);
      expect(await verifyLedger(s, { ...options, twoPartsFrom: 2 })).toEqual(report);
      return report;
    } finally {
      await s.close();
    }
  };
  const sql = (statement: string) => {
    const db = new Database(file);
    try {
      // A tamperer is not held back by the schema's foreign keys.
      db.pragma('foreign_keys = OFF');
      db.exec(statement);
    } finally {
      db.close();
    }
  };
  return {
    dir,
    file,
    keyFile,
    checkpoint,
    open,
    verify,
    sql,
    writer,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const brief = (f: Finding) => ({
  kind: f.kind,
  stream: f.stream,
  revision: f.revision,
  position: f.position,
});

describe('verify (SQLite file tampered with directly)', () => {
  let l: Awaited<ReturnType<typeof ledger>>;
  beforeEach(async () => {
    l = await ledger();
  });
  afterEach(() => l.remove());

  // Positions: round r, child c (A=0, B=1, C=2) is at 3r + c + 1; the checkpoint event is 16.
  const checkpointRoot = {
    kind: 'checkpoint-root',
    stream: 'ledger-audit-checkpoints',
    revision: '0',
    position: '15',
  };

  it('an untouched ledger verifies, with its checkpoint', async () => {
    const report = await l.verify([{ file: 'cp-1.txt', text: l.checkpoint.note }]);
    expect(report).toMatchObject({
      ok: true,
      events: 16,
      streams: 4,
      position: '16',
      checkpoints: 1,
      outsideCheckpoints: 1,
      findings: [],
    });
    expect(l.checkpoint).toMatchObject({ sequence: 1, position: '15', count: 15 });
  });

  it('reports an edited event: UPDATE a row’s data', async () => {
    l.sql(
      `UPDATE events SET data = json_set(data, '$.n', 99) WHERE stream_name = 'child-B' AND stream_revision = 2`,
    );
    const report = await l.verify();
    expect(report.ok).toBe(false);
    expect(report.findings.map(brief)).toEqual([
      { kind: 'event-edited', stream: 'child-B', revision: '2', position: '8' },
      checkpointRoot,
    ]);
  });

  it('reports a deleted event: DELETE a row', async () => {
    l.sql(`DELETE FROM events WHERE stream_name = 'child-C' AND stream_revision = 1`);
    const report = await l.verify();
    expect(report.findings.map(brief)).toEqual([
      checkpointRoot,
      { kind: 'event-deleted', stream: 'child-C', revision: '1', position: '6' },
    ]);
  });

  it('reports a stream deleted whole, with each of its revisions and positions', async () => {
    l.sql(
      `DELETE FROM events WHERE stream_name = 'child-A'; DELETE FROM streams WHERE stream_name = 'child-A'`,
    );
    const report = await l.verify();
    expect(report.findings.map(brief)).toEqual([
      checkpointRoot,
      { kind: 'stream-deleted', stream: 'child-A', revision: '0', position: '1' },
    ]);
    expect(report.findings[1]).toMatchObject({
      revisions: ['0', '1', '2', '3', '4'],
      positions: ['1', '4', '7', '10', '13'],
    });
  });

  it('reports a reordered stream: two revisions swapped', async () => {
    l.sql(`UPDATE events SET stream_revision = 100 WHERE stream_name = 'child-A' AND stream_revision = 1;
           UPDATE events SET stream_revision = 1 WHERE stream_name = 'child-A' AND stream_revision = 2;
           UPDATE events SET stream_revision = 2 WHERE stream_name = 'child-A' AND stream_revision = 100;`);
    const report = await l.verify();
    expect(report.findings.map(brief)).toEqual([
      { kind: 'event-reordered', stream: 'child-A', revision: '2', position: '4' },
      { kind: 'event-reordered', stream: 'child-A', revision: '1', position: '7' },
      checkpointRoot,
    ]);
  });

  it('reports an inserted event', async () => {
    l.sql(`INSERT INTO events (event_id, stream_name, stream_revision, type, data, metadata, recorded_at)
           SELECT 'forged', stream_name, 5, type, data, metadata, recorded_at FROM events WHERE stream_name = 'child-B' AND stream_revision = 4`);
    const report = await l.verify();
    expect(report.findings.map(brief)).toEqual([
      { kind: 'event-inserted', stream: 'child-B', revision: '5', position: '17' },
    ]);
  });

  it('reports a truncated log against the outside copy of a later checkpoint', async () => {
    const store = l.open();
    await store.appendToStream(
      'child-A',
      [{ id: randomUUID(), type: 'Noted', data: { effectiveDate: '2024-07-01' }, metadata: {} }],
      { expectedRevision: 4n },
    );
    const later = await new CheckpointWriter(store, clock, () => SigningKey.openOrCreate(l.keyFile)).take(
      'on-demand',
      'auditor',
    );
    await store.close();
    expect(later).toMatchObject({ sequence: 2, position: '17', count: 17 });
    l.sql(`DELETE FROM events WHERE position >= 17; DELETE FROM streams WHERE position >= 17`);
    const report = await l.verify([{ file: 'cp-2.txt', text: later.note }]);
    expect(report.findings.map(brief)).toEqual([
      { kind: 'log-truncated', stream: null, revision: null, position: '17' },
      { kind: 'checkpoint-missing', stream: 'ledger-audit-checkpoints', revision: null, position: '17' },
    ]);
  });

  it('reports every checkpoint’s signature when the key is replaced', async () => {
    rmSync(l.keyFile);
    SigningKey.openOrCreate(l.keyFile);
    const report = await l.verify([{ file: 'cp-1.txt', text: l.checkpoint.note }]);
    expect(report.findings.map((f) => [f.kind, f.checkpoint, f.file ?? null])).toEqual([
      ['checkpoint-signature', 1, null],
      ['checkpoint-signature', 1, 'cp-1.txt'],
    ]);
  });

  it('without a public key, checks everything else and reports each signature it could not check', async () => {
    const s = l.open();
    try {
      const report = await verifyLedger(s, { verifier: undefined, contiguousPositions: true });
      expect(report.keyId).toBeNull();
      expect(report.findings.map((f) => [f.kind, f.checkpoint])).toEqual([['checkpoint-signature', 1]]);
      expect(report.findings[0].message).toContain('no public key');
    } finally {
      await s.close();
    }
  });

  it('reports a forked history: a checkpoint of the same size signed over another log', async () => {
    // The same key signs a checkpoint of the same size over a log whose events differ.
    const other = await ledger({ keyFile: l.keyFile, offset: 10 });
    try {
      expect(other.checkpoint).toMatchObject({ sequence: 1, count: 15 });
      expect(other.checkpoint.root).not.toBe(l.checkpoint.root);
      const report = await l.verify([{ file: 'fork.txt', text: other.checkpoint.note }]);
      expect(report.findings.map((f) => [f.kind, f.checkpoint, f.file ?? null])).toEqual([
        ['checkpoint-root', 1, 'fork.txt'],
        ['checkpoint-fork', 1, 'fork.txt'],
      ]);
    } finally {
      other.remove();
    }
  });

  it('refuses a key file that others may read', () => {
    writeFileSync(join(l.dir, 'open.pem'), 'x', { mode: 0o644 });
    expect(() => SigningKey.openOrCreate(join(l.dir, 'open.pem'))).toThrow(/readable by others/);
  });
});
