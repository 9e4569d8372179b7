import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { genesisHash } from '../chain/event-hash';
import { MerkleFrontier } from '../merkle/merkle';
import { type CheckpointClaim } from './checkpoint-claims';
import { type Finding } from './findings';
import { type LaterPartInput, type LaterPartResult } from './later-part';
import { type LogPass, type Missing, checkClaim, range } from './log-pass';

/** The relative imports of a TypeScript module's text (type-only ones included: compiling them costs little). */
const RELATIVE_IMPORT = /from '(\.{1,2}\/[^']+)'/g;

let compiled: Record<string, string> | undefined;

/**
 * Run from TypeScript sources (the CLI, the benches, the tests), the worker's modules compiled
 * once per process with swc, which the process has already loaded: the entry and what it
 * imports, relatively, file by file. Registering the project's loader in the worker instead
 * would load the TypeScript compiler there, far slower than the part the worker reads.
 */
function compiledModules(entry: string): Record<string, string> {
  if (compiled) return compiled;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const swc = require('@swc/core') as {
    transformSync(code: string, options: object): { code: string };
  };
  const out: Record<string, string> = {};
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (out[file] !== undefined) continue;
    const source = readFileSync(file, 'utf8');
    out[file] = swc.transformSync(source, {
      filename: file,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    }).code;
    for (const [, path] of source.matchAll(RELATIVE_IMPORT)) pending.push(join(dirname(file), `${path}.ts`));
  }
  compiled = out;
  return out;
}

/** The worker's source, and the compiled modules it loads when run from TypeScript sources. */
function workerSource(): { source: string; modules?: Record<string, string> } {
  const typescript = __filename.endsWith('.ts');
  const entry = join(__dirname, typescript ? 'verify-worker.ts' : 'verify-worker.js');
  if (!typescript) return { source: `require(${JSON.stringify(entry)});` };
  return {
    source: `
      const Module = require('node:module');
      const { workerData } = require('node:worker_threads');
      Module._extensions['.ts'] = (module, filename) => module._compile(workerData.modules[filename], filename);
      require(${JSON.stringify(entry)});`,
    modules: compiledModules(entry),
  };
}

/** Starts the worker on a later part; answers undefined if it cannot run or fails (the main thread then reads the part). */
export function startLaterPart(input: LaterPartInput): Promise<LaterPartResult | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const { source, modules } = workerSource();
      worker = new Worker(source, {
        eval: true,
        workerData: { ...input, modules },
        // Not the parent's `-r @swc-node/register`: it would load the TypeScript compiler first.
        execArgv: [],
      });
    } catch {
      resolve(undefined);
      return;
    }
    worker.once('message', (result: LaterPartResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}

/** Something at a position of the log, in the order a single pass would have reported it. */
interface Placed<T> {
  readonly position: number;
  /** 0 for an event's own finding; 1 for a claim, checked once the events up to it are. */
  readonly rank: number;
  readonly item: T;
}

const byPlace = <T>(a: Placed<T>, b: Placed<T>) => a.position - b.position || a.rank - b.rank;

/**
 * Joins the worker's part to the pass over the part before it, as one pass over both would
 * have left things: each stream's first link in the later part checked against the stream's
 * state at the end of the earlier part, the claims in the later part checked against the
 * frontiers joined, and findings and missing revisions in log order. Answers the joined
 * frontier, or undefined when the part cannot be joined (a first link that the earlier part
 * already has, frontiers not aligned): then the main thread reads the part itself.
 */
export function joinLaterPart(
  pass: LogPass,
  part: LaterPartResult,
  claims: readonly CheckpointClaim[],
  firstClaim: number,
): MerkleFrontier | undefined {
  const findings: Placed<Finding>[] = part.findings.map((f) => ({
    position: Number(f.position),
    rank: 0,
    item: f,
  }));
  const missing: Placed<Missing>[] = part.missing.map((m) => ({ position: m.before ?? 0, rank: 0, item: m }));
  for (const { stream, revision, position, link } of part.firsts) {
    const state = pass.streams.get(stream);
    const expected = (state?.revision ?? -1) + 1;
    if (link.revision < expected) return undefined;
    if (link.revision > expected)
      missing.push({
        position,
        rank: 0,
        item: {
          stream,
          revisions: range(expected, link.revision - 1),
          after: state?.position ?? 0,
          before: position,
          message: `${stream}: revisions ${expected}..${link.revision - 1} are missing before position ${position}`,
        },
      });
    else if (link.prev !== (state?.hash ?? genesisHash(stream)))
      findings.push({
        position,
        rank: 0,
        item: {
          kind: 'event-edited',
          stream,
          revision: String(revision),
          position: String(position),
          message: `${stream}@${revision}: does not link to the event before it`,
        },
      });
  }
  let joined: MerkleFrontier;
  try {
    part.claims.forEach((saved, i) => {
      const claim = claims[firstClaim + i];
      const claimFindings: Finding[] = [];
      checkClaim(claim, saved ? MerkleFrontier.joined(pass.frontier, saved) : undefined, claimFindings);
      for (const f of claimFindings) findings.push({ position: Number(claim.position), rank: 1, item: f });
    });
    joined = MerkleFrontier.joined(pass.frontier, part.frontier);
  } catch {
    return undefined;
  }
  // Stable sorts: what one event reported stays in the order it was reported.
  pass.findings.push(...findings.sort(byPlace).map((p) => p.item));
  pass.missing.push(...missing.sort(byPlace).map((p) => p.item));
  pass.gaps.push(...part.gaps);
  for (const [stream, state] of part.streams) pass.streams.set(stream, state);
  pass.last = part.last ?? pass.last;
  return joined;
}
