/**
 * How long the measures take on warm read models: one authority (~3,000 children, ~100,000
 * events) and the national scale (~80,000 children looked after). Run with
 * `node -r @swc-node/register bench/measures/measures.bench.ts [children] [runs]`.
 */
import {
  MeasuresReadModel,
  buildTimeline,
  computeReport,
  type ChildTimeline,
  type LedgerEventRecord,
} from '@ledger/projections';
import { seededRandom, syntheticChild } from './synthetic-ledger';

const WINDOW = { from: '2023-04-01', to: '2024-03-31' };
const NATIONAL_LOOKED_AFTER = 80_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

function medianOf(runs: number, run: () => unknown): number {
  run(); // warm the JIT
  return median(Array.from({ length: runs }, () => time(run)[1]));
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const count = (value: number): string => value.toLocaleString('en-GB');

/** Every child's records, interleaved round-robin so positions mix streams as a ledger would. */
function authorityLedger(children: number, seed: number): LedgerEventRecord[] {
  const random = seededRandom(seed);
  const streams = Array.from({ length: children }, (_, index) => syntheticChild(random, index));
  const records: LedgerEventRecord[] = [];
  for (let round = 0; records.length < streams.reduce((n, s) => n + s.length, 0); round++) {
    for (const stream of streams) {
      if (round < stream.length) records.push({ ...stream[round], position: BigInt(records.length + 1) });
    }
  }
  return records;
}

function benchAuthority(children: number, runs: number): number {
  const records = authorityLedger(children, 903);
  const model = new MeasuresReadModel();
  const [, warmUp] = time(() => {
    model.applyAll(records);
    return model.timelines();
  });
  const report = model.report(WINDOW);
  const looked = report.snapshot.childrenLookedAfter;
  console.log(`One authority: ${count(children)} children, ${count(records.length)} events`);
  console.log(`  looked after on ${WINDOW.to}: ${count(looked)}`);
  console.log(`  warm-up (apply every event, build every timeline): ${ms(warmUp)}`);
  console.log(`  computeReport, warm (median of ${runs}): ${ms(medianOf(runs, () => model.report(WINDOW)))}`);
  const series = { from: '2023-04-01', to: '2025-03-31' };
  console.log(
    `  computeSeries, 24 month ends (median of ${runs}): ${ms(medianOf(runs, () => model.series(series)))}`,
  );
  const halfway = { position: BigInt(records.length >> 1) };
  const [, asKnown] = time(() => model.report({ ...WINDOW, asKnownAt: halfway }));
  console.log(
    `  computeReport as known at position ${halfway.position} (rebuilds timelines): ${ms(asKnown)}`,
  );
  return looked / children;
}

function benchNational(lookedAfterShare: number, runs: number): void {
  const children = Math.round(NATIONAL_LOOKED_AFTER / lookedAfterShare);
  const random = seededRandom(2024);
  let events = 0;
  let generating = 0;
  let building = 0;
  const timelines: ChildTimeline[] = [];
  for (let index = 0; index < children; index++) {
    const [records, generated] = time(() => syntheticChild(random, index));
    const [timeline, built] = time(() => buildTimeline(records));
    events += records.length;
    generating += generated;
    building += built;
    timelines.push(timeline);
  }
  const looked = computeReport(timelines, WINDOW).snapshot.childrenLookedAfter;
  console.log(`National scale: ${count(children)} children, ${count(events)} events`);
  console.log(`  looked after on ${WINDOW.to}: ${count(looked)}`);
  console.log(`  generating the events: ${ms(generating)}; building every timeline: ${ms(building)}`);
  console.log(
    `  heap used with every timeline warm: ${count(Math.round(process.memoryUsage().heapUsed / 2 ** 20))} MiB`,
  );
  console.log(
    `  computeReport, warm (median of ${runs}): ${ms(medianOf(runs, () => computeReport(timelines, WINDOW)))}`,
  );
}

const children = Number(process.argv[2] ?? 3000);
const runs = Number(process.argv[3] ?? 21);
const share = benchAuthority(children, runs);
benchNational(share, Math.max(3, Math.round(runs / 3)));
