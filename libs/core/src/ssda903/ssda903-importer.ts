import { DomainError } from '@ledger/domain';
import { type EventStore } from '@ledger/event-store';
import {
  type CollectionYear,
  type FileError,
  type Gazetteer,
  type PlannedChild,
  prepareImport,
  readReturns,
  type Return,
  type RowError,
} from '@ledger/ssda903';
import { childStreamName } from '@ledger/domain';
import { v4 as uuidv4 } from 'uuid';
import { type Clock } from '../clock/clock';
import { type ChildCommandExecutor } from '../write/child-command-executor';
import { readChildStream, type StoredChildEvent } from '../write/stream-events';
import { importedYears, logImport } from './import-log';
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

/**
 * Imports 903 returns: each child's rows become commands, decided against its stream and
 * appended in one atomic append, so a child is imported whole or not at all. A child with
 * any bad row is skipped (and reported); the others are imported.
 */
export class Ssda903Importer {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly executor: ChildCommandExecutor,
  ) {}

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
    const quality = new QualityTally();
    const rowErrors: RowError[] = [...prepared.unattributed];
    const skippedByReason: Record<string, number> = {};
    const skip = (errors: readonly RowError[]) => {
      rowErrors.push(...errors);
      const kind = errors[0]?.kind ?? 'rule';
      skippedByReason[kind] = (skippedByReason[kind] ?? 0) + 1;
    };
    for (const [index, childId] of prepared.childIds.entries()) {
      const current = await readChildStream(this.store, childStreamName(childId));
      const plan = prepared.planChild(
        childId,
        current.map((e) => e.event),
      );
      if (plan.kind === 'skipped') skip(plan.errors);
      else if (plan.commands.length === 0) {
        tally.unchanged += 1;
        quality.add(plan.findings);
      } else {
        const outcome = await this.apply(plan, importId, options, current);
        if ('errors' in outcome) skip(outcome.errors);
        else {
          quality.add(plan.findings);
          tally.imported += 1;
          tally.events += outcome.events;
          tally.voided += plan.voids;
          tally.episodes += plan.episodes;
        }
      }
      options.onProgress?.(index + 1, prepared.childIds.length);
    }
    const skipped = Object.values(skippedByReason).reduce((a, b) => a + b, 0);
    const summary = this.summary(
      importId,
      returns,
      read.files?.length ?? 0,
      started,
      { rowErrors, findings: quality.findings },
      { ...tally, skipped, skippedByReason, inReturns: prepared.childIds.length, ...quality.counts() },
    );
    await logImport(
      this.store,
      {
        importId,
        authority: options.authority,
        years: summary.years,
        files: read.files ?? [],
        children: tally.imported,
        events: tally.events,
        skipped,
      },
      {
        recordedAt: this.clock.now().toISOString(),
        recordedBy: options.recordedBy,
        source: options.source ?? 'import',
      },
    );
    return summary;
  }

  /** Decides and appends one child's commands; a rule the decider refuses skips the child, naming the row. */
  private async apply(
    plan: PlannedChild,
    importId: string,
    options: ImportOptions,
    current: readonly StoredChildEvent[],
  ): Promise<{ events: number } | { errors: RowError[] }> {
    try {
      const result = await this.executor.execute(
        plan.childId,
        plan.commands,
        {
          commandId: `import-${importId}-${plan.childId}`,
          correlationId: importId,
          recordedBy: options.recordedBy,
          source: options.source ?? 'import',
        },
        current,
      );
      return { events: result.events.length };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const source = plan.sources.find((s) => s !== undefined);
      return {
        errors: [
          {
            kind: 'rule',
            file: source?.file ?? '',
            line: source?.line ?? 0,
            childId: plan.childId,
            reason: `${error.code}: ${error.message}`,
          },
        ],
      };
    }
  }

  private summary(
    importId: string,
    returns: readonly Return[],
    files: number,
    started: number,
    errors: {
      fileErrors?: readonly FileError[];
      rowErrors: readonly RowError[];
      findings?: readonly RowError[];
    },
    tally = {
      withFindings: 0,
      headerOnly: 0,
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
        withFindings: tally.withFindings,
        headerOnly: tally.headerOnly,
      },
      episodes: tally.episodes,
      events: tally.events,
      voided: tally.voided,
      skippedByReason: tally.skippedByReason,
      fileErrors: errors.fileErrors ?? [],
      rowErrors: errors.rowErrors,
      findings: errors.findings ?? [],
      elapsedMs: Date.now() - started,
    };
  }
}

/** Data-quality findings of the children imported: counted per child, apart from the skipped. */
class QualityTally {
  readonly findings: RowError[] = [];
  private withFindings = 0;
  private headerOnly = 0;

  add(findings: readonly RowError[]): void {
    if (findings.length === 0) return;
    this.findings.push(...findings);
    this.withFindings += 1;
    if (findings.some((f) => f.rule === 'EPI')) this.headerOnly += 1;
  }

  counts(): { withFindings: number; headerOnly: number } {
    return { withFindings: this.withFindings, headerOnly: this.headerOnly };
  }
}
