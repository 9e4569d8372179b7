import { addDays, addMonths, daysInMonth, type LocalDate } from '@ledger/domain';
import { asKnownAtLabel } from '../ledger-event-record';
import type { ChildTimeline } from '../timeline/timeline.types';
import { childOnDay } from './child-on-day';
import { LocationMeasure } from './location.measure';
import { RatioCounter } from './ratio';
import { passesFilters, validateOptions, type ReportOptions } from './report-options';
import type { MeasuresSeries, ReportFilters, SeriesPoint } from './report.types';
import { SnapshotMeasure } from './snapshot.measure';
import { hasThreePlacementsIn } from './stability.measure';

/** The last day of every month whose last day falls in `[from, to]`. */
export function monthEndsIn(from: LocalDate, to: LocalDate): LocalDate[] {
  const ends: LocalDate[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const end = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
    if (end > to) return ends;
    if (end >= from) ends.push(end);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

function pointOn(
  timelines: readonly ChildTimeline[],
  monthEnd: LocalDate,
  filters: ReportFilters,
): SeriesPoint {
  const twelveMonthsFrom = addDays(addMonths(monthEnd, -12), 1);
  const threePlus = new RatioCounter();
  const location = new LocationMeasure();
  const snapshot = new SnapshotMeasure();
  for (const timeline of timelines) {
    if (timeline.onlyShortBreaks) continue;
    const child = childOnDay(timeline, monthEnd);
    if (!child.care || !passesFilters(child, filters)) continue;
    threePlus.add(hasThreePlacementsIn(timeline.placements, twelveMonthsFrom, monthEnd));
    location.add(child);
    snapshot.add(child);
  }
  return {
    monthEnd,
    stability: { threePlusPlacements12Months: threePlus.result() },
    location: location.result(),
    snapshot: snapshot.result(),
  };
}

/**
 * For charts: at each month end in `[from, to]`, the snapshot and location figures on that day
 * and measure 2a over the twelve months ending that day (docs/measures.md §9). Filters are read on each month end.
 */
export function computeSeries(timelines: Iterable<ChildTimeline>, options: ReportOptions): MeasuresSeries {
  const { window, filters } = validateOptions(options);
  const children = [...timelines];
  return {
    window,
    asKnownAt: asKnownAtLabel(options.asKnownAt),
    filters,
    points: monthEndsIn(window.from, window.to).map((monthEnd) => pointOn(children, monthEnd, filters)),
  };
}
