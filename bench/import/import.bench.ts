/**
 * How fast the ledger imports SSDA903 returns: ten years of one authority (~3,000 children) from
 * CSV through the real import path (behind the hash chain, as `ledger import` runs it), against a
 * bare better-sqlite3 insert loop writing the same rows on the same schema (500 rows a
 * transaction); beside it the write stage alone (the same import from returns already parsed) and
 * the import without the chain, so that the reader sees where the time goes; the import's read
 * path on one return with a 200 MB episodes file; then the national scale (~80,000 looked after)
 * from CSV files.
 * Run with `npm run bench:import -- [--skip-national] [--big-file-mb N] [--national-children N]`
 * (`--help` lists the rest; `--big-file-mb 0` skips the big file).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AuthorityCsv,
  type AuthorityImport,
  importAuthorityCsv,
  importWriteStage,
  writeAuthorityCsv,
  type WriteStage,
} from './authority-import';
import { parseBenchOptions } from './bench-options';
import { count, load, median, perSecond, rate, seconds } from './format';
import { benchBigFile, type BigFileResult } from './big-file';
import { importNational, type NationalResult } from './national-import';
import {
  appendsOf,
  PLAIN_ROWS_PER_TRANSACTION,
  type PlainAppend,
  plainInsert,
  type PlainResult,
} from './plain-insert';

interface Round {
  readonly ours: AuthorityImport;
  readonly plain: PlainResult;
  readonly writeStage: WriteStage;
  readonly unchained: AuthorityImport;
}

/** The medians over the rounds, each figure on its own (the ratio is of the median rates). */
interface AuthorityFigures {
  readonly children: number;
  readonly events: number;
  readonly wallMs: number;
  readonly readMs: number;
  readonly beforeFirstChildMs: number;
  readonly ours: number;
  readonly plain: number;
  /** importReturns on returns already read and parsed: events/s. */
  readonly writeStage: number;
  readonly writeStageMs: number;
  /** The whole import without the hash chain decorator. */
  readonly unchainedMs: number;
}

async function benchAuthority(csv: AuthorityCsv, dir: string, rounds: number): Promise<AuthorityFigures> {
  console.log(`One authority, ${csv.years} years, ${csv.files} CSV files of ${count(csv.children)} children`);
  console.log(`  generated and written in ${seconds(csv.generateMs)} (not counted)`);
  const done: Round[] = [];
  let appends: PlainAppend[] = [];
  let plainTransactions = 0;
  for (let round = 1; round <= rounds; round++) {
    const ours = await importAuthorityCsv(csv, join(dir, `authority-${round}.db`));
    if (round === 1) appends = appendsOf(ours.file);
    const plain = plainInsert(join(dir, `plain-${round}.db`), appends);
    plainTransactions = plain.transactions;
    const writeStage = await importWriteStage(csv, join(dir, `write-stage-${round}.db`));
    const unchained = await importAuthorityCsv(csv, join(dir, `unchained-${round}.db`), { chain: false });
    const { summary } = ours;
    console.log(
      `  round ${round}: ours ${seconds(ours.wallMs)} ${perSecond(summary.events, ours.wallMs)} ` +
        `(read + parse ${seconds(ours.readMs)}, until the first batch of children is written ` +
        `${seconds(ours.beforeFirstChildMs)}); plain ${seconds(plain.ms)} ${perSecond(plain.events, plain.ms)}; ` +
        `write stage ${seconds(writeStage.ms)}; without the chain ${seconds(unchained.wallMs)}; load ${load()}`,
    );
    done.push({ ours, plain, writeStage, unchained });
  }
  const { summary } = done[0].ours;
  const figures = {
    children: summary.children.imported,
    events: summary.events,
    wallMs: median(done.map((r) => r.ours.wallMs)),
    readMs: median(done.map((r) => r.ours.readMs)),
    beforeFirstChildMs: median(done.map((r) => r.ours.beforeFirstChildMs)),
    ours: median(done.map((r) => rate(r.ours.summary.events, r.ours.wallMs))),
    plain: median(done.map((r) => rate(r.plain.events, r.plain.ms))),
    writeStage: median(done.map((r) => rate(r.writeStage.summary.events, r.writeStage.ms))),
    writeStageMs: median(done.map((r) => r.writeStage.ms)),
    unchainedMs: median(done.map((r) => r.unchained.wallMs)),
  };
  console.log(`  medians of ${rounds}:`);
  console.log(
    `    ours: ${count(figures.children)} children, ${count(summary.episodes)} episodes, ` +
      `${count(figures.events)} events in ${seconds(figures.wallMs)}: ${count(figures.ours)} events/s, parse included`,
  );
  console.log(`      read + parse (readReturns alone, timed apart): ${seconds(figures.readMs)}`);
  console.log(
    `      read + parse + plan, until the first batch of children is written: ${seconds(figures.beforeFirstChildMs)}`,
  );
  console.log(
    `    plain better-sqlite3 loop, same rows, ${PLAIN_ROWS_PER_TRANSACTION} a transaction ` +
      `(${count(plainTransactions)} transactions): ` +
      `${count(figures.plain)} events/s`,
  );
  console.log(`    ratio ours/plain (events/s): ${(figures.ours / figures.plain).toFixed(2)}`);
  console.log(
    `    write stage alone (returns read and parsed beforehand, untimed; stitch, plan, decide, chain, append): ` +
      `${seconds(figures.writeStageMs)}, ${count(figures.writeStage)} events/s; ratio to plain ${(figures.writeStage / figures.plain).toFixed(2)}`,
  );
  console.log(
    `    the whole import without the hash chain decorator: ${seconds(figures.unchainedMs)}; ` +
      `the chain takes ${chainShare(figures)} of the import's time`,
  );
  return figures;
}

