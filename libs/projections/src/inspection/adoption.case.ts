import {
  ADOPTION_END_REASONS,
  type AdoptionReversalReason,
  type CareEndReason,
  type LocalDate,
} from '@ledger/domain';
import type { ChildTimeline } from '../timeline/timeline.types';
import { currentOrLastPeriod } from './annex-a.common';

/** Why a child is on List 10, and what its row is read from. */
export interface AdoptionCase {
  /** Index of the period of care the row is about; -1 when there is none. */
  readonly period: number;
  /** The last day the row reads: the adoption order, the reversal, or the inspection date. */
  readonly until: LocalDate;
  /** The decision to place for adoption the row is about: the latest one by `until`. */
  readonly decision?: LocalDate;
  readonly adoptedOn?: LocalDate;
  readonly reversal?: { readonly date: LocalDate; readonly reason: AdoptionReversalReason };
}

const isAdoption = (reason: CareEndReason | undefined): boolean =>
  reason !== undefined && ADOPTION_END_REASONS.includes(reason);

function latestOnOrBefore(days: readonly LocalDate[], until: LocalDate): LocalDate | undefined {
  for (let i = days.length - 1; i >= 0; i--) if (days[i] <= until) return days[i];
  return undefined;
}

/**
 * The child's List 10 case over the 12 months `[from, date]`, in this order:
 * 1. adopted: a period of care ended in E11/E12 on a day of the 12 months;
 * 2. else the latest decision by `date` was reversed, on a day of the 12 months;
 * 3. else that decision still stands on `date`: not reversed, no adoption since, and the child
 *    was looked after on at least one day of the 12 months (a decision left behind by a child
 *    who left care long before, with no reversal recorded, is stale).
 * A reversal of an earlier decision, followed by a new one, is not shown: the row is about the
 * latest decision.
 */
export function adoptionCaseOf(
  timeline: ChildTimeline,
  date: LocalDate,
  from: LocalDate,
): AdoptionCase | undefined {
  const periods = timeline.periods;
  const decisions = timeline.adoption.decisions;
  for (let i = currentOrLastPeriod(timeline, date); i >= 0; i--) {
    const end = periods[i].end;
    if (end !== undefined && end < from) break;
    if (end !== undefined && end <= date && isAdoption(periods[i].endReason)) {
      return { period: i, until: end, decision: latestOnOrBefore(decisions, end), adoptedOn: end };
    }
  }
  const decision = latestOnOrBefore(decisions, date);
  if (decision === undefined) return undefined;
  const reversal = timeline.adoption.reversals.find((r) => r.date >= decision && r.date <= date);
  if (reversal) {
    if (reversal.date < from) return undefined;
    return { period: currentOrLastPeriod(timeline, reversal.date), until: reversal.date, decision, reversal };
  }
  const adoptedSince = periods.some(
    (p) => p.end !== undefined && p.end >= decision && p.end <= date && isAdoption(p.endReason),
  );
  const period = currentOrLastPeriod(timeline, date);
  const end = period < 0 ? undefined : periods[period].end;
  if (adoptedSince || period < 0 || (end !== undefined && end <= from)) return undefined;
  return { period, until: date, decision };
}
