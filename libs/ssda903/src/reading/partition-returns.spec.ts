import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateAuthority } from '../demo';
import { exportYear, writeReturn } from '../export';
import { IMPORTED_TABLES } from '../formats/table-columns';
import { partitionReturns } from './partition-returns';
import { readReturns } from './read-returns';
import type { Return } from './return';

const fixtures = join(__dirname, '__fixtures__', 'returns');

/** Every imported row as "year table file:line", sorted: two readings hold the same rows when these match. */
function rowsOf(returns: readonly Return[]): string[] {
  return returns
    .flatMap((r) =>
      IMPORTED_TABLES.flatMap((t) =>
        r.tables[t].map(
          (row) => `${r.year} ${t} ${row.source.file}:${row.source.line} ${JSON.stringify(row.values)}`,
        ),
      ),
    )
    .sort();
}

async function allPartitions(paths: string[], partitionBytes?: number) {
  const partitioned = await partitionReturns(paths, { partitionBytes });
  try {
    const parts: Return[][] = [];
    for (let i = 0; i < partitioned.partitions; i++) parts.push(await partitioned.readPartition(i));
    return { partitioned, parts };
  } finally {
    partitioned.dispose();
  }
}

describe('partitionReturns: the returns cut by child, on disk', () => {
  let dir: string;
  let bytes = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-partitions-spec-'));
    const authority = generateAuthority({ children: 80, seed: 11, years: 4 });
    for (const year of authority.years) {
      for (const file of await writeReturn(join(dir, 'returns'), year, exportYear(year, authority.records))) {
        bytes += statSync(file).size;
      }
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the rows, files and errors readReturns reads, whatever the number of partitions', async () => {
    for (const [paths, partitionBytes] of [
      [[fixtures], 100],
      [[join(dir, 'returns')], 4 * 1024],
      [[join(dir, 'returns')], undefined], // one partition, kept in memory
    ] as const) {
      const whole = await readReturns([...paths]);
      const { partitioned, parts } = await allPartitions([...paths], partitionBytes);
      expect(partitioned.partitions > 1).toBe(partitionBytes !== undefined);
      expect(rowsOf(parts.flat())).toEqual(rowsOf(whole.returns));
      expect(partitioned.fileErrors).toEqual(whole.fileErrors);
      expect(partitioned.rowErrors).toEqual(whole.rowErrors);
      expect([...partitioned.files].sort((a, b) => a.path.localeCompare(b.path))).toEqual(
        [...whole.files].sort((a, b) => a.path.localeCompare(b.path)),
      );
      expect(partitioned.years).toEqual(whole.returns.map((r) => r.year));
    }
  });

  it('puts all of a child\u2019s rows, from every file and year, in one partition', async () => {
    const { partitioned, parts } = await allPartitions([join(dir, 'returns')], 16 * 1024);
    expect(partitioned.partitions).toBeGreaterThan(4);
    const home = new Map<string, number>();
    parts.forEach((returns, i) => {
      for (const r of returns)
        for (const t of IMPORTED_TABLES)
          for (const row of r.tables[t]) {
            const child = row.values.CHILD;
            expect(home.get(child) ?? i).toBe(i);
            home.set(child, i);
            expect(partitioned.partitionOf(child)).toBe(i);
          }
    });
    expect(home.size).toBe(partitioned.children);
  });

  it('keeps each partition near its share of the files: the bound on what an import holds at once', async () => {
    const partitionBytes = 16 * 1024;
    const { partitioned, parts } = await allPartitions([join(dir, 'returns')], partitionBytes);
    expect(partitioned.partitions).toBe(Math.ceil(bytes / partitionBytes));
    const total = parts.reduce((sum, p) => sum + rowsOf(p).length, 0);
    const largest = Math.max(...parts.map((p) => rowsOf(p).length));
    // Children hash evenly: no partition holds more than twice its share of the rows.
    expect(largest).toBeLessThanOrEqual((2 * total) / partitioned.partitions);
  });
});
