/**
 * How long each page takes for one authority on warm read models, over real HTTP: the demo
 * authority (`ledger demo`, about 450 children looked after, ten years of returns). The ratio
 * is against a plain loop over the same server: `GET /health` on the same connection.
 * Run with `npm run bench:pages [-- runs]`.
 */
import { EVENT_STORE, fillDemo, loadConfig, ReadModelsService, Ssda903Importer } from '@ledger/core';
import { type EventStore } from '@ledger/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../apps/api/src/create-api';
import { loadUiConfig } from '../../apps/api/src/ui/ui-config';

const WINDOW = 'from=2023-04-01&to=2024-03-31';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timed(url: string, runs: number): Promise<number> {
  const once = async () => {
    const start = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    return performance.now() - start;
  };
  await once(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  return median(times);
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 10);
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-pages-'));
  const config = loadConfig({}, { db: join(dir, 'ledger.db'), port: 0 });
  const app = await createApi({ config, ui: loadUiConfig({}), logLevels: ['error'] });
  try {
    await fillDemo(app.get<EventStore>(EVENT_STORE), app.get(Ssda903Importer), {
      children: 450,
      seed: 1,
      authority: 'E06000059',
      years: 10,
    });
    await app.listen(0, '127.0.0.1');
    await app.get(ReadModelsService).warm();
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const children = (await (await fetch(`${base}/children`)).json()) as { children: { childId: string }[] };
    const child = children.children[0].childId;
    const plain = await timed(`${base}/health`, runs);
    console.log(
      `Pages for one authority (${children.children.length} children), median of ${runs}; load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(`plain loop (GET /health): ${plain.toFixed(1)} ms`);
    const pages: [string, string][] = [
      ['dashboard', `/ui?${WINDOW}`],
      ['dashboard, filtered', `/ui?${WINDOW}&placementGroup=foster`],
      ['behind a figure', `/ui/figures/stability.threePlusPlacements?${WINDOW}`],
      ['chronology', `/ui/children/${child}`],
      ['inspection list 8', '/ui/inspection?list=8&date=2024-03-31'],
      ['table CSV', `/ui/measures.csv?${WINDOW}&table=stability`],
    ];
    for (const [name, path] of pages) {
      const ms = await timed(`${base}${path}`, runs);
      console.log(
        `${name.padEnd(22)} ${ms.toFixed(1).padStart(7)} ms  (${(ms / plain).toFixed(1)}x the plain loop; target < 300 ms: ${ms < 300 ? 'met' : 'NOT met'})`,
      );
    }
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
