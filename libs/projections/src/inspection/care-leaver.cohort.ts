import { ADOPTION_END_REASONS, birthday, daysBetween, maxDate, type LocalDate } from '@ledger/domain';
import type { ChildTimeline } from '../timeline/timeline.types';
import { currentOrLastPeriod } from './annex-a.common';

/** Thirteen weeks: the care after the 14th birthday that makes a care leaver. */
const THIRTEEN_WEEKS = 91;

/**
 * Whether the young person is a care leaver on `day`: the OC3 cohort of docs/ssda903.md §1,
 * as the DfE validator encodes it (rule 1001), reading only the care up to `day`.
 * - They are not looked after on `day`: their last period of care ended on or before it, with a
 *   reason (a period cut by a short break is not a ceasing).
 * - Care ended after the 16th birthday: they were looked after on it or later (`end > 16th`).
 * - At least 91 days of care on or after the 14th birthday, over all periods of care.
 * - The last period did not end in adoption (E11, E12), nor in death (E2): neither leaves a care
 *   leaver behind. Short breaks never count (the periods leave them out).
 */
export function isCareLeaverOn(timeline: ChildTimeline, dateOfBirth: LocalDate, day: LocalDate): boolean {
  const index = currentOrLastPeriod(timeline, day);
  if (index < 0) return false;
  const last = timeline.periods[index];
  if (last.end === undefined || last.end > day || last.endReason === undefined) return false;
  if (ADOPTION_END_REASONS.includes(last.endReason) || last.endReason === 'E2') return false;
  if (last.end <= birthday(dateOfBirth, 16)) return false;
  const fourteenth = birthday(dateOfBirth, 14);
  let days = 0;
  for (const period of timeline.periods.slice(0, index + 1)) {
    const from = maxDate(period.start, fourteenth);
    if (period.end! > from) days += daysBetween(from, period.end!);
  }
  return days >= THIRTEEN_WEEKS;
}
