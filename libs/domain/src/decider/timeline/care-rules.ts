import { ADOPTION_END_REASONS, CARE_END_REASONS, isAdoptionPlacement, isCodeValidOn } from '../../code-lists';
import { isTemporaryPlacement } from '../../code-lists';
import { DomainErrorCode } from '../../errors';
import type { CareEnded, CareStarted } from '../../events';
import { ageOn } from '../../values/local-date';
import { legalStatusCodeBreach, notInCareBreach, placementCodeBreach } from './care-checks';
import { breach, factsAfter, type Rule, type RuleContext } from './timeline-rule';

export const careStartedRule: Rule<CareStarted> = (event, state, context) => {
  const { effectiveDate: date, placement, legalStatus } = event.data;
  if (state.died) return breach(DomainErrorCode.CARE_AFTER_DEATH, event, 'the child died before that day');
  if (state.care) {
    return endsOnSameDay(date, context)
      ? restartSameDay(event)
      : breach(
          DomainErrorCode.CARE_ALREADY_IN_CARE,
          event,
          `the child is already in care since ${state.care.start}`,
          'effectiveDate',
          { careStartedOn: state.care.start },
        );
  }
  if (state.lastCareEnd?.date === date) return restartSameDay(event);
  if (ageOn(state.dateOfBirth, date) >= 18) {
    return breach(DomainErrorCode.CARE_START_AGED_18_OR_OVER, event, 'the child is 18 or over on that day');
  }
  if (isTemporaryPlacement(placement.type)) {
    return breach(
      DomainErrorCode.PLACEMENT_TEMPORARY_TYPE,
      event,
      `a period of care cannot start with a temporary placement (${placement.type})`,
      'placement.type',
    );
  }
  return placementCodeBreach(event, placement) ?? legalStatusCodeBreach(event, legalStatus);
};

/** The period of care open at this point ends later the same day (the 903 would continue it instead). */
function endsOnSameDay(date: string, context: RuleContext): boolean {
  for (const later of factsAfter(context)) {
    if (later.event.data.effectiveDate !== date) return false;
    if (later.event.type === 'CareEnded') return true;
  }
  return false;
}

const restartSameDay = (event: CareStarted) =>
  breach(
    DomainErrorCode.CARE_RESTART_SAME_DAY,
    event,
    'care ended that same day; a change on the day care ended continues the period (903 rule 431)',
  );

export const careEndedRule: Rule<CareEnded> = (event, state, context) => {
  const { effectiveDate: date, reason } = event.data;
  const care = state.care;
  if (!care) return notInCareBreach(event, state, context);
  if (!isCodeValidOn(CARE_END_REASONS, reason, date)) {
    return breach(
      DomainErrorCode.CARE_END_REASON_NOT_VALID_ON_DATE,
      event,
      `reason ${reason} is not valid on that day`,
      'reason',
    );
  }
  if (care.start === date) {
    return breach(DomainErrorCode.CARE_END_ON_START_DAY, event, 'a period of care lasts at least a day');
  }
  if (care.temporary) {
    return breach(
      DomainErrorCode.CARE_END_IN_TEMPORARY_PLACEMENT,
      event,
      `care cannot end during a temporary placement (${care.temporary.type}); end it first`,
    );
  }
  if (reason === 'E17' && ageOn(state.dateOfBirth, date) < 18) {
    return breach(
      DomainErrorCode.CARE_END_E17_UNDER_18,
      event,
      'E17 is only for a child aged 18 or over',
      'reason',
    );
  }
  if (ADOPTION_END_REASONS.includes(reason) && !isAdoptionPlacement(care.placement.type)) {
    return breach(
      DomainErrorCode.CARE_END_ADOPTION_NOT_PLACED,
      event,
      `adoption (${reason}) needs a placement for adoption (A3-A6), not ${care.placement.type}`,
      'reason',
    );
  }
  return null;
};
