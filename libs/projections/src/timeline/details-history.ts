import type { ChildDetails, ChildEvent, LocalDate } from '@ledger/domain';
import type { DatedDetails } from './timeline.types';

/** The versions of the child's details, in effective-date order (the facts come sorted). */
export function detailsHistoryOf(events: readonly ChildEvent[]): DatedDetails[] {
  const history: DatedDetails[] = [];
  for (const event of events) {
    if (event.type !== 'ChildRegistered' && event.type !== 'ChildDetailsUpdated') continue;
    const { effectiveDate, ...details } = event.data;
    history.push({ effectiveDate, details });
  }
  return history;
}

/**
 * The details standing on `day`: the latest version effective on or before it. Before the
 * first version (a day before the registration's effective date) the first version stands,
 * so a child always has the details it was registered with.
 */
export function detailsAt(history: readonly DatedDetails[], day: LocalDate): ChildDetails | undefined {
  if (history.length === 0) return undefined;
  for (let i = history.length - 1; i > 0; i--) {
    if (history[i].effectiveDate <= day) return history[i].details;
  }
  return history[0].details;
}
