import { addDays, addMonths, type LocalDate } from '@ledger/domain';
import { locationOf } from '../report/placement-location';
import { covers, detailsOn, indexCovering, placementOn } from '../timeline/timeline.queries';
import type { ChildTimeline } from '../timeline/timeline.types';
import {
  IDENTITY_COLUMNS,
  annexAListOf,
  currentOrLastPeriod,
  identityOf,
  inspectionDate,
  twelveMonthsEndingOn,
} from './annex-a.common';
import type { AnnexAList, AnnexAOptions, AnnexARow } from './annex-a.types';
import { placementsCovering, startedWithin12MonthsOfAnother, wasUascIn } from './children-in-care.facts';

/**
 * List 8's columns. Not held by the ledger, so left out: disability, allocated team and worker,
 * latest statutory review, last social work visit, permanence plan, last IRO visit, last health
 * assessment, last dental check, missing and absent episodes, return interviews.
 */
export const LIST_8_COLUMNS = [
  ...IDENTITY_COLUMNS,
  'uascInLast12Months',
  'dateStartedLookedAfter',
  'categoryOfNeed',
  'secondPeriodWithin12Months',
  'legalStatusStartDate',
  'legalStatus',
  'numberOfPlacementsLast12Months',
  'dateCeased',
  'reasonCeased',
  'mostRecentPlacementStart',
  'placementType',
  'placementProvider',
  'placementPostcode',
  'urn',
  'placementLocation',
  'placementLa',
] as const;

const LOCATION_CODE = { inside: 'IN', outside: 'OUT', unknown: null } as const;

/**
 * Annex A List 8, children in care: every child looked after on the inspection date D, and every
 * child who ceased to be looked after on a day of `[D − 6 months, D]`. A child whose care ended
 * on D is not looked after on D (docs/measures.md §0) but ceased in the six months, so is
 * listed as ceased. Short breaks are left out as in the measures: a period cut by a short break
 * is not a ceasing, and a child whose only care was short breaks is never listed.
 *
 * The current period is the one covering D, else the last one; its columns are read on D, or on
 * its last day in care. The most recent placement is the usual placement on that day: a temporary
 * placement (T0–T4) is not a placement (docs/measures.md §1), so it neither shows here nor
 * adds to the count of placements in the 12 months `[D − 12 months + 1 day, D]`.
 */
export function annexAList8(timelines: Iterable<ChildTimeline>, options: AnnexAOptions): AnnexAList<8> {
  const date = inspectionDate(options);
  const sixMonthsBefore = addMonths(date, -6);
  const rows: AnnexARow[] = [];
  for (const timeline of timelines) {
    if (timeline.onlyShortBreaks) continue;
    const index = currentOrLastPeriod(timeline, date);
    if (index < 0) continue;
    const period = timeline.periods[index];
    const lookedAfter = covers(period, date);
    const ceasedLately = period.endReason !== undefined && period.end! >= sixMonthsBefore;
    if (lookedAfter || ceasedLately) rows.push(rowOf(timeline, index, date, lookedAfter));
  }
  return annexAListOf(8, date, LIST_8_COLUMNS, rows);
}

function rowOf(timeline: ChildTimeline, index: number, date: LocalDate, lookedAfter: boolean): AnnexARow {
  const period = timeline.periods[index];
  const yearFrom = twelveMonthsEndingOn(date);
  return {
    ...identityOf(timeline, date),
    uascInLast12Months: wasUascIn(timeline.detailsHistory, yearFrom, date) ? 'Y' : 'N',
    dateStartedLookedAfter: period.start,
    categoryOfNeed: period.categoryOfNeed,
    secondPeriodWithin12Months: startedWithin12MonthsOfAnother(timeline.periods, index) ? 'Y' : 'N',
    numberOfPlacementsLast12Months: placementsCovering(timeline.placements, yearFrom, date),
    dateCeased: lookedAfter ? null : period.end!,
    reasonCeased: lookedAfter ? null : (period.endReason ?? null),
    ...careOn(timeline, lookedAfter ? date : addDays(period.end!, -1)),
  };
}

/** Legal status and placement on a day in care. */
function careOn(timeline: ChildTimeline, day: LocalDate): AnnexARow {
  const legalIndex = indexCovering(timeline.legalStatuses, day);
  const legal = legalIndex < 0 ? undefined : timeline.legalStatuses[legalIndex];
  const usual = placementOn(timeline, day)?.usual;
  const placement = usual?.placement;
  const responsibleAuthority = detailsOn(timeline, day)?.responsibleAuthority;
  return {
    legalStatusStartDate: legal?.start ?? null,
    legalStatus: legal?.legalStatus ?? null,
    mostRecentPlacementStart: usual?.start ?? null,
    placementType: placement?.type ?? null,
    placementProvider: placement?.provider ?? null,
    placementPostcode: placement?.postcode ?? null,
    urn: placement?.urn ?? null,
    placementLocation: placement ? LOCATION_CODE[locationOf(placement, responsibleAuthority)] : null,
    placementLa: placement?.authority ?? null,
  };
}
