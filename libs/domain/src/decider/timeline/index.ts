export { validateTimeline, findTimelineViolations } from './validate-timeline';
export type { TimelineViolation, TimelineOptions } from './validate-timeline';
export { orderTimeline, isTimelineEvent, SAME_DAY_RANK } from './timeline-fact';
export type { TimelineFact, TimelineEvent, TimelineEventType } from './timeline-fact';
export { isSamePlacement } from './placement-rules';
