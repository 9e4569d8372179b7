import { DomainErrorCode } from '../../errors';
import type { AdoptionDecisionMade, AdoptionDecisionReversed, AdoptionMatched } from '../../events';
import { breach, factsAfter, type Rule, type RuleContext } from './timeline-rule';
import type { TimelineState } from './timeline-state';

/**
 * A decision to place for adoption is made while the child is looked after (903 rule 334) and
 * decisions do not overlap (rule 579): it stands until reversed or the child is adopted.
 * A decision dated before the first period of care the ledger holds, when one starts later, is
 * care older than the ledger's history (one recent return shows a period's later episodes only,
 * and the decision made in its earlier ones): it is accepted and stands into that period.
 */
export const adoptionDecisionRule: Rule<AdoptionDecisionMade> = (event, state, context) => {
  if (!state.care && !beforeFirstCare(state, context)) {
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

/** No period of care before this point, and one starts later: the care before it is not held. */
function beforeFirstCare(state: TimelineState, context: RuleContext): boolean {
  if (state.lastCareEnd || state.died) return false;
  for (const later of factsAfter(context)) if (later.event.type === 'CareStarted') return true;
  return false;
}
