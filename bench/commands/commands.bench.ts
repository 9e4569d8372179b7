/**
 * How many single commands a second `ledger serve` takes over HTTP: a fresh SQLite file, 32
 * concurrent clients each sending one single-event command after another to many children,
 * against a plain loop of single-event durable transactions on the same schema (read the
 * stream, insert one row, commit). Prints commands/s, p50 and p99, and the machine's load.
 * Run with `npm run bench:commands -- [--clients N] [--children N] [--commands N]`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type LoadRequest, type LoadResult, quantile, runLoad } from './http-load';
import { plainCommands } from './plain-commands';

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const ROOT = resolve(__dirname, '../..');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a whole number > 0`);
  return value;
}

/** Starts `ledger serve` on a free port and resolves with its URL once it listens. */
function serve(file: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'serve', '--db', file, '--port', '0'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolveUrl, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(out);
      if (found) resolveUrl({ url: found[1].replace('[::1]', '127.0.0.1'), child });
    });
    child.on('exit', (code) => reject(new Error(`ledger serve exited (${code}) before listening: ${out}`)));
  });
}

const details = (i: number) => ({
  dateOfBirth: '2012-01-01',
  sex: 'F',
  responsibleAuthority: 'E06000059',
  uasc: false,
  homePostcode: `DT${i % 9} ${i % 10}AA`,
  effectiveDate: '2020-01-01',
});

function line(what: string, r: { commands: number; ms: number; latencies: number[] }): string {
  const rate = r.commands / (r.ms / 1000);
  return (
    `${what}: ${r.commands.toLocaleString('en-GB')} commands in ${(r.ms / 1000).toFixed(2)} s, ` +
    `${Math.round(rate).toLocaleString('en-GB')}/s, p50 ${quantile(r.latencies, 0.5).toFixed(1)} ms, ` +
    `p99 ${quantile(r.latencies, 0.99).toFixed(1)} ms`
  );
}

function checkAllLanded(what: string, r: LoadResult): void {
  const refused = Object.entries(r.refused);
  if (refused.length > 0) throw new Error(`${what}: answers other than 201: ${JSON.stringify(r.refused)}`);
}

async function main(): Promise<void> {
  const clients = option('clients', 32);
  const children = option('children', 2_000);
  const commands = option('commands', 6_000);
  const dir = mkdtempSync(join(tmpdir(), 'ledger-commands-bench-'));
  const before = load();
  console.log(`Files in ${dir}; load average (1, 5, 15 min): ${before}\n`);
  const { url, child } = await serve(join(dir, 'ledger.db'));
  try {
    const registrations: LoadRequest[] = Array.from({ length: children }, (_, i) => ({
      path: '/children',
      body: { childId: `B${i}`, ...details(i), effectiveDate: undefined },
      key: `reg-${i}`,
    }));
    const updates: LoadRequest[] = Array.from({ length: commands }, (_, i) => ({
      path: `/children/B${(i * 7919) % children}/details`,
      body: details(i),
      key: `upd-${i}`,
    }));
    const registered = await runLoad(url, registrations, clients);
    checkAllLanded('registrations', registered);
    const updated = await runLoad(url, updates, clients);
    checkAllLanded('updates', updated);
    const plain = plainCommands(join(dir, 'plain.db'), children, commands);
    const plainRate = commands / (plain.ms / 1000);
    const oursRate = updated.commands / (updated.ms / 1000);
    const after = load();
    console.log(
      `Commands benchmark (npm run bench:commands): ledger serve, SQLite file, WAL, synchronous=FULL`,
    );
    console.log(`- ${line(`registrations, ${clients} clients`, registered)}`);
    console.log(
      `- ${line(`details updates to ${children.toLocaleString('en-GB')} children, ${clients} clients`, updated)}`,
    );
    console.log(
      `- ${line('plain loop, one durable transaction per command, one writer', { commands, ...plain })}`,
    );
    console.log(`- ours/plain (commands/s): ${(oursRate / plainRate).toFixed(2)}`);
    console.log(`- Node ${process.version}, load average (1/5/15 min) ${before} before, ${after} after`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
