import { type EventStore } from '@ledger/event-store';
import {
  type CollectionYear,
  type FileError,
  type Gazetteer,
  prepareImport,
  readReturns,
  type Return,
  type RowError,
} from '@ledger/ssda903';
import { v4 as uuidv4 } from 'uuid';
import { type Clock } from '../clock/clock';
import { type ChildCommandExecutor } from '../write/child-command-executor';
import { immediateRetries, type RetryPolicy } from '../write/retry-policy';
import { importBatch } from './import-batch';
import { ImportInterruptedError } from './import-errors';
import { importedYears, logImport, logImportStarted } from './import-log';
import { type ImportSummary } from './import-summary';

export interface ImportOptions {
  /** The responsible authority's upper-tier code (e.g. E06000059). */
  readonly authority: string;
  readonly gazetteer?: Gazetteer;
  /** Overrides the year found from file and folder names. */
  readonly year?: CollectionYear;
  readonly recordedBy: string;
  readonly source?: 'import' | 'demo';
  /** Told after each child, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Children appended together, in one transaction: large enough to share the flush widely. */
export const DEFAULT_BATCH_CHILDREN = 250;

export interface ImporterTuning {
  /** Children per multi-stream append. @defaultValue {@link DEFAULT_BATCH_CHILDREN} */
  readonly batchChildren?: number;
  /** Re-plans of a child whose stream another writer changed. @defaultValue 10, at once */
  readonly retries?: RetryPolicy;
}

/**
 * Imports 903 returns: each child's rows become commands, decided against its stream; a batch of
 * children is appended with one multi-stream append, each child in one atomic write, so a child is
 * imported whole or not at all. A child with any bad row is skipped (and reported); the others are
 * imported. A start entry in the import log comes before the first child, the end entry after the last.
 */
export class Ssda903Importer {
  private readonly batchChildren: number;
  private readonly policy: RetryPolicy;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly executor: ChildCommandExecutor,
    tuning: ImporterTuning = {},
  ) {
    this.batchChildren = tuning.batchChildren ?? DEFAULT_BATCH_CHILDREN;
    this.policy = tuning.retries ?? immediateRetries(10);
  }

  /** Reads files or folders; a file that is not a 903 table stops the import before anything is written. */
  async importFiles(paths: readonly string[], options: ImportOptions): Promise<ImportSummary> {
    const started = Date.now();
    const read = await readReturns([...paths], { year: options.year });
    if (read.fileErrors.length > 0) {
      return this.summary(uuidv4(), read.returns, read.files.length, started, {
        fileErrors: read.fileErrors,
        rowErrors: read.rowErrors,
      });
    }
    return this.importReturns(read.returns, options, {
      files: read.files.map((f) => f.path),
      readErrors: read.rowErrors,
      started,
    });
  }

  async importReturns(
    returns: readonly Return[],
    options: ImportOptions,
    read: {
      files?: readonly string[];
      readErrors?: readonly RowError[];
      started?: number;
      /** The years earlier imports took in; read from the ledger's import log when not given. */
      importedYears?: readonly string[];
    } = {},
  ): Promise<ImportSummary> {
    const started = read.started ?? Date.now();
    const importId = uuidv4();
    const prepared = prepareImport(returns, {
      authority: options.authority,
      now: this.clock.now().toISOString(),
      gazetteer: options.gazetteer,
      importedYears: read.importedYears ?? (await importedYears(this.store)),
      readErrors: read.readErrors,
    });
    const tally = { imported: 0, unchanged: 0, episodes: 0, events: 0, voided: 0 };
    const rowErrors: RowError[] = [...prepared.unattributed];
    const skippedByReason: Record<string, number> = {};
    const skip = (errors: readonly RowError[]) => {
      rowErrors.push(...errors);
      const kind = errors[0]?.kind ?? 'rule';
      skippedByReason[kind] = (skippedByReason[kind] ?? 0) + 1;
    };
    const source = options.source ?? 'import';
    const logMetadata = () => ({
      recordedAt: this.clock.now().toISOString(),
      recordedBy: options.recordedBy,
      source,
    });
    const years = [...new Set(returns.map((r) => r.year))].sort();
    const files = read.files ?? [];
    await logImportStarted(
      this.store,
      { importId, authority: options.authority, years, files, inReturns: prepared.childIds.length },
      logMetadata(),
    );
    const context = (childId: string) => ({
      commandId: `import-${importId}-${childId}`,
      correlationId: importId,
      recordedBy: options.recordedBy,
      source,
    });
    const deps = { store: this.store, executor: this.executor, policy: this.policy };
    const ids = prepared.childIds;
    try {
      for (let from = 0; from < ids.length; from += this.batchChildren) {
        const batch = ids.slice(from, from + this.batchChildren);
        const outcomes = await importBatch(batch, prepared, deps, context);
        for (const childId of batch) {
          const outcome = outcomes.get(childId);
          if (outcome?.kind === 'skipped') skip(outcome.errors);
          else if (outcome?.kind === 'imported') {
            tally.imported += 1;
            tally.events += outcome.events;
            tally.voided += outcome.plan.voids;
            tally.episodes += outcome.plan.episodes;
          } else tally.unchanged += 1;
        }
        options.onProgress?.(from + batch.length, ids.length);
      }
    } catch (error) {
      throw new ImportInterruptedError(importId, tally.imported, tally.events, error);
    }
    const skipped = Object.values(skippedByReason).reduce((a, b) => a + b, 0);
    const summary = this.summary(
      importId,
      returns,
      files.length,
      started,
      { rowErrors },
      { ...tally, skipped, skippedByReason, inReturns: ids.length },
    );
    await logImport(
      this.store,
      {
        importId,
        authority: options.authority,
        years: summary.years,
        files,
        children: tally.imported,
        events: tally.events,
        skipped,
      },
      logMetadata(),
    );
    return summary;
  }

  private summary(
    importId: string,
    returns: readonly Return[],
    files: number,
    started: number,
    errors: { fileErrors?: readonly FileError[]; rowErrors: readonly RowError[] },
    tally = {
      imported: 0,
      unchanged: 0,
      episodes: 0,
      events: 0,
      voided: 0,
      skipped: 0,
      skippedByReason: {},
      inReturns: 0,
    },
  ): ImportSummary {
    return {
      importId,
      years: [...new Set(returns.map((r) => r.year))].sort(),
      files,
      children: {
        inReturns: tally.inReturns,
        imported: tally.imported,
        unchanged: tally.unchanged,
        skipped: tally.skipped,
      },
      episodes: tally.episodes,
      events: tally.events,
      voided: tally.voided,
      skippedByReason: tally.skippedByReason,
      fileErrors: errors.fileErrors ?? [],
      rowErrors: errors.rowErrors,
      elapsedMs: Date.now() - started,
    };
  }
}