/** The share of the import's time the hash chain takes: with it against without it. */
const chainShare = (a: AuthorityFigures): string =>
  `${Math.max(0, (100 * (a.wallMs - a.unchainedMs)) / a.wallMs).toFixed(0)}%`;

function printNational(n: NationalResult): void {
  console.log(`National scale, ${count(n.lookedAfter)} looked after on any day, from CSV files:`);
  console.log(
    `  generated ${count(n.children)} children as ${mb(n.csvBytes)} of CSV (largest file ${mb(n.largestFileBytes)}) ` +
      `in ${seconds(n.generateMs)} (not counted)`,
  );
  console.log(`  imported ${count(n.events)} events (${count(n.skipped)} children skipped)`);
  console.log(
    `  import time: ${seconds(n.importMs)}, ${perSecond(n.events, n.importMs)}, peak memory ${n.peakMb} MB`,
  );
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function printBigFile(b: BigFileResult): void {
  console.log(
    `One return with a ${mb(b.episodesBytes)} episodes file (${mb(b.totalBytes)} in all), read path only:`,
  );
  console.log(
    `  ${count(b.children)} children in ${b.partitions} partitions, ${count(b.commands)} commands planned ` +
      `in ${seconds(b.ms)} (partitioning ${seconds(b.partitionedMs)}); peak memory ${b.peakMb} MB`,
  );
}

function summaryBlock(
  a: AuthorityFigures,
  rounds: number,
  n: NationalResult | undefined,
  big: BigFileResult | undefined,
  loads: string,
) {
  const lines = [
    `Import benchmark (npm run bench:import): SQLite file, WAL, synchronous=FULL, hash chain as ledger import has it, children appended in batches`,
    `- One authority, 10 years from CSV, ${count(a.children)} children, ${count(a.events)} events: ` +
      `${seconds(a.wallMs)} (read + parse ${seconds(a.readMs)}), ${count(a.ours)} events/s (median of ${rounds})`,
    `- Plain better-sqlite3 insert loop, same rows, ${PLAIN_ROWS_PER_TRANSACTION} a transaction: ${count(a.plain)} events/s; ` +
      `ours/plain = ${(a.ours / a.plain).toFixed(2)}`,
    `- Write stage alone (parse excluded): ${count(a.writeStage)} events/s, ${(a.writeStage / a.plain).toFixed(2)} of plain; ` +
      `the hash chain takes ${chainShare(a)} of the whole import (${seconds(a.unchainedMs)} without it)`,
  ];
  if (big)
    lines.push(
      `- A ${mb(big.episodesBytes)} episodes file (${count(big.children)} children), read, partitioned and planned: ` +
        `${seconds(big.ms)}, peak memory ${big.peakMb} MB`,
    );
  if (n)
    lines.push(
      `- National from CSV, ${count(n.lookedAfter)} looked after (${count(n.children)} children, ${count(n.events)} ` +
        `events, ${mb(n.csvBytes)}): ${seconds(n.importMs)}, ${perSecond(n.events, n.importMs)}, peak memory ${n.peakMb} MB`,
    );
  lines.push(`- Node ${process.version}, load average (1/5/15 min) ${loads}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const before = load();
  console.log(`Files in ${options.dir}; load average (1, 5, 15 min): ${before}\n`);
  try {
    const csv = await writeAuthorityCsv(options.dir, options.authorityChildren, options.seed);
    const authority = await benchAuthority(csv, options.dir, options.rounds);
    let big: BigFileResult | undefined;
    if (options.bigFileMb > 0) {
      console.log();
      big = await benchBigFile(csv.dir, options.dir, options.bigFileMb);
      printBigFile(big);
    }
    let national: NationalResult | undefined;
    if (!options.skipNational) {
      console.log();
      national = await importNational(options.dir, options.nationalChildren, options.seed);
      printNational(national);
    }
    const after = load();
    console.log(`\nload average after: ${after}\n`);
    console.log(summaryBlock(authority, options.rounds, national, big, `${before} before, ${after} after`));
  } finally {
    if (!options.keep) rmSync(options.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
