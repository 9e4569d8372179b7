import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  ChildCommandExecutor,
  IMPORT_LOG_STREAM,
  Ssda903Importer,
  SystemClock,
  canonicalJson,
} from '@ledger/core';
import { type RecordedEvent, SqliteEventStore } from '@ledger/event-store';
import { exportYear, generateAuthority, writeReturn } from '@ledger/ssda903';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compiledCli } from '../../../../test/e2e/support/compiled-cli';

// Several CLI processes in turn on a machine shared with other test runs.
jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '../../../..');
/** The real CLI compiled once (the e2e suite's build, shared): a process that starts in a fraction of the time. */
const CLI = compiledCli();
const AUTHORITY = 'E06000059';
/** At most this many kills: each costs a CLI start. */
const KILLS = 3;

/** A seeded random, so that a failure can be replayed with the same kill points. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function childEvents(file: string): Map<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare<[], { stream_name: string; type: string; data: string }>(
        "SELECT stream_name, type, data FROM events WHERE stream_name LIKE 'child-%' ORDER BY position",
      )
      .all();
    const byStream = new Map<string, string[]>();
    // Compared in canonical form: the CLI's store keeps data with its keys in canonical order
    // (the hash chain's writer, docs/audit.md), the reference's bare store in the order given.
    for (const r of rows)
      byStream.set(r.stream_name, [
        ...(byStream.get(r.stream_name) ?? []),
        `${r.type} ${canonicalJson(JSON.parse(r.data))}`,
      ]);
    return byStream;
  } finally {
    db.close();
  }
}

function eventCount(file: string): number {
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM events').get()?.n ?? 0;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or the schema not yet written
  }
}

/** Checks the file, that every child is whole (as the reference holds it) or absent, and that the log explains every event. */
function checkIntegrity(file: string, reference: Map<string, string[]>): number {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const log = db
      .prepare<[string], { type: string; data: string }>(
        'SELECT type, data FROM events WHERE stream_name = ?',
      )
      .all(IMPORT_LOG_STREAM);
    const started = new Set(
      log.filter((e) => e.type === 'ImportStarted').map((e) => JSON.parse(e.data).importId),
    );
    const correlations = db
      .prepare<[], { c: string }>(
        "SELECT DISTINCT json_extract(metadata, '$.correlationId') AS c FROM events WHERE stream_name LIKE 'child-%'",
      )
      .all();
    for (const { c } of correlations) expect(started).toContain(c);
  } finally {
    db.close();
  }
  const held = childEvents(file);
  for (const [stream, events] of held) expect([stream, events]).toEqual([stream, reference.get(stream)]);
  return held.size;
}

/** Runs `ledger import` and kills it with SIGKILL once the ledger has grown past `after` events, after a random pause. */
function importAndMaybeKill(
  dir: string,
  file: string,
  kill: { after: number; pauseMs: number } | undefined,
): Promise<{ killed: boolean; code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, 'import', dir, '--authority', AUTHORITY, '--db', file], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  let killed = false;
  let timer: NodeJS.Timeout | undefined;
  if (kill) {
    const watch = () => {
      // Past its own start entry: a batch of children is in, the next ones are being planned or written.
      if (eventCount(file) > kill.after + 1) {
        timer = setTimeout(() => {
          killed = child.kill('SIGKILL');
        }, kill.pauseMs);
      } else timer = setTimeout(watch, 5);
    };
    watch();
  }
  return new Promise((done) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ killed: killed && code === null, code, stdout, stderr });
    }),
  );
}

describe('ledger import killed with SIGKILL at random points', () => {
  let dir: string;
  let returns: string;
  let reference: Map<string, string[]>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-kill-'));
    returns = join(dir, 'returns');
    // About 1,100 children in the returns: five appends of 250, so that a kill a few tens of
    // milliseconds after the first one lands still finds the import running on a fast machine.
    const authority = generateAuthority({ children: 500, seed: 3, years: 4, authority: AUTHORITY });
    for (const year of authority.years) await writeReturn(returns, year, exportYear(year, authority.records));
    // The reference: one import that ran to its end, in this process, of the same files.
    const store = new SqliteEventStore({ file: join(dir, 'reference.db') });
    const clock = new SystemClock();
    const importer = new Ssda903Importer(store, clock, new ChildCommandExecutor(store, clock, 3));
    const summary = await importer.importFiles([returns], { authority: AUTHORITY, recordedBy: 'test' });
    await store.close();
    expect(summary.children.skipped).toBe(0);
    reference = childEvents(join(dir, 'reference.db'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves every child whole or absent, every event explained by the log, and a re-run completes it', async () => {
    const file = join(dir, 'killed.db');
    const random = seeded(Number(process.env.KILL_SEED ?? Date.now() % 1_000_003));
    let kills = 0;
    let finished = false;
    for (let attempt = 0; attempt < KILLS && !finished; attempt++) {
      const run = await importAndMaybeKill(returns, file, {
        // A random point: past the start entry and up to a few thousand events on (a batch or two).
        after: eventCount(file) + Math.floor(random() * 3000),
        pauseMs: Math.floor(random() * 60),
      });
      if (run.killed) kills += 1;
      else finished = true;
      const held = checkIntegrity(file, reference);
      if (process.env.KILL_TRACE) console.log({ attempt, killed: run.killed, held, of: reference.size });
    }
    const rerun = await importAndMaybeKill(returns, file, undefined);
    expect(rerun.code).toBe(0);
    expect(checkIntegrity(file, reference)).toBe(reference.size);
    // Child by child the ledger is the one a single import gives: nothing twice, nothing missing.
    expect(childEvents(file)).toEqual(reference);
    const log = await readLog(file);
    expect(log.filter((e) => e.type === 'ImportStarted')).toHaveLength(kills + (finished ? 1 : 0) + 1);
    expect(log.at(-1)?.type).toBe('ReturnsImported');
    expect(kills).toBeGreaterThan(0);
  });
});

async function readLog(file: string): Promise<RecordedEvent[]> {
  const store = new SqliteEventStore({ file });
  try {
    const out: RecordedEvent[] = [];
    for await (const e of store.readStream(IMPORT_LOG_STREAM)) out.push(e);
    return out;
  } finally {
    await store.close();
  }
}
