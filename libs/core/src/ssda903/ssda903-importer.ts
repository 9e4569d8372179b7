import { type EventStore } from '@ledger/event-store';
import {
  amendedBy,
  type CollectionYear,
  type CsvEncoding,
  type Gazetteer,
  partitionReturns,
  prepareImport,
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
import { ImportTally } from './import-tally';

export interface ImportOptions {
  /** The responsible authority's upper-tier code (e.g. E06000059). */
  readonly authority: string;
  readonly gazetteer?: Gazetteer;
  /** Overrides the year found from file and folder names. */
  readonly year?: CollectionYear;
  /** How the files' bytes are decoded (default UTF-8, checked). */
  readonly encoding?: CsvEncoding;
  readonly recordedBy: string;
  readonly source?: 'import' | 'demo';
  /** Told after each batch of children, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Children appended together, in one transaction: large enough to share the flush widely. */
export const DEFAULT_BATCH_CHILDREN = 250;

export interface ImporterTuning {
  /** Children per multi-stream append. @defaultValue {@link DEFAULT_BATCH_CHILDREN} */
  readonly batchChildren?: number;
  /** Re-plans of a child whose stream another writer changed. @defaultValue 10, at once */
  readonly retries?: RetryPolicy;
  /** Bytes of CSV per partition when importing files (see `partitionReturns`). */
  readonly partitionBytes?: number;
}

/** One group of children imported together: the returns' rows of those children only. */
interface ChildGroup {
  readonly returns: readonly Return[];
  readonly readErrors: readonly RowError[];
}

/**
 * Imports 903 returns: each child's rows become commands, decided against its stream; a batch of
 * children is appended with one multi-stream append, each child in one atomic write, so a child is
 * imported whole or not at all. A child with any bad row is skipped (and reported); the others are
 * imported. A start entry in the import log comes before the first child, the end entry after the
 * last. Files are read by child partition (`partitionReturns`): one partition's rows in memory at
 * a time, whatever the files' size.
 */
export class Ssda903Importer {
  private readonly batchChildren: number;
  private readonly policy: RetryPolicy;
  private readonly partitionBytes?: number;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly executor: ChildCommandExecutor,
    tuning: ImporterTuning = {},
  ) {
    this.batchChildren = tuning.batchChildren ?? DEFAULT_BATCH_CHILDREN;
    this.policy = tuning.retries ?? immediateRetries(10);
    this.partitionBytes = tuning.partitionBytes;
  }

  /** Reads files or folders; a file that is not a 903 table stops the import before anything is written. */
  async importFiles(paths: readonly string[], options: ImportOptions): Promise<ImportSummary> {
    const started = Date.now();
    const read = await partitionReturns([...paths], {
      year: options.year,
      partitionBytes: this.partitionBytes,
      encoding: options.encoding,
    });
    try {
      const tally = new ImportTally(read.years, read.files.length, started);
      if (read.fileErrors.length > 0) return tally.summary(uuidv4(), read.fileErrors, read.rowErrors);
      // Each partition's read errors, sorted out once rather than filtered per partition.
      const readErrors = Array.from({ length: read.partitions }, (): RowError[] => []);
      for (const error of read.rowErrors) readErrors[read.partitionOf(error.childId)].push(error);
      async function* groups(): AsyncGenerator<ChildGroup> {
        for (let i = 0; i < read.partitions; i++) {
          yield { returns: await read.readPartition(i), readErrors: readErrors[i] };
        }
      }
      return await this.run(groups(), options, tally, {
        files: read.files.map((f) => f.path),
        children: read.children,
      });
    } finally {
      read.dispose();
    }
  }

  /** Imports returns held in memory (the demo, tests) as one group. */
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
    const years = [...new Set(returns.map((r) => r.year))].sort();
    const tally = new ImportTally(years, read.files?.length ?? 0, read.started ?? Date.now());
    const group = { returns, readErrors: read.readErrors ?? [] };
    return this.run([group], options, tally, { files: read.files ?? [], importedYears: read.importedYears });
  }

  private async run(
    groups: AsyncIterable<ChildGroup> | Iterable<ChildGroup>,
    options: ImportOptions,
    tally: ImportTally,
    read: { files: readonly string[]; children?: number; importedYears?: readonly string[] },
  ): Promise<ImportSummary> {
    const importId = uuidv4();
    const source = options.source ?? 'import';
    const logMetadata = () => ({
      recordedAt: this.clock.now().toISOString(),
      recordedBy: options.recordedBy,
      source,
    });
    const held = read.importedYears ?? (await importedYears(this.store));
    const { years } = tally;
    const { files } = read;
    await logImportStarted(
      this.store,
      { importId, authority: options.authority, years, files },
      logMetadata(),
    );
    const context = (childId: string) => ({
      commandId: `import-${importId}-${childId}`,
      correlationId: importId,
      recordedBy: options.recordedBy,
      source,
    });
    const deps = { store: this.store, executor: this.executor, policy: this.policy };
    try {
      for await (const group of groups) {
        const prepared = prepareImport(group.returns, {
          authority: options.authority,
          now: this.clock.now().toISOString(),
          gazetteer: options.gazetteer,
          importedYears: held,
          readErrors: group.readErrors,
          voidReason: amendedBy(years),
        });
        tally.unattributed(prepared.unattributed);
        const ids = prepared.childIds;
        for (let from = 0; from < ids.length; from += this.batchChildren) {
          const batch = ids.slice(from, from + this.batchChildren);
          const outcomes = await importBatch(batch, prepared, deps, context);
          for (const childId of batch) tally.child(childId, outcomes.get(childId));
          options.onProgress?.(tally.done, Math.max(read.children ?? 0, tally.done));
        }
      }
    } catch (error) {
      throw new ImportInterruptedError(importId, tally.imported, tally.events, error);
    }
    const summary = tally.summary(importId, [], []);
    await logImport(
      this.store,
      {
        importId,
        authority: options.authority,
        years,
        files,
        children: summary.children.imported,
        events: summary.events,
        skipped: summary.children.skipped,
      },
      logMetadata(),
    );
    return summary;
  }
}
