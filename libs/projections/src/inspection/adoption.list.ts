import {
  ADOPTION_PLACEMENT_TYPES,
  PLACEMENT_ORDER_LEGAL_STATUSES,
  maxDate,
  type LocalDate,
  type PlacementType,
} from '@ledger/domain';
import { stintsOfPeriod } from '../timeline/period.queries';
import type { ChildTimeline, PeriodOfCare } from '../timeline/timeline.types';
import {
  IDENTITY_COLUMNS,
  annexAListOf,
  identityOf,
  inspectionDate,
  twelveMonthsEndingOn,
} from './annex-a.common';
import type { AnnexAList, AnnexAOptions, AnnexARow } from './annex-a.types';
import { adoptionCaseOf, type AdoptionCase } from './adoption.case';

/** List 10's columns. Not held by the ledger, so left out: disability, the adopter family id. */
export const LIST_10_COLUMNS = [
  ...IDENTITY_COLUMNS,
  'dateEnteredCare',
  'dateDecisionToPlace',
  'datePlacementOrder',
  'dateMatched',
  'datePlacedForAdoption',
  'dateOfAdoptionOrder',
  'dateDecisionReversed',
  'reasonReversed',
  'datePlacedInFfa',
] as const;

/** Fostering for adoption or concurrent planning placements. */
const FFA_PLACEMENT_TYPES: readonly PlacementType[] = ['U2', 'U5'];

/**
 * Annex A List 10 (docs/ssda903.md §8), adoption: the children who, in the 12 months `[D − 12 months + 1 day, D]`,
 * were adopted, had their decision to place for adoption reversed, or have a decision standing
 * on D ({@link adoptionCaseOf}). The dates are read in the period of care of the case, up to its
 * last day. The placement order is the first E1/D1 day of the period. The match (the latest)
 * and the placement for adoption (the first A3–A6 placement) are those on or after the
 * decision: a match made for an earlier, reversed decision is not shown. The FFA placement
 * (the first U2/U5) is read from the period's start, as it often comes before the decision.
 */
export function annexAList10(timelines: Iterable<ChildTimeline>, options: AnnexAOptions): AnnexAList<10> {
  const date = inspectionDate(options);
  const from = twelveMonthsEndingOn(date);
  const rows: AnnexARow[] = [];
  for (const timeline of timelines) {
    if (timeline.onlyShortBreaks) continue;
    const found = adoptionCaseOf(timeline, date, from);
    if (found) rows.push({ ...identityOf(timeline, date), ...caseColumns(timeline, found) });
  }
  return annexAListOf(10, date, LIST_10_COLUMNS, rows);
}

function caseColumns(timeline: ChildTimeline, found: AdoptionCase): AnnexARow {
  const period = found.period < 0 ? undefined : timeline.periods[found.period];
  const since = found.decision ?? period?.start;
  const stints = period ? stintsOfPeriod(timeline, found.period) : [];
  const firstStint = (types: readonly PlacementType[], from: LocalDate | undefined): LocalDate | null => {
    if (from === undefined) return null;
    const stint = stints.find(
      (s) => types.includes(s.placement.type) && s.start >= from && s.start <= found.until,
    );
    return stint?.start ?? null;
  };
  return {
    dateEnteredCare: period?.start ?? null,
    dateDecisionToPlace: found.decision ?? null,
    datePlacementOrder: period ? placementOrderDay(timeline, period, found.until) : null,
    dateMatched: since === undefined ? null : latestMatch(timeline, since, found.until),
    datePlacedForAdoption: firstStint(ADOPTION_PLACEMENT_TYPES, since),
    dateOfAdoptionOrder: found.adoptedOn ?? null,
    dateDecisionReversed: found.reversal?.date ?? null,
    reasonReversed: found.reversal?.reason ?? null,
    // Fostering for adoption often comes before the decision: read from the period's start.
    datePlacedInFfa: firstStint(FFA_PLACEMENT_TYPES, period?.start),
  };
}

/** The first day of the period, up to `until`, under a placement order (E1, or the historical D1). */
function placementOrderDay(
  timeline: ChildTimeline,
  period: PeriodOfCare,
  until: LocalDate,
): LocalDate | null {
  for (const span of timeline.legalStatuses) {
    if (span.end !== undefined && span.end <= period.start) continue;
    const start = maxDate(span.start, period.start);
    if (start > until || (period.end !== undefined && start >= period.end)) return null;
    if (PLACEMENT_ORDER_LEGAL_STATUSES.includes(span.legalStatus)) return start;
  }
  return null;
}

/** The latest match in `[since, until]`: a later match replaces a disrupted one. */
function latestMatch(timeline: ChildTimeline, since: LocalDate, until: LocalDate): LocalDate | null {
  let match: LocalDate | null = null;
  for (const candidate of timeline.adoption.matches) {
    if (candidate.date >= since && candidate.date <= until) match = candidate.date;
  }
  return match;
}
