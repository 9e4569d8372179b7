export * from './ledger-event-record';
export * from './timeline/timeline.types';
export { buildTimeline, type TimelineOptions } from './timeline/build-timeline';
export { visibleEvents } from './timeline/visible-events';
export {
  ageOnDay,
  covers,
  detailsOn,
  isLookedAfterOn,
  isUascOn,
  periodOn,
  placementOn,
  type PlacementOnDay,
} from './timeline/timeline.queries';
export * from './report/ratio';
export * from './report/report.types';
export { computeReport } from './report/compute-report';
export { computeSeries, monthEndsIn } from './report/compute-series';
export { ageBandOf, type ReportOptions } from './report/report-options';
export { MeasuresReadModel } from './read-model/measures.read-model';
export * from './inspection/annex-a.types';
export { annexAList8, LIST_8_COLUMNS } from './inspection/children-in-care.list';
export { annexAList9, LIST_9_COLUMNS } from './inspection/care-leavers.list';
export { annexAList10, LIST_10_COLUMNS } from './inspection/adoption.list';
export { figureAt, figureChildren, type FigureMember } from './report/figure-children';
