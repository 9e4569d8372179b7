import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type RecordedEvent, SqliteEventStore } from '@ledger/event-store';
import { generateAuthority, type Return } from '@ledger/ssda903';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SystemClock } from '../clock/clock';
import { ChildCommandExecutor } from '../write/child-command-executor';
import { type ImportSummary } from './import-summary';
import { Ssda903Importer } from './ssda903-importer';

const AUTHORITY = 'E06000059';
const options = { authority: AUTHORITY, recordedBy: 'test' };

/** An importer on its own connection to the file, as a second process would have. */
function importerOn(file: string, batchChildren: number) {
  const clock = new SystemClock();
  const store = new SqliteEventStore({ file });
  const executor = new ChildCommandExecutor(store, clock, 3);
  return { store, importer: new Ssda903Importer(store, clock, executor, { batchChildren }) };
}

/** Each child's stream as (type, data): ids of new events differ by import, their content must not. */
async function childStreams(file: string): Promise<Map<string, string[]>> {
  const store = new SqliteEventStore({ file });
  const byStream = new Map<string, string[]>();
  try {
    const events: RecordedEvent[] = [];
    for await (const e of store.readAll()) events.push(e);
    for (const e of events.filter((x) => x.streamName.startsWith('child-'))) {
      const list = byStream.get(e.streamName) ?? [];
      list.push(`${e.type} ${JSON.stringify(e.data)}`);
      byStream.set(e.streamName, list);
    }
  } finally {
    await store.close();
  }
  return byStream;
}

/** The latest return with every CARPL move re-reasoned CREQB: an amendment of rows already imported. */
function amend(returns: readonly Return[]): { amended: Return[]; rows: number } {
  const latest = returns[returns.length - 1];
  let rows = 0;
  const episodes = latest.tables.episodes.map((row) => {
    if (row.values.REASON_PLACE_CHANGE !== 'CARPL') return row;
    rows += 1;
    return { ...row, values: { ...row.values, REASON_PLACE_CHANGE: 'CREQB' } };
  });
  return { amended: [{ ...latest, tables: { ...latest.tables, episodes } }], rows };
}

async function importTwiceAtOnce(file: string, returns: readonly Return[]): Promise<ImportSummary[]> {
  const a = importerOn(file, 7);
  const b = importerOn(file, 5);
  try {
    return await Promise.all([
      a.importer.importReturns(returns, options),
      b.importer.importReturns(returns, options),
    ]);
  } finally {
    await a.store.close();
    await b.store.close();
  }
}

async function importOnce(file: string, returns: readonly Return[]): Promise<ImportSummary> {
  const one = importerOn(file, 250);
  try {
    return await one.importer.importReturns(returns, options);
  } finally {
    await one.store.close();
  }
}

describe('two imports at once give the ledger one import gives, child by child', () => {
  let dir: string;
  const authority = generateAuthority({ children: 40, seed: 7, years: 3, authority: AUTHORITY });
  const returns = authority.returns;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-imports-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('into an empty ledger: every child once, none refused as already registered', async () => {
    const [a, b] = await importTwiceAtOnce(join(dir, 'twice.db'), returns);
    const single = await importOnce(join(dir, 'once.db'), returns);
    expect([...a.rowErrors, ...b.rowErrors]).toEqual([]);
    expect(a.children.skipped + b.children.skipped).toBe(0);
    // Each child was written by one of the two; the other found it there and wrote nothing.
    expect(a.children.imported + b.children.imported).toBe(single.children.imported);
    expect(a.events + b.events).toBe(single.events);
    expect(await childStreams(join(dir, 'twice.db'))).toEqual(await childStreams(join(dir, 'once.db')));
  });

  it('of a return amending earlier years: no fact recorded twice, no false void', async () => {
    const base = join(dir, 'base.db');
    await importOnce(base, returns);
    const { amended, rows } = amend(returns);
    expect(rows).toBeGreaterThan(3);
    copyFileSync(base, join(dir, 'twice.db'));
    copyFileSync(base, join(dir, 'once.db'));
    const [a, b] = await importTwiceAtOnce(join(dir, 'twice.db'), amended);
    const single = await importOnce(join(dir, 'once.db'), amended);
    expect(single.voided).toBeGreaterThan(0);
    expect(a.voided + b.voided).toBe(single.voided);
    expect(a.events + b.events).toBe(single.events);
    expect(a.children.imported + b.children.imported).toBe(single.children.imported);
    const twice = await childStreams(join(dir, 'twice.db'));
    expect(twice).toEqual(await childStreams(join(dir, 'once.db')));

    // A third import of the same return finds everything recorded: it voids nothing.
    const again = await importOnce(join(dir, 'twice.db'), amended);
    expect(again).toMatchObject({ events: 0, voided: 0 });
  });
});
