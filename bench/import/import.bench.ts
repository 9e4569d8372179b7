/**
 * How fast the ledger imports SSDA903 returns: ten years of one authority (~3,000 children) from
 * CSV through the real import path, against a bare better-sqlite3 insert loop writing the same
 * rows on the same schema, then the national scale (~80,000 looked after) in memory.
 * Run with `npm run bench:import -- [--skip-national] [--national-children N]` (`--help` lists the rest).
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { type AuthorityResult, importAuthority } from './authority-import';
import { parseBenchOptions } from './bench-options';
import { count, perSecond, seconds } from './ledger-path';
import { importNational, type NationalResult } from './national-import';
import { appendsOf, plainInsert, type PlainResult } from './plain-insert';

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function printAuthority(a: AuthorityResult, plain: PlainResult): void {
  const { summary } = a;
  const writeMs = a.wallMs - a.beforeFirstChildMs;
  console.log(`One authority, ${a.years} years (${a.csvFiles} CSV files):`);
  console.log(`  generated and written as CSV in ${seconds(a.generateMs)} (not counted)`);
  console.log(
    `  children: ${count(summary.children.imported)} imported of ${count(a.children)}, ` +
      `${count(summary.episodes)} episodes, ${count(summary.events)} events`,
  );
  console.log(`  import wall time (importFiles, parse included): ${seconds(a.wallMs)}`);
  console.log(`  our import: ${perSecond(summary.events, a.wallMs)} (parse included)`);
  console.log(`    read + parse (readReturns alone): ${seconds(a.readMs)}`);
  console.log(`    read + parse + plan, before the first child is written: ${seconds(a.beforeFirstChildMs)}`);
  console.log(`    writing children (decide + append + read back): ${perSecond(summary.events, writeMs)}`);
  console.log(
    `  plain better-sqlite3 loop, same rows in ${count(plain.transactions)} transactions: ` +
      `${seconds(plain.ms)}, ${perSecond(plain.events, plain.ms)}`,
  );
  const ratio = summary.events / a.wallMs / (plain.events / plain.ms);
  console.log(`  ratio ours/plain (events/s): ${ratio.toFixed(3)}`);
}

function printNational(n: NationalResult): void {
  console.log(`National scale, ${count(n.lookedAfter)} looked after on any day, in memory:`);
  console.log(`  generated ${count(n.children)} children in ${seconds(n.generateMs)} (not counted)`);
  console.log(`  imported ${count(n.events)} events (${count(n.skipped)} children skipped)`);
  console.log(`  import time: ${seconds(n.importMs)} (${seconds(n.batchMs)} of it cutting returns)`);
  console.log(`  ${perSecond(n.events, n.importMs)}`);
}

function summaryBlock(
  a: AuthorityResult,
  plain: PlainResult,
  n: NationalResult | undefined,
  loads: string[],
) {
  const ours = a.summary.events / (a.wallMs / 1000);
  const bare = plain.events / (plain.ms / 1000);
  const lines = [
    `Import benchmark (npm run bench:import), SQLite file, WAL, synchronous=FULL, one append per child`,
    `- One authority, 10 years, ${count(a.summary.children.imported)} children, ${count(a.summary.events)} events ` +
      `from CSV: ${seconds(a.wallMs)} (read + parse ${seconds(a.readMs)}), ${count(ours)} events/s`,
    `- Plain better-sqlite3 insert loop, same rows and transactions: ${count(bare)} events/s; ` +
      `ours/plain = ${(ours / bare).toFixed(2)}`,
  ];
  if (n)
    lines.push(
      `- National, ${count(n.lookedAfter)} looked after (${count(n.children)} children, ${count(n.events)} ` +
        `events): ${seconds(n.importMs)}, ${count(n.events / (n.importMs / 1000))} events/s`,
    );
  lines.push(`- Node ${process.version}, ${loads.join('; ')}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const loads = [`load average before: ${load()}`];
  console.log(`Files in ${options.dir}; load average (1, 5, 15 min): ${load()}\n`);
  try {
    const authority = await importAuthority(options.dir, options.authorityChildren, options.seed);
    const plain = plainInsert(join(options.dir, 'plain.db'), appendsOf(authority.file));
    printAuthority(authority, plain);
    let national: NationalResult | undefined;
    if (!options.skipNational) {
      console.log();
      national = await importNational(options.dir, options.nationalChildren, options.seed);
      printNational(national);
    }
    loads.push(`after: ${load()}`);
    console.log(`\nload average after: ${load()}\n\n${summaryBlock(authority, plain, national, loads)}`);
  } finally {
    if (!options.keep) rmSync(options.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
