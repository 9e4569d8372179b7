import { type FileError, type RowError } from '@ledger/ssda903';
import { type ChildOutcome } from './import-batch';
import { type ImportSummary } from './import-summary';

/** What an import has done so far, child by child, and its summary. */
export class ImportTally {
  done = 0;
  imported = 0;
  events = 0;
  private unchanged = 0;
  private episodes = 0;
  private voided = 0;
  private readonly loose: RowError[] = [];
  private readonly byChild = new Map<string, readonly RowError[]>();
  private readonly skippedByReason: Record<string, number> = {};
  private readonly findingsByChild = new Map<string, readonly RowError[]>();
  private withFindings = 0;
  private headerOnly = 0;

  constructor(
    readonly years: readonly string[],
    private readonly files: number,
    private readonly started: number,
  ) {}

  /** Errors of rows that belong to no child: reported, and they skip nobody. */
  unattributed(errors: readonly RowError[]): void {
    this.loose.push(...errors);
  }

  child(childId: string, outcome: ChildOutcome | undefined): void {
    this.done += 1;
    if (outcome?.kind === 'skipped') {
      this.byChild.set(childId, outcome.errors);
      const kind = outcome.errors[0]?.kind ?? 'rule';
      this.skippedByReason[kind] = (this.skippedByReason[kind] ?? 0) + 1;
    } else if (outcome?.kind === 'imported') {
      this.quality(childId, outcome.plan.findings);
      this.imported += 1;
      this.events += outcome.events;
      this.voided += outcome.plan.voids;
      this.episodes += outcome.plan.episodes;
    } else {
      if (outcome) this.quality(childId, outcome.plan.findings);
      this.unchanged += 1;
    }
  }

  /** Data-quality findings of a child imported or up to date: counted per child, apart from the skipped. */
  private quality(childId: string, findings: readonly RowError[]): void {
    if (findings.length === 0) return;
    this.findingsByChild.set(childId, findings);
    this.withFindings += 1;
    if (findings.some((f) => f.rule === 'EPI')) this.headerOnly += 1;
  }

  /** The summary; row errors come unattributed first, then by child id, as a person reads them. */
  summary(
    importId: string,
    fileErrors: readonly FileError[],
    readErrors: readonly RowError[],
  ): ImportSummary {
    const children = [...this.byChild.keys()].sort();
    return {
      importId,
      years: [...this.years],
      files: this.files,
      children: {
        inReturns: this.done,
        imported: this.imported,
        unchanged: this.unchanged,
        skipped: this.byChild.size,
        withFindings: this.withFindings,
        headerOnly: this.headerOnly,
      },
      episodes: this.episodes,
      events: this.events,
      voided: this.voided,
      skippedByReason: { ...this.skippedByReason },
      fileErrors,
      rowErrors: [...readErrors, ...this.loose, ...children.flatMap((id) => this.byChild.get(id) ?? [])],
      findings: [...this.findingsByChild.keys()].sort().flatMap((id) => this.findingsByChild.get(id) ?? []),
      elapsedMs: Date.now() - this.started,
    };
  }
}
