import { DomainErrorCode } from '../../errors';
import type { AdoptionDecisionMade, AdoptionDecisionReversed, AdoptionMatched } from '../../events';
import { breach, type Rule } from './timeline-rule';
import type { TimelineState } from './timeline-state';

/**
 * A decision to place for adoption is made while the child is looked after (903 rule 334) and
 * decisions do not overlap (rule 579): it stands until reversed or the child is adopted.
 */
export const adoptionDecisionRule: Rule<AdoptionDecisionMade> = (event, state) => {
  if (!state.care) {
    return breach(
      DomainErrorCode.ADOPTION_DECISION_NOT_IN_CARE,
      event,
      'the child is not in care on that day',
    );
  }
  if (state.adoptionDecision) {
    return breach(
      DomainErrorCode.ADOPTION_DECISION_ALREADY_ACTIVE,
      event,
      'a decision to place for adoption already stands',
    );
  }
  return null;
};

export const adoptionMatchedRule: Rule<AdoptionMatched> = (event, state) => noDecision(event, state);

export const adoptionReversedRule: Rule<AdoptionDecisionReversed> = (event, state) =>
  noDecision(event, state);

const noDecision = (event: AdoptionMatched | AdoptionDecisionReversed, state: TimelineState) =>
  state.adoptionDecision
    ? null
    : breach(
        DomainErrorCode.ADOPTION_NO_ACTIVE_DECISION,
        event,
        'no decision to place for adoption stands on that day',
      );
