/**
 * How long the sufficiency forecast takes for one authority (~3,000 children, ten years of
 * returns imported one year at a time, as a council would), and the whole backtest, against a
 * plain loop over the same events on the same machine in the same run.
 * Run with `npm run bench:forecast -- [--children N] [--runs N]`.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EVENT_STORE,
  ForecastRunner,
  LedgerCoreModule,
  ReadModelsService,
  Ssda903Importer,
  loadConfig,
} from '@ledger/core';
import { type EventStore } from '@ledger/event-store';
import { generateAuthority } from '@ledger/ssda903';
import { NestFactory } from '@nestjs/core';

const AUTHORITY = 'E06000059';
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const since = (start: number): number => performance.now() - start;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number, got ${process.argv[at + 1]}`);
  return value;
}

/** The same events, once through: a count by stream and type (what any pass over the log costs). */
function plainLoop(events: readonly { streamName: string; type: string }[]): number {
  const counts = new Map<string, number>();
  for (const event of events) {
    const key = `${event.streamName}:${event.type}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts.size;
}

async function main(): Promise<void> {
  // 770 gives about 3,000 children in ten returns (as bench:import's authority).
  const children = option('children', 770);
  const runs = option('runs', 7);
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-forecast-'));
  const config = loadConfig({}, { db: join(dir, 'ledger.db') });
  const app = await NestFactory.createApplicationContext(LedgerCoreModule.forRoot({ config }), {
    logger: ['error'],
  });
  try {
    console.log(`load average at start: ${load()}`);
    let started = performance.now();
    const authority = generateAuthority({ children, seed: 1, authority: AUTHORITY, years: 10 });
    const importer = app.get(Ssda903Importer);
    for (const returns of authority.batches(5_000)) {
      // One import per collection year, oldest first: the backtest's knowledge differs by year.
      for (const year of returns) {
        await importer.importReturns([year], { authority: AUTHORITY, recordedBy: 'bench', source: 'import' });
      }
    }
    const store = app.get<EventStore>(EVENT_STORE);
    const stats = await store.stats();
    console.log(
      `One authority: ${authority.children.toLocaleString('en-GB')} children, ${stats.events.toLocaleString('en-GB')} events, ` +
        `ten yearly imports in ${(since(started) / 1000).toFixed(1)} s (not counted)`,
    );

    started = performance.now();
    await app.get(ReadModelsService).measures();
    console.log(`read models warmed in ${ms(since(started))} (not counted)`);

    const runner = app.get(ForecastRunner);
    started = performance.now();
    const backtest = await runner.backtest({});
    const backtestMs = since(started);
    const positions = new Set(backtest.origins.map((o) => o.knownAt));
    console.log(
      `backtest: ${backtest.origins.length} monthly origins from ${positions.size} knowledge positions, ` +
        `horizons 3/6/12/24 months, ${backtest.runs} runs each: ${(backtestMs / 1000).toFixed(2)} s (goal: under 60 s)`,
    );
    for (const h of backtest.horizons) {
      console.log(
        `  ${String(h.months).padStart(2)} months: ${h.origins} origins, MASE ${h.mase}, bias ${h.bias}, coverage ${h.coverage}, ` +
          `MAPE foster ${h.mapeByGroup.foster}%, children's homes ${h.mapeByGroup.childrensHomes}%`,
      );
    }

    // The backtest is kept for this position: from here each forecast is its own work.
    await runner.forecast({});
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      await runner.forecast({});
      times.push(since(started));
    }
    const forecastMs = median(times);
    console.log(
      `forecast, 36 months, 200 runs, warm read models: ${ms(forecastMs)} (median of ${runs}; goal: under 1 s)`,
    );

    const events: { streamName: string; type: string }[] = [];
    for await (const event of store.readAll())
      events.push({ streamName: event.streamName, type: event.type });
    plainLoop(events);
    const plain: number[] = [];
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      plainLoop(events);
      plain.push(since(started));
    }
    const plainMs = median(plain);
    console.log(
      `plain loop over the same ${events.length.toLocaleString('en-GB')} events (a count by stream and type): ${ms(plainMs)} (median of ${runs})`,
    );
    console.log(
      `ratios: the forecast costs ${(forecastMs / plainMs).toFixed(0)} plain loops, the whole backtest ${(backtestMs / plainMs).toFixed(0)}`,
    );
    console.log(`load average at end: ${load()}`);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
