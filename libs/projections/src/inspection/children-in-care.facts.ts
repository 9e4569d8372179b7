import { addMonths, type LocalDate } from '@ledger/domain';
import { detailsAt } from '../timeline/details-history';
import { isUascOn } from '../timeline/timeline.queries';
import type { CarerSpell, DatedDetails, PeriodOfCare } from '../timeline/timeline.types';

/**
 * The carer spells covering at least one day of `[from, to]`, over all periods of care, counted
 * as docs/measures.md §2a does: `start <= to` and open or `end > from`. A temporary placement and the
 * return from it stay inside one spell, so they add nothing.
 */
export function placementsCovering(spells: readonly CarerSpell[], from: LocalDate, to: LocalDate): number {
  let count = 0;
  for (const spell of spells) {
    if (spell.start > to) break;
    if (spell.end === undefined || spell.end > from) count += 1;
  }
  return count;
}

/**
 * UASC on at least one day of `[from, to]`. Each version of the details stands from its
 * effective date to the next one's, and UASC can only cease as days pass, so it is enough to
 * look at `from` and at each day a new version took effect.
 */
export function wasUascIn(history: readonly DatedDetails[], from: LocalDate, to: LocalDate): boolean {
  if (isUascOn(detailsAt(history, from), from)) return true;
  return history.some(
    ({ effectiveDate }) =>
      effectiveDate > from &&
      effectiveDate <= to &&
      isUascOn(detailsAt(history, effectiveDate), effectiveDate),
  );
}

/**
 * Whether the period at `index` started within 12 months after the previous period ended
 * (`start <= previous end + 12 months`, calendar months, both ends inclusive). The previous
 * period is the one before it in the measures' view, short breaks removed.
 */
export function startedWithin12MonthsOfAnother(periods: readonly PeriodOfCare[], index: number): boolean {
  const previous = index > 0 ? periods[index - 1] : undefined;
  return previous?.end !== undefined && periods[index].start <= addMonths(previous.end, 12);
}
