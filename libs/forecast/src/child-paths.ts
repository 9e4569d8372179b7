import { placementOn, type ChildTimeline } from '@ledger/projections';
import { boundaryDays, dayNumber, groupIndexOf } from './states';

/** A stretch of care in one group: `[start, end)` in day numbers, `end` infinite while open. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly group: number;
  /** The first segment of a period of care: the child entered care at `start`. */
  readonly entry: boolean;
}

/**
 * One child's care as the forecast reads it: the groups it was in, day by day, and the days
 * its age band changes (and it leaves care at 18).
 */
export interface ChildPath {
  /** Day numbers of the 1st, 5th, 10th, 16th and 18th birthdays. */
  readonly boundaries: readonly number[];
  readonly segments: readonly Segment[];
  /** The latest effective date the child's care shows (a start, a change or an end). */
  readonly lastDay: number;
}

/** The days in one period of care on which the child's placement may change group. */
function changeDays(timeline: ChildTimeline, period: number): string[] {
  const days = new Set<string>([timeline.periods[period].start]);
  for (const stint of timeline.usualPlacements) if (stint.period === period) days.add(stint.start);
  for (const stint of timeline.temporaryPlacements) {
    if (stint.period !== period) continue;
    days.add(stint.start);
    if (stint.end !== undefined) days.add(stint.end);
  }
  const end = timeline.periods[period].end;
  return [...days].filter((day) => end === undefined || day < end).sort();
}

/**
 * The path of one child, or undefined when it cannot be forecast: no date of birth (no age
 * band), or only short breaks (in no measure, docs/measures.md §0). Periods of care are the
 * measures' (short breaks removed); a move within a group is no change of state.
 */
export function childPathOf(timeline: ChildTimeline): ChildPath | undefined {
  const dateOfBirth = timeline.details?.dateOfBirth;
  if (dateOfBirth === undefined || timeline.periods.length === 0) return undefined;
  const segments: Segment[] = [];
  let lastDay = -Infinity;
  timeline.periods.forEach((period, index) => {
    const end = period.end === undefined ? Infinity : dayNumber(period.end);
    let open: { start: number; group: number; entry: boolean } | undefined;
    for (const day of changeDays(timeline, index)) {
      const onDay = placementOn(timeline, day);
      if (!onDay) continue;
      const group = groupIndexOf(onDay.placement);
      const start = dayNumber(day);
      lastDay = Math.max(lastDay, start);
      if (open && open.group === group) continue;
      if (open) segments.push({ ...open, end: start });
      open = { start, group, entry: open === undefined };
    }
    if (open) segments.push({ ...open, end });
    if (Number.isFinite(end)) lastDay = Math.max(lastDay, end);
  });
  return { boundaries: boundaryDays(dateOfBirth), segments, lastDay };
}

/** The paths of every child that can be forecast. */
export function childPathsOf(timelines: Iterable<ChildTimeline>): ChildPath[] {
  const paths: ChildPath[] = [];
  for (const timeline of timelines) {
    if (timeline.onlyShortBreaks) continue;
    const path = childPathOf(timeline);
    if (path) paths.push(path);
  }
  return paths;
}

/** The segment covering time `t`, if the child is looked after then and under 18. */
export function segmentAt(path: ChildPath, t: number): Segment | undefined {
  if (t >= path.boundaries[path.boundaries.length - 1]) return undefined;
  for (let i = path.segments.length - 1; i >= 0; i--) {
    const segment = path.segments[i];
    if (segment.start <= t) return segment.end > t ? segment : undefined;
  }
  return undefined;
}
