import type { ChildEvent } from '@ledger/domain';
import type { AdoptionMilestones, CareLeaverContact, StayingPutSpan } from './timeline.types';

/** Decisions, reversals and matches, each list in effective-date order. */
export function adoptionMilestonesOf(events: readonly ChildEvent[]): AdoptionMilestones {
  const milestones = {
    decisions: [] as AdoptionMilestones['decisions'][number][],
    reversals: [] as AdoptionMilestones['reversals'][number][],
    matches: [] as AdoptionMilestones['matches'][number][],
  };
  for (const event of events) {
    if (event.type === 'AdoptionDecisionMade') milestones.decisions.push(event.data.effectiveDate);
    else if (event.type === 'AdoptionDecisionReversed')
      milestones.reversals.push({ date: event.data.effectiveDate, reason: event.data.reason });
    else if (event.type === 'AdoptionMatched')
      milestones.matches.push({ date: event.data.effectiveDate, byFosterCarer: event.data.byFosterCarer });
  }
  return milestones;
}

/** Staying Put arrangements: a start opens one (unless one is open), an end closes it. */
export function stayingPutSpansOf(events: readonly ChildEvent[]): StayingPutSpan[] {
  const spans: StayingPutSpan[] = [];
  let open: StayingPutSpan | undefined;
  for (const event of events) {
    if (event.type === 'StayingPutStarted' && !open) {
      open = { start: event.data.effectiveDate, carerId: event.data.carerId };
    } else if (event.type === 'StayingPutEnded' && open) {
      if (event.data.effectiveDate > open.start) spans.push({ ...open, end: event.data.effectiveDate });
      open = undefined;
    }
  }
  if (open) spans.push(open);
  return spans;
}

export function careLeaverContactsOf(events: readonly ChildEvent[]): CareLeaverContact[] {
  const contacts: CareLeaverContact[] = [];
  for (const event of events) {
    if (event.type !== 'CareLeaverContactRecorded') continue;
    const { effectiveDate, inTouch, activity, accommodation } = event.data;
    contacts.push({ date: effectiveDate, inTouch, activity, accommodation });
  }
  return contacts;
}
