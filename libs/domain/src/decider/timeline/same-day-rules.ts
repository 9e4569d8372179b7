import { DomainErrorCode } from '../../errors';
import { addYears } from '../../values/local-date';
import type { TimelineEvent, TimelineEventType } from './timeline-fact';
import { breach, factsAfter, type RuleBreach, type RuleContext } from './timeline-rule';
import type { TimelineState } from './timeline-state';

/**
 * Facts of which a day holds at most one. The 903's dates are days: two moves, two legal
 * statuses or two care leaver contacts on one day cannot both be shown, and the timeline would
 * fold them into one (the first move's reason with the last move's carer). Details updates may
 * repeat (a later one corrects an earlier one from the same day).
 */
const ONE_A_DAY: ReadonlySet<TimelineEventType> = new Set<TimelineEventType>([
  'CareStarted',
  'PlacementMoved',
  'LegalStatusChanged',
  'TemporaryPlacementStarted',
  'TemporaryPlacementEnded',
  'CareEnded',
  'StayingPutStarted',
  'StayingPutEnded',
  'CareLeaverContactRecorded',
  'AdoptionDecisionMade',
  'AdoptionMatched',
  'AdoptionDecisionReversed',
]);

/** Changes inside care that start an episode: on the day care ends that episode would last no time. */
const STARTS_EPISODE: ReadonlySet<TimelineEventType> = new Set<TimelineEventType>([
  'PlacementMoved',
  'LegalStatusChanged',
  'TemporaryPlacementStarted',
]);

/** Ids of facts still being decided (see decide-child.ts) are not entries anyone can void yet. */
const isPending = (id: string): boolean => id.startsWith('\u0000');

/**
 * A second fact of one kind on a day that already has one is refused, naming the entry
 * already there: the fix is to void it and record the right one (in one change, `POST
 * /children/{id}/changes`, when later facts depend on it).
 */
export function sameDayBreach(event: TimelineEvent, context: RuleContext): RuleBreach | null {
  if (!ONE_A_DAY.has(event.type)) return null;
  const date = event.data.effectiveDate;
  for (let i = context.index - 1; i >= 0; i -= 1) {
    const earlier = context.facts[i];
    if (earlier.event.data.effectiveDate !== date) break;
    if (earlier.event.type !== event.type) continue;
    const entry = isPending(earlier.id) ? 'an earlier command of this change' : `entry ${earlier.id}`;
    return breach(
      DomainErrorCode.TIMELINE_SAME_DAY_FACT,
      event,
      `${entry} already records a ${event.type} that day; a day holds one. ` +
        'Void that entry and record the right fact again, or send both as one change to POST /children/{id}/changes',
      'effectiveDate',
      isPending(earlier.id) ? {} : { existingEventId: earlier.id },
    );
  }
  if (STARTS_EPISODE.has(event.type)) {
    for (const later of factsAfter(context)) {
      if (later.event.data.effectiveDate !== date) break;
      if (later.event.type === 'CareEnded')
        return breach(
          DomainErrorCode.TIMELINE_CHANGE_ON_CARE_END_DAY,
          event,
          'care ends that same day, so the change would last no time (903 rules 355, 356); date it before the end of care, or void the end',
        );
    }
  }
  return null;
}

/** How far a child's first fact may lie after the date of birth: care leavers are followed to 25. */
export const MAX_AGE_AT_FIRST_FACT = 25;

/**
 * A date of birth more than 25 years before the child's first fact is refused: no child's
 * care, and no care leaver's contact, lies that far from birth, so the date is a slip (1900,
 * 0000). Checked on the first fact of the child's life other than its details.
 */
export function plausibleBirthBreach(
  event: TimelineEvent,
  state: TimelineState,
  context: RuleContext,
): RuleBreach | null {
  if (event.type === 'ChildRegistered' || event.type === 'ChildDetailsUpdated') return null;
  for (let i = context.index - 1; i >= 0; i -= 1) {
    const type = context.facts[i].event.type;
    if (type !== 'ChildRegistered' && type !== 'ChildDetailsUpdated') return null;
  }
  const limit = addYears(state.dateOfBirth, MAX_AGE_AT_FIRST_FACT);
  if (event.data.effectiveDate <= limit) return null;
  return breach(
    DomainErrorCode.DATE_OF_BIRTH_IMPLAUSIBLE,
    event,
    `the date of birth ${state.dateOfBirth} is more than ${MAX_AGE_AT_FIRST_FACT} years before the child's first fact; correct the date of birth with a details update`,
    'dateOfBirth',
    { dateOfBirth: state.dateOfBirth },
  );
}
