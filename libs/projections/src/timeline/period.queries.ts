import type { ChildTimeline, PlacementStint } from './timeline.types';

/** The usual placements of one period of care, in order. */
export function stintsOfPeriod(timeline: ChildTimeline, period: number): PlacementStint[] {
  const first = timeline.periods[period].firstSpell;
  const stints: PlacementStint[] = [];
  for (const stint of timeline.usualPlacements) {
    if (stint.spell < first) continue;
    if (stint.period !== period) break;
    stints.push(stint);
  }
  return stints;
}

/** The usual placement in place when a period of care ended (or is in place now). */
export function lastStintOfPeriod(timeline: ChildTimeline, period: number): PlacementStint | undefined {
  const stints = timeline.usualPlacements;
  for (let i = stints.length - 1; i >= 0; i--) {
    if (stints[i].period === period) return stints[i];
    if (stints[i].period < period) return undefined;
  }
  return undefined;
}
