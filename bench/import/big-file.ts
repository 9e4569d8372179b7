import { createReadStream, createWriteStream, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { inChildProcess } from './child-run';

export interface BigFileResult {
  readonly episodesBytes: number;
  readonly totalBytes: number;
  readonly children: number;
  readonly commands: number;
  readonly partitions: number;
  readonly ms: number;
  readonly partitionedMs: number;
  readonly peakMb: number;
}

/**
 * Writes `copies` copies of a CSV file's rows, each copy's CHILD values made its own within the
 * 10 characters a CHILD may have (`D0000046` -> `01b0000046`: the copy in base 36 for the letter).
 */
async function replicate(from: string, to: string, copies: number): Promise<void> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(from), crlfDelay: Infinity })) {
    if (line) lines.push(line);
  }
  const [header, ...rows] = lines;
  const childAt = header.split(',').indexOf('CHILD');
  const out = createWriteStream(to);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(`${header}\r\n`);
  for (let copy = 0; copy < copies; copy++) {
    const chunk = rows
      .map((row) => {
        const cells = row.split(',');
        cells[childAt] = `${copy.toString(36).padStart(3, '0')}${cells[childAt].slice(1)}`;
        return cells.join(',');
      })
      .join('\r\n');
    await write(`${chunk}\r\n`);
  }
  await new Promise<void>((r) => out.end(() => r()));
}

/**
 * One year's return grown to an episodes file of about `megabytes` MB (a pooled extract): the
 * latest year of the authority's files copied over and over with fresh child ids. Then the
 * import's read path runs on it in a process of its own, which reports its peak memory.
 */
export async function benchBigFile(csvDir: string, dir: string, megabytes: number): Promise<BigFileResult> {
  const files = readdirSync(csvDir).filter((f) => f.endsWith('.csv'));
  const latestYear = files
    .map((f) => /(\d{4}-\d{2})/.exec(f)?.[1] ?? '')
    .sort()
    .at(-1)!;
  const year = files.filter((f) => f.includes(latestYear));
  const episodes = year.find((f) => f.includes('episodes'))!;
  const copies = Math.max(1, Math.ceil((megabytes * 1024 * 1024) / statSync(join(csvDir, episodes)).size));
  const out = join(dir, 'big', latestYear);
  mkdirSync(out, { recursive: true });
  for (const f of year) await replicate(join(csvDir, f), join(out, f), copies);
  const totalBytes = year.reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
  const read = await inChildProcess<Omit<BigFileResult, 'episodesBytes' | 'totalBytes'>>(['read', out]);
  return { ...read, episodesBytes: statSync(join(out, episodes)).size, totalBytes };
}
