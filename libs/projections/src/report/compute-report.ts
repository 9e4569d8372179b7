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

/** A report fed one child's timeline at a time, so that a caller can pause between children. */
export interface ReportBuilder {
  add(timeline: ChildTimeline): void;
  result(): MeasuresReport;
}

/** The builder of {@link computeReport}: the same report, whatever slices the timelines come in. */
export function reportBuilder(options: ReportOptions): ReportBuilder {
  const { window, filters } = validateOptions(options);
  const stability = new StabilityMeasure(window);
  const location = new LocationMeasure();
  const adoption = new AdoptionMeasure(window);
  const careLeavers = new CareLeaversMeasure(window);
  const snapshot = new SnapshotMeasure();
  return {
    add(timeline) {
      if (timeline.onlyShortBreaks) return;
      const child = childOnDay(timeline, window.to);
      if (!passesFilters(child, filters)) return;
      stability.add(child);
      location.add(child);
      adoption.add(child);
      careLeavers.add(child);
      snapshot.add(child);
    },
    result: () => ({
      window,
      asKnownAt: asKnownAtLabel(options.asKnownAt),
      stability: stability.result(),
      location: location.result(),
      adoption: adoption.result(),
      careLeavers: careLeavers.result(),
      snapshot: snapshot.result(),
      filters,
    }),
  };
}

/**
 * The report of docs/measures.md §9 over `[from, to]`, from the children's timelines in one
 * pass. Children whose only care was short breaks are in no measure; the filters choose the
 * children, read on `to`.
 */
export function computeReport(timelines: Iterable<ChildTimeline>, options: ReportOptions): MeasuresReport {
  const builder = reportBuilder(options);
  for (const timeline of timelines) builder.add(timeline);
  return builder.result();
}
