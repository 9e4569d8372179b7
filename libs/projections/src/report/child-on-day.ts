import type { ChildDetails, LocalDate, Placement } from '@ledger/domain';
import { ageOnDay, detailsOn, indexCovering, isUascOn, placementOn } from '../timeline/timeline.queries';
import type { ChildTimeline, PeriodOfCare } from '../timeline/timeline.types';

/** What the measures read of one child on the day of a window, worked out once per report. */
export interface ChildOnDay {
  readonly timeline: ChildTimeline;
  readonly day: LocalDate;
  readonly details?: ChildDetails;
  readonly uasc: boolean;
  /**
   * Whole years on the day; undefined without a date of birth. The date of birth is read from
   * the latest standing details: a corrected birth date applies to every day.
   */
  readonly age?: number;
  /** Set when the child is looked after on the day. */
  readonly care?: {
    readonly period: PeriodOfCare;
    /** Index of the carer spell covering the day. */
    readonly spell: number;
    readonly usual: Placement;
    /** The placement the child is in: the temporary one when it is active. */
    readonly placement: Placement;
    readonly temporary: boolean;
  };
}

export function childOnDay(timeline: ChildTimeline, day: LocalDate): ChildOnDay {
  const details = detailsOn(timeline, day);
  const dateOfBirth = timeline.details?.dateOfBirth;
  const periodIndex = indexCovering(timeline.periods, day);
  const onDay = periodIndex < 0 ? undefined : placementOn(timeline, day);
  return {
    timeline,
    day,
    details,
    uasc: isUascOn(details, day),
    age: dateOfBirth ? ageOnDay(dateOfBirth, day) : undefined,
    care:
      onDay === undefined
        ? undefined
        : {
            period: timeline.periods[periodIndex],
            spell: onDay.spell,
            usual: onDay.usual.placement,
            placement: onDay.placement,
            temporary: onDay.temporary !== undefined,
          },
  };
}
