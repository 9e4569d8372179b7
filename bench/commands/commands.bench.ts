/**
 * How many single commands a second `ledger serve` takes over HTTP: a fresh SQLite file, 32
 * concurrent clients each sending one single-event command after another to many children.
 * Beside it, in the same run: a bare `node:http` server doing one durable transaction per
 * request (the fair baseline for group commit, `bare-server.ts`), a plain loop of single-event
 * durable transactions with no HTTP (the disk's own rate, `plain-commands.ts`), and the same
 * commands on a filled ledger while two clients poll `/measures` (reads must not stall writes).
 * Prints commands/s, p50 and p99, the ratios, which goals of issue 9 are met, and the load.
 * Run with `npm run bench:commands -- [--clients N] [--children N] [--commands N] [--profile DIR]`
 * (`--profile`: the ledger's server runs under `node --cpu-prof`, its profile written to DIR;
 * `--ours-only`: the ledger's server alone, no baselines, for profiling).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getJson, type LoadRequest, pollWhile, quantile, runLoad } from './http-load';
import { plainCommands } from './plain-commands';

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const ROOT = resolve(__dirname, '../..');
/**
 * The largest per-minute limit `LEDGER_RATE_LIMIT_PER_MINUTE` takes (the default, 1,200, is for
 * people): 32 clients from one address must not meet it. The limiter itself still runs.
 */
