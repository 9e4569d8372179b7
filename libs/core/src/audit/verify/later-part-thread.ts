import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { genesisHash } from '../chain/event-hash';
import { MerkleFrontier } from '../merkle/merkle';
import { type CheckpointClaim } from './checkpoint-claims';
import { type Finding } from './findings';
import { type LaterPartInput, type LaterPartResult } from './later-part';
import { type LogPass, type Missing, checkClaim, range } from './log-pass';

/**
 * The worker's source. Built, the worker is plain JavaScript; run from TypeScript sources (the
 * CLI, the benches, the tests), the worker compiles the few modules it loads with swc, which
 * the process already has, through a require hook of its own: registering the project's
 * loader there would load the TypeScript compiler, far slower than the part it would read.
 */
function workerSource(): string {
  const typescript = __filename.endsWith('.ts');
  const entry = join(__dirname, typescript ? 'verify-worker.ts' : 'verify-worker.js');
  if (!typescript) return `require(${JSON.stringify(entry)});`;
  return `
    const { addHook } = require(${JSON.stringify(require.resolve('pirates'))});
    const swc = require(${JSON.stringify(require.resolve('@swc/core'))});
    addHook((code, filename) => swc.transformSync(code, {
      filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' },
    }).code, { exts: ['.ts'] });
    require(${JSON.stringify(entry)});`;
}

/** Starts the worker on a later part; answers undefined if it cannot run or fails (the main thread then reads the part). */
export function startLaterPart(input: LaterPartInput): Promise<LaterPartResult | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(workerSource(), { eval: true, workerData: input });
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
