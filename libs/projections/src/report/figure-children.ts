import { DomainError, DomainErrorCode } from '@ledger/domain';
import type { ChildTimeline } from '../timeline/timeline.types';
import { computeReport } from './compute-report';
import type { ReportOptions } from './report-options';
import type { MeasuresReport } from './report.types';

/** How one child counts in one figure of the report. */
export interface FigureMember {
  readonly childId: string;
  /** Times counted in the numerator (a ratio), or in the count (a count or days figure). */
  readonly numerator: number;
  /** Times counted in the denominator; equal to `numerator` for a count or days figure. */
  readonly denominator: number;
}

/**
 * The report's value at a dotted path (`stability.threePlusPlacements`), or undefined when
 * the path names nothing in it.
 */
export function figureAt(report: MeasuresReport, path: string): unknown {
  let value: unknown = report;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The numerator and denominator a figure's value stands for: a ratio's parts, a days figure's count, a count. */
function partsOf(value: unknown): { numerator: number; denominator: number } | undefined {
  if (typeof value === 'number') return { numerator: value, denominator: value };
  if (value !== null && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.numerator === 'number' && typeof v.denominator === 'number') {
      return { numerator: v.numerator, denominator: v.denominator };
    }
    if (typeof v.count === 'number') return { numerator: v.count, denominator: v.count };
  }
  return undefined;
}

/**
 * The children behind one figure of the report: each child's own one-child report, read at
 * the figure's path. Every measure counts a child on its own (docs/measures.md §9), so the
 * members' numerators and denominators add up to the report's figure by construction, and the
 * children listed are exactly the children counted. Children counted in neither are left out.
 */
export function figureChildren(
  timelines: Iterable<ChildTimeline>,
  options: ReportOptions,
  path: string,
): FigureMember[] {
  if (partsOf(figureAt(computeReport([], options), path)) === undefined) {
    throw new DomainError(
      DomainErrorCode.VALIDATION_INVALID_VALUE,
      `No figure ${path} in the report`,
      'figure',
    );
  }
  const members: FigureMember[] = [];
  for (const timeline of timelines) {
    const parts = partsOf(figureAt(computeReport([timeline], options), path))!;
    if (parts.denominator > 0 || parts.numerator > 0) members.push({ childId: timeline.childId, ...parts });
  }
  return members.sort((a, b) => (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0));
}
