import type { ChildDetails, LocalDate, Placement } from '@ledger/domain';
import { detailsAt } from './details-history';
import type { ChildTimeline, DaySpan, PeriodOfCare, PlacementStint } from './timeline.types';

/** True when the span covers `day`: `start <= day < end` (docs/measures.md §0). */
export const covers = (span: DaySpan, day: LocalDate): boolean =>
  span.start <= day && (span.end === undefined || span.end > day);

/** Index of the span covering `day` in a list ordered by start, or -1. Scans from the latest. */
export function indexCovering(spans: readonly DaySpan[], day: LocalDate): number {
  for (let i = spans.length - 1; i >= 0; i--) {
    if (spans[i].start <= day) return covers(spans[i], day) ? i : -1;
  }
  return -1;
}

/** The period of care covering `day`: the child is looked after on `day` when there is one. */
export function periodOn(timeline: ChildTimeline, day: LocalDate): PeriodOfCare | undefined {
  const index = indexCovering(timeline.periods, day);
  return index < 0 ? undefined : timeline.periods[index];
}

export const isLookedAfterOn = (timeline: ChildTimeline, day: LocalDate): boolean =>
  indexCovering(timeline.periods, day) >= 0;

/** Where a looked-after child is on a day. */
export interface PlacementOnDay {
  /** Index of the carer spell covering the day (a temporary placement runs inside it). */
  readonly spell: number;
  readonly usual: PlacementStint;
  readonly temporary?: PlacementStint;
  /** The temporary placement when one is active, else the usual one. */
  readonly placement: Placement;
}

export function placementOn(timeline: ChildTimeline, day: LocalDate): PlacementOnDay | undefined {
  const index = indexCovering(timeline.usualPlacements, day);
  if (index < 0) return undefined;
  const usual = timeline.usualPlacements[index];
  const temporaryIndex = indexCovering(timeline.temporaryPlacements, day);
  const temporary = temporaryIndex < 0 ? undefined : timeline.temporaryPlacements[temporaryIndex];
  return { spell: usual.spell, usual, temporary, placement: (temporary ?? usual).placement };
}

/** The details standing on `day` (docs/measures.md §0: home postcode and UASC are read on a day). */
export const detailsOn = (timeline: ChildTimeline, day: LocalDate): ChildDetails | undefined =>
  detailsAt(timeline.detailsHistory, day);

/** UASC on `day`: recorded as UASC and not ceased by then (`day < uascCeasedOn`). */
export const isUascOn = (details: ChildDetails | undefined, day: LocalDate): boolean =>
  details !== undefined && details.uasc && (details.uascCeasedOn === undefined || day < details.uascCeasedOn);

/**
 * Whole years on `day`, as `ageOn` of the domain (29 February birthdays fall on 1 March),
 * without parsing: the reports call it for every child.
 */
export function ageOnDay(dateOfBirth: LocalDate, day: LocalDate): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}
