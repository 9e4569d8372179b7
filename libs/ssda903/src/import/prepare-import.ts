import type { ChildCommand, IdentifiedEvent } from '@ledger/domain';
import type { CollectionYear } from '../formats/collection-year';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { Return, RowError, SourceRef } from '../reading/return';
import { childRecordsOfEvents } from '../export/records-of-events';
import { deriveChildFacts } from '../facts/child-facts';
import { planCorrections } from '../diff/plan-corrections';
import { parseReturns } from '../stitching/child-rows';
import { stitchChild } from '../stitching/stitch-child';

export interface ImportOptions {
  /**
   * The responsible authority's code: its upper-tier code as in the gazetteer's upper-tier
   * column (the ONS code, e.g. E06000059 for Dorset). Stored on each child, and compared with
   * PL_LA to tell inside from outside.
   */
  readonly authority: string;
  /** The import's instant (ISO), the commands' `now`. */
  readonly now: string;
  /** Derives PL_LA, PL_LOCATION and PL_DISTANCE for episodes whose file lacks the columns. */
  readonly gazetteer?: Gazetteer;
  /** Years whose returns the ledger already holds (see `StitchOptions.importedYears`). */
  readonly importedYears?: readonly CollectionYear[];
  /** Row errors found while reading (field counts): their children are skipped. */
  readonly readErrors?: readonly RowError[];
  /** The reason written on voids. @defaultValue "Amended by the SSDA903 return(s) <years>" */
  readonly voidReason?: string;
}

export interface PlannedChild {
  readonly kind: 'planned';
  readonly childId: string;
  /** The child had no events in the ledger. */
  readonly isNew: boolean;
  /** To decide and append as one batch; empty when the ledger already says it all. */
  readonly commands: ChildCommand[];
  readonly sources: (SourceRef | undefined)[];
  readonly voids: number;
  readonly additions: number;
  /** Standing episodes read from the returns. */
  readonly episodes: number;
  /** Rows that break a DfE content rule but leave the timeline consistent: imported, reported. */
  readonly findings: readonly RowError[];
}

export interface SkippedChild {
  readonly kind: 'skipped';
  readonly childId: string;
  readonly errors: readonly RowError[];
}

export type ChildImport = PlannedChild | SkippedChild;

export interface PreparedImport {
  readonly years: readonly CollectionYear[];
  /** Every child in the returns, in id order. */
  readonly childIds: readonly string[];
  /** Errors of rows whose CHILD is blank: they skip no child but are reported. */
  readonly unattributed: readonly RowError[];
  /** Plans one child against its stream as stored now (voids included, in stream order). */
  planChild(childId: string, current: readonly IdentifiedEvent[]): ChildImport;
}

/** The reason written on the voids of an import of these years. */
export const amendedBy = (years: readonly CollectionYear[]): string =>
  `Amended by the SSDA903 return(s) ${years.join(', ')}`;

/**
 * Parses the returns once and prepares a per-child plan: stitch the child's rows on top of
 * what the ledger holds for it, derive the facts, and diff them with the stream. The caller
 * loads each stream, runs the commands through the decider and appends them atomically; a
 * child with any error is skipped whole.
 */
export function prepareImport(returns: readonly Return[], options: ImportOptions): PreparedImport {
  const parsed = parseReturns(returns);
  const years = [...new Set(returns.map((r) => r.year))].sort();
  const readErrorsByChild = new Map<string, RowError[]>();
  const unattributed = [...parsed.unattributed];
  for (const error of options.readErrors ?? []) {
    if (error.childId === undefined) unattributed.push(error);
    else {
      const errors = readErrorsByChild.get(error.childId);
      if (errors) errors.push(error);
      else readErrorsByChild.set(error.childId, [error]);
    }
  }
  const childIds = [...new Set([...parsed.byChild.keys(), ...readErrorsByChild.keys()])].sort();
  const context = { now: options.now };
  const reason = options.voidReason ?? amendedBy(years);
  return {
    years,
    childIds,
    unattributed,
    planChild(childId, current) {
      const base = current.length > 0 ? childRecordsOfEvents(current) : undefined;
      const stitched = stitchChild(childId, parsed.byChild.get(childId) ?? [], base, options);
      const errors = [...(readErrorsByChild.get(childId) ?? []), ...stitched.errors];
      if (errors.length > 0) return { kind: 'skipped', childId, errors };
      const derived = deriveChildFacts(stitched.records, { ...options, context });
      if (!derived.ok) return { kind: 'skipped', childId, errors: derived.errors };
      const plan = planCorrections(current, derived.facts, { reason });
      return {
        kind: 'planned',
        childId,
        isNew: current.length === 0,
        commands: plan.commands,
        sources: plan.sources,
        voids: plan.voids,
        additions: plan.additions,
        episodes: stitched.records.episodes.filter((e) => e.source !== undefined).length,
        findings: [...stitched.findings, ...derived.findings],
      };
    },
  };
}

/** Plans every child at once, for stores read synchronously (and tests). */
export function planImport(
  returns: readonly Return[],
  loadCurrent: (childId: string) => readonly IdentifiedEvent[],
  options: ImportOptions,
): { children: ChildImport[]; unattributed: readonly RowError[]; years: readonly CollectionYear[] } {
  const prepared = prepareImport(returns, options);
  return {
    children: prepared.childIds.map((id) => prepared.planChild(id, loadCurrent(id))),
    unattributed: prepared.unattributed,
    years: prepared.years,
  };
}
