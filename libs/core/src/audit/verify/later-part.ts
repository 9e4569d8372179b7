import { type SavedFrontier } from '../merkle/merkle';
import { type Finding } from './findings';
import { type FirstLink, LogPass, type Missing, type StreamState } from './log-pass';
import { SqliteLog } from './sqlite-log';

// Relative imports and node's own modules only: the verify worker loads this module alone.

/** What the verify worker is given: the file, where its part starts, the claims from there on. */
export interface LaterPartInput {
  readonly file: string;
  readonly after: number;
  readonly claimPositions: readonly number[];
  readonly contiguousPositions: boolean;
}

/** A later part of the log, checked alone, for the main thread to join to the part before it. */
export interface LaterPartResult {
  /** An event there was not hashed as stored: the part is of no use, the main thread reads it itself. */
  readonly stopped: boolean;
  readonly last: number | null;
  readonly findings: Finding[];
  readonly missing: Missing[];
  readonly gaps: number[];
  readonly firsts: FirstLink[];
  readonly streams: [string, StreamState][];
  /** The part's own frontier at each claim (in the order given), null for a claim beyond its end. */
  readonly claims: (SavedFrontier | null)[];
  readonly frontier: SavedFrontier;
}

/** Checks the log after `input.after` as a later part (see `LaterPart` in log-pass.ts). */
export function readLaterPart(input: LaterPartInput): LaterPartResult {
  const log = SqliteLog.open(input.file);
  if (!log) throw new Error(`Cannot read ${input.file}`);
  const claims: (SavedFrontier | null)[] = [];
  const pass = new LogPass(
    input.claimPositions,
    (index, frontier) => {
      claims[index] = frontier ? frontier.snapshot() : null;
    },
    [],
    input.contiguousPositions,
    { after: input.after },
  );
  try {
    for (const rows of log.pages(input.after)) {
      for (const row of rows) {
        pass.row(row);
        if (pass.stopped) break;
      }
      if (pass.stopped) break;
    }
  } finally {
    log.close();
  }
  if (!pass.stopped) pass.finish();
  return {
    stopped: pass.stopped,
    last: pass.last,
    findings: pass.findings,
    missing: pass.missing,
    gaps: pass.gaps,
    firsts: pass.firsts,
    streams: [...pass.streams],
    claims,
    frontier: pass.frontier.snapshot(),
  };
}
