import { DomainErrorCode } from '../../errors';
import type { ChildDetails } from '../../events';
import type { LocalDate } from '../../values/local-date';
import { adoptionDecisionRule, adoptionMatchedRule, adoptionReversedRule } from './adoption-rules';
import { careLeaverContactRule, stayingPutEndedRule, stayingPutStartedRule } from './after-care-rules';
import { careEndedRule, careStartedRule } from './care-rules';
import { plausibleBirthBreach, sameDayBreach } from './same-day-rules';
import {
  legalStatusChangedRule,
  placementMovedRule,
  temporaryPlacementEndedRule,
  temporaryPlacementStartedRule,
} from './placement-rules';
import {
  orderTimeline,
  type TimelineEvent,
  type TimelineEventType,
  type TimelineFact,
} from './timeline-fact';
import { breach, type Rule, type RuleBreach, type RuleContext } from './timeline-rule';
import { applyFact, initialTimelineState, type TimelineState } from './timeline-state';

/** A fact that cannot stand where it is in the timeline, and why. */
export interface TimelineViolation extends RuleBreach {
  readonly factId: string;
  readonly fact: TimelineFact;
}

export interface TimelineOptions {
  /** When given, facts dated after this day are DATE.IN_FUTURE. */
  readonly today?: LocalDate;
}

const RULES: { readonly [T in TimelineEventType]: Rule<Extract<TimelineEvent, { type: T }>> | null } = {
  ChildRegistered: null,
  ChildDetailsUpdated: null,
  CareStarted: careStartedRule,
  PlacementMoved: placementMovedRule,
  LegalStatusChanged: legalStatusChangedRule,
  TemporaryPlacementStarted: temporaryPlacementStartedRule,
  TemporaryPlacementEnded: temporaryPlacementEndedRule,
  CareEnded: careEndedRule,
  StayingPutStarted: stayingPutStartedRule,
  StayingPutEnded: stayingPutEndedRule,
  CareLeaverContactRecorded: careLeaverContactRule,
  AdoptionDecisionMade: adoptionDecisionRule,
  AdoptionMatched: adoptionMatchedRule,
  AdoptionDecisionReversed: adoptionReversedRule,
};

/**
 * Replays the facts in timeline order (date, same-day rank, stream order: see `SAME_DAY_RANK`)
 * and returns the first fact that breaks a rule, or null when the timeline is consistent.
 * The order of `facts` is their stream order; they need not be sorted.
 */
export function validateTimeline(
  details: Pick<ChildDetails, 'dateOfBirth'>,
  facts: readonly TimelineFact[],
  options: TimelineOptions = {},
): TimelineViolation | null {
  return findTimelineViolations(details, facts, options)[0] ?? null;
}

/**
 * Every violation, in timeline order. A fact that breaks a rule is left out of the replay, so
 * later facts are judged as if it had not been recorded (one bad fact is reported once, not
 * again through every fact after it).
 */
export function findTimelineViolations(
  details: Pick<ChildDetails, 'dateOfBirth'>,
  facts: readonly TimelineFact[],
  options: TimelineOptions = {},
): TimelineViolation[] {
  const ordered = orderTimeline(facts);
  const violations: TimelineViolation[] = [];
  let state = initialTimelineState(details.dateOfBirth);
  ordered.forEach((fact, index) => {
    const found = checkFact(fact.event, state, { facts: ordered, index }, options);
    if (found) violations.push({ ...found, factId: fact.id, fact });
    else state = applyFact(state, fact.event);
  });
  return violations;
}

function checkFact(
  event: TimelineEvent,
  state: TimelineState,
  context: RuleContext,
  options: TimelineOptions,
): RuleBreach | null {
  const date = event.data.effectiveDate;
  // A registration is dated by the birth it records; details updates may correct that date.
  if (event.type !== 'ChildRegistered' && date < state.dateOfBirth) {
    return breach(DomainErrorCode.DATE_BEFORE_BIRTH, event, 'the date is before the date of birth');
  }
  if (options.today !== undefined && date > options.today) {
    return breach(DomainErrorCode.DATE_IN_FUTURE, event, `the date is after today (${options.today})`);
  }
  const shape = plausibleBirthBreach(event, state, context) ?? sameDayBreach(event, context);
  if (shape) return shape;
  const rule = RULES[event.type] as Rule<TimelineEvent> | null;
  return rule ? rule(event, state, context) : null;
}