const RATE_LIMIT = 1_000_000;
const SERVER_ENV = { ...process.env, LEDGER_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) };
/** The issue's goals for commands over HTTP at 32 clients. */
const GOAL_RATE = 1_000;
const GOAL_P99_MS = 100;
const MEASURES = '/measures?from=2023-04-01&to=2024-03-31';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a whole number > 0`);
  return value;
}

/** `--profile DIR`: the server runs under `node --cpu-prof`, its profile written to DIR on exit. */
function profileFlags(): string[] {
  const at = process.argv.indexOf('--profile');
  return at < 0 ? [] : ['--cpu-prof', '--cpu-prof-dir', resolve(process.argv[at + 1] ?? '.')];
}

interface Server {
  readonly url: string;
  /** The process's CPU time so far (user + system), ms; undefined where /proc is not there. */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** Clock ticks a second of /proc's CPU times (Linux's USER_HZ, 100 everywhere it runs). */
const TICKS_PER_SECOND = 100;

function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Starts a TypeScript entry point as its own process and resolves once it prints where it listens. */
function start(args: readonly string[], node: readonly string[] = []): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [...node, '-r', '@swc-node/register', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: SERVER_ENV,
  });
  const exited = new Promise((r) => child.once('exit', r));
  return new Promise((resolveServer, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(out);
      if (found)
        resolveServer({
          url: found[1].replace('[::1]', '127.0.0.1'),
          cpuMs: () => cpuMsOf(child.pid),
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
    });
    child.once('exit', (code) => reject(new Error(`${args[0]} exited (${code}) before listening: ${out}`)));
  });
}

const serveLedger = (file: string, node: readonly string[] = []) =>
  start(['apps/cli/src/main.ts', 'serve', '--db', file, '--port', '0'], node);

/** Fills a ledger with the generated demo authority (through the import path) and waits for it. */
function demo(file: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'demo', '--db', file],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: SERVER_ENV },
  );
  return new Promise((ok, fail) =>
    child.once('exit', (code) => (code === 0 ? ok() : fail(new Error(`ledger demo exited ${code}`)))),
  );
}

const details = (i: number) => ({
  dateOfBirth: '2012-01-01',
  sex: 'F',
  responsibleAuthority: 'E06000059',
  uasc: false,
  homePostcode: `DT${i % 9} ${i % 10}AA`,
  effectiveDate: '2020-01-01',
});

interface Timed {
  readonly commands: number;
  readonly ms: number;
  readonly latencies: number[];
  /** The server's CPU time over the run, ms (undefined: not measured). */
  readonly cpuMs?: number;
}

/** Runs a load against a server, with the server's CPU time over it. */
async function measured(server: Server, requests: readonly LoadRequest[], clients: number) {
  const before = server.cpuMs();
  const result = await runLoad(server.url, requests, clients);
  const after = server.cpuMs();
  const cpuMs = before === undefined || after === undefined ? undefined : after - before;
  return { ...result, cpuMs };
}

const rateOf = (r: Timed) => r.commands / (r.ms / 1000);
const p = (r: { latencies: number[] }, q: number) => quantile(r.latencies, q);

function line(what: string, r: Timed): string {
  return (
    `${what}: ${r.commands.toLocaleString('en-GB')} commands in ${(r.ms / 1000).toFixed(2)} s, ` +
    `${Math.round(rateOf(r)).toLocaleString('en-GB')}/s, p50 ${p(r, 0.5).toFixed(1)} ms, ` +
    `p99 ${p(r, 0.99).toFixed(1)} ms` +
    (r.cpuMs === undefined ? '' : `; server CPU ${(r.cpuMs / r.commands).toFixed(2)} ms a command`)
  );
}

function checkAllLanded(what: string, r: { refused: Record<number, number> }): void {
  const refused = Object.entries(r.refused);
  if (refused.length > 0) throw new Error(`${what}: answers other than 2xx: ${JSON.stringify(r.refused)}`);
}

const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');

/** Ours on a fresh file: registrations of `children`, then `commands` details updates. */
async function oursOnFreshFile(dir: string, clients: number, children: number, commands: number) {
  const server = await serveLedger(join(dir, 'ledger.db'), profileFlags());
  try {
    const registrations: LoadRequest[] = Array.from({ length: children }, (_, i) => ({
      path: '/children',
      body: { childId: `B${i}`, ...details(i), effectiveDate: undefined },
      key: `reg-${i}`,
    }));
    const registered = await measured(server, registrations, clients);
    checkAllLanded('registrations', registered);
    const updated = await measured(server, updatesTo(children, commands, 'upd'), clients);
    checkAllLanded('updates', updated);
    return { registered, updated };
  } finally {
    await server.stop();
  }
}

function updatesTo(children: number, commands: number, key: string, ids?: readonly string[]): LoadRequest[] {
  return Array.from({ length: commands }, (_, i) => {
    const child = (i * 7919) % children;
    return {
      path: `/children/${ids ? ids[child] : `B${child}`}/details`,
      body: ids ? { effectiveDate: '2024-04-01', homePostcode: `DT${i % 9} ${i % 10}AB` } : details(i),
      key: `${key}-${i}`,
    };
  });
}

/** The bare one-fsync-per-request server, the same requests and clients. */
async function bare(dir: string, clients: number, children: number, commands: number) {
  const server = await start(['bench/commands/bare-server.ts', join(dir, 'bare.db')]);
  try {
    const result = await measured(server, updatesTo(children, commands, 'upd'), clients);
    checkAllLanded('bare server', result);
    return result;
  } finally {
    await server.stop();
  }
}

/** On the demo authority's ledger: details updates alone, then the same with two clients polling the measures. */
async function readsBesideWrites(dir: string, clients: number, commands: number) {
  const file = join(dir, 'demo.db');
  await demo(file);
  const server = await serveLedger(file, profileFlags());
  try {
    const page = (await getJson(server.url, '/children?limit=1000')) as { children: { childId: string }[] };
    const ids = page.children.map((c) => c.childId);
    const report = performance.now();
    await getJson(server.url, MEASURES);
    const firstReportMs = performance.now() - report;
    // Every child once first, unreported: both runs below then start warm (streams known, code compiled).
    checkAllLanded(
      'warm-up',
      await runLoad(server.url, updatesTo(ids.length, ids.length, 'warm', ids), clients),
    );
    const alone = await measured(server, updatesTo(ids.length, commands, 'alone', ids), clients);
    checkAllLanded('updates on the demo ledger', alone);
    const writes = runLoad(server.url, updatesTo(ids.length, commands, 'polled', ids), clients);
    const reads = await pollWhile(server.url, MEASURES, 2, writes);
    const polled = await writes;
    checkAllLanded('updates beside the readers', polled);
    checkAllLanded('measures beside the writes', reads);
    return { children: ids.length, firstReportMs, alone, polled, reads };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const clients = option('clients', 32);
  const children = option('children', 2_000);
  const commands = option('commands', 6_000);
  const dir = mkdtempSync(join(tmpdir(), 'ledger-commands-bench-'));
  const before = load();
  console.log(`Files in ${dir}; load average (1, 5, 15 min): ${before}`);
  console.log(
    `The servers run with LEDGER_RATE_LIMIT_PER_MINUTE=${RATE_LIMIT} (the setting's largest value; the default is for people, and 32 clients share one address)\n`,
  );
  try {
    const { registered, updated } = await oursOnFreshFile(dir, clients, children, commands);
    if (process.argv.includes('--ours-only')) {
      console.log(`- ours, ${line('registrations', registered)}\n- ours, ${line('updates', updated)}`);
      console.log(
        `- load average (1/5/15 min) ${before} before, ${load()} after (--ours-only: no baselines)`,
      );
      return;
    }
    const bareRun = await bare(dir, clients, children, commands);
    const plain = { commands, ...plainCommands(join(dir, 'plain.db'), children, commands) };
    const beside = await readsBesideWrites(dir, clients, Math.ceil(commands / 2));
    const after = load();
    const ours = rateOf(updated);
    console.log(`Commands benchmark (npm run bench:commands): SQLite file, WAL, synchronous=FULL`);
    console.log(`- ours, ledger serve, ${line(`registrations, ${clients} clients`, registered)}`);
    console.log(
      `- ours, ledger serve, ${line(`details updates to ${children.toLocaleString('en-GB')} children, ${clients} clients`, updated)}`,
    );
    console.log(
      `- bare node:http server, one durable transaction per request, ${line(`same requests, ${clients} clients`, bareRun)}`,
    );
    console.log(`- ${line('plain loop, one durable transaction per command, no HTTP, one writer', plain)}`);
    console.log(`- ours/bare server (commands/s): ${(ours / rateOf(bareRun)).toFixed(2)}`);
    console.log(`- ours/plain loop (commands/s): ${(ours / rateOf(plain)).toFixed(2)}`);
    console.log(
      `- reads beside writes, demo authority (${beside.children.toLocaleString('en-GB')} children; first report ${beside.firstReportMs.toFixed(0)} ms):`,
    );
    console.log(`  - ${line('updates alone', beside.alone)}`);
    console.log(`  - ${line(`updates while 2 clients poll ${MEASURES}`, beside.polled)}`);
    console.log(
      `  - the readers: ${beside.reads.reads.toLocaleString('en-GB')} reports, p50 ${p(beside.reads, 0.5).toFixed(1)} ms, p99 ${p(beside.reads, 0.99).toFixed(1)} ms; write p50 ${(p(beside.polled, 0.5) / p(beside.alone, 0.5)).toFixed(2)}x alone`,
    );
    console.log(`Goals of issue 9 (details updates, ${clients} clients):`);
    console.log(
      `- >= ${GOAL_RATE.toLocaleString('en-GB')} commands/s: ${met(ours >= GOAL_RATE)} (${Math.round(ours).toLocaleString('en-GB')}/s)`,
    );
    console.log(
      `- p99 under ${GOAL_P99_MS} ms: ${met(p(updated, 0.99) < GOAL_P99_MS)} (${p(updated, 0.99).toFixed(1)} ms)`,
    );
    console.log(
      `- group commit beats one fsync per command over HTTP (bare server): ${met(ours >= rateOf(bareRun))} (${(ours / rateOf(bareRun)).toFixed(2)}x)`,
    );
    console.log(
      `- at least the plain loop's rate: ${met(ours >= rateOf(plain))} (${(ours / rateOf(plain)).toFixed(2)}x; the loop has no HTTP, no JSON and no decision: it measures the disk's fsync)`,
    );
    console.log(`- Node ${process.version}, load average (1/5/15 min) ${before} before, ${after} after`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
