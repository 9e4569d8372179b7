import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run bench:setup [-- --no-ci] [-- --no-test]`: how long a new user waits for `npm ci` (in
 * a fresh folder with only package.json, the lockfile and .npmrc; npm's download cache as it
 * is on this machine) and for `npm test` in this project. The machine is shared, so the date,
 * the load averages before and after, and a plain CPU loop timed in the same run are printed
 * with the figures: each figure is also given as a multiple of the loop.
 */
const ROOT = join(__dirname, '..', '..');
const args = new Set(process.argv.slice(2));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;

/** A plain loop of fixed work: its time says how fast the machine is at the moment. */
function plainLoop(): number {
  const start = performance.now();
  let sum = 0;
  for (let i = 0; i < 300_000_000; i++) sum = (sum + i) % 1_000_003;
  if (sum < 0) console.log(sum);
  return performance.now() - start;
}

function timed(label: string, command: string, commandArgs: string[], cwd: string): number {
  const start = performance.now();
  const run = spawnSync(command, commandArgs, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) {
    console.error(`${label} failed (exit ${run.status}):\n${(run.stderr ?? '').slice(-4000)}`);
    process.exitCode = 1;
  }
  return ms;
}

function main(): void {
  console.log(`bench:setup on ${new Date().toISOString()}: ${cpus().length} cores, Node ${process.version}`);
  console.log(`load average before (1, 5, 15 min): ${load()}`);
  const loopBefore = plainLoop();
  const figures: [string, number][] = [];
  if (!args.has('--no-ci')) {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-npm-ci-'));
    try {
      for (const file of ['package.json', 'package-lock.json', '.npmrc'])
        copyFileSync(join(ROOT, file), join(dir, file));
      figures.push([
        'npm ci --loglevel=warn (fresh folder)',
        timed('npm ci', 'npm', ['ci', '--loglevel=warn'], dir),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!args.has('--no-test')) figures.push(['npm test', timed('npm test', 'npm', ['test'], ROOT)]);
  const loopAfter = plainLoop();
  const loop = (loopBefore + loopAfter) / 2;
  console.log(`plain loop (3e8 steps): ${loopBefore.toFixed(0)} ms before, ${loopAfter.toFixed(0)} ms after`);
  for (const [label, ms] of figures)
    console.log(`${label.padEnd(40)} ${minutes(ms).padStart(9)}  (${(ms / loop).toFixed(0)} plain loops)`);
  console.log(`load average after (1, 5, 15 min): ${load()}`);
}

main();
