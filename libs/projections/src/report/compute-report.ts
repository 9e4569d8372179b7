import { asKnownAtLabel } from '../ledger-event-record';
import type { ChildTimeline } from '../timeline/timeline.types';
import { AdoptionMeasure } from './adoption.measure';
import { CareLeaversMeasure } from './care-leavers.measure';
import { childOnDay } from './child-on-day';
import { LocationMeasure } from './location.measure';
import { passesFilters, validateOptions, type ReportOptions } from './report-options';
import type { MeasuresReport } from './report.types';
import { SnapshotMeasure } from './snapshot.measure';
import { StabilityMeasure } from './stability.measure';

/**
 * The report of docs/measures.md §9 over `[from, to]`, from the children's timelines in one
 * pass. Children whose only care was short breaks are in no measure; the filters choose the
 * children, read on `to`.
 */
export function computeReport(timelines: Iterable<ChildTimeline>, options: ReportOptions): MeasuresReport {
  const { window, filters } = validateOptions(options);
  const stability = new StabilityMeasure(window);
  const location = new LocationMeasure();
  const adoption = new AdoptionMeasure(window);
  const careLeavers = new CareLeaversMeasure(window);
  const snapshot = new SnapshotMeasure();
  for (const timeline of timelines) {
    if (timeline.onlyShortBreaks) continue;
    const child = childOnDay(timeline, window.to);
    if (!passesFilters(child, filters)) continue;
    stability.add(child);
    location.add(child);
    adoption.add(child);
    careLeavers.add(child);
    snapshot.add(child);
  }
  return {
    window,
    asKnownAt: asKnownAtLabel(options.asKnownAt),
    stability: stability.result(),
    location: location.result(),
    adoption: adoption.result(),
    careLeavers: careLeavers.result(),
    snapshot: snapshot.result(),
    filters,
  };
}
