import { ACCOMMODATION_CODES, ACTIVITY_CODES, IN_TOUCH_CODES, isCodeValidOn } from '../../code-lists';
import type { CodeList } from '../../code-lists';
import { isFosterPlacement } from '../../code-lists';
import { DomainErrorCode } from '../../errors';
import type { CareLeaverContactRecorded, StayingPutEnded, StayingPutStarted } from '../../events';
import { ageOn } from '../../values/local-date';
import { breach, type Rule, type RuleBreach } from './timeline-rule';
import type { TimelineState } from './timeline-state';

/**
 * Staying Put: a young person stays with their former foster carers after care ends at 18 or
 * over. So the last period of care must have ended on or before the day, at 18+, in U1-U6.
 */
export const stayingPutStartedRule: Rule<StayingPutStarted> = (event, state) => {
  if (state.stayingPut) {
    return breach(
      DomainErrorCode.STAYING_PUT_ALREADY_ACTIVE,
      event,
      'a Staying Put arrangement is in progress',
    );
  }
  const why = stayingPutIneligibility(state);
  if (!why) return null;
  return breach(
    DomainErrorCode.STAYING_PUT_NOT_ELIGIBLE,
    event,
    `Staying Put needs care to have ended at 18 or over in a foster placement (${why})`,
    'effectiveDate',
    { reason: why },
  );
};

function stayingPutIneligibility(state: TimelineState): string | null {
  const end = state.lastCareEnd;
  if (state.care) return 'IN_CARE';
  if (!end) return 'NEVER_LEFT_CARE';
  if (state.died) return 'DIED';
  if (ageOn(state.dateOfBirth, end.date) < 18) return 'LEFT_CARE_UNDER_18';
  if (!isFosterPlacement(end.placement.type)) return 'NOT_IN_FOSTER_PLACEMENT';
  return null;
}

export const stayingPutEndedRule: Rule<StayingPutEnded> = (event, state) =>
  state.stayingPut
    ? null
    : breach(DomainErrorCode.STAYING_PUT_NONE_ACTIVE, event, 'no Staying Put arrangement is in progress');

/**
 * OC3 contacts: not while the child is looked after, with codes valid on the day and consistent
 * (903 rules 344/345). A contact needs no care leaving in the ledger: the care may lie before
 * anything the ledger holds (a first import of one recent return), and the care leaver measures
 * count contacts (docs/measures.md §5), whatever the ledger knows of the care before them.
 */
export const careLeaverContactRule: Rule<CareLeaverContactRecorded> = (event, state) => {
  const { inTouch, activity, accommodation } = event.data;
  if (state.care) {
    return breach(
      DomainErrorCode.CARE_LEAVER_STILL_IN_CARE,
      event,
      `the child is looked after on that day (care started on ${state.care.start})`,
      'effectiveDate',
      { careStartedOn: state.care.start },
    );
  }
  const codeBreach =
    codeValidity(event, IN_TOUCH_CODES, inTouch, 'inTouch') ??
    codeValidity(event, ACTIVITY_CODES, activity, 'activity') ??
    codeValidity(event, ACCOMMODATION_CODES, accommodation, 'accommodation');
  if (codeBreach) return codeBreach;
  const bothZero = activity === '0' && accommodation === '0';
  const neitherZero = activity !== '0' && accommodation !== '0';
  if ((inTouch === 'DIED' || inTouch === 'RHOM') && !bothZero) {
    return breach(
      DomainErrorCode.CARE_LEAVER_INCONSISTENT_CODES,
      event,
      `with IN_TOUCH ${inTouch}, activity and accommodation must be 0`,
      'activity',
    );
  }
  if (inTouch === 'YES' && !neitherZero) {
    return breach(
      DomainErrorCode.CARE_LEAVER_INCONSISTENT_CODES,
      event,
      'with IN_TOUCH YES, activity and accommodation must be known (not 0)',
      'activity',
    );
  }
  return null;
};

function codeValidity<C extends string>(
  event: CareLeaverContactRecorded,
  list: CodeList<C>,
  code: C,
  field: string,
): RuleBreach | null {
  if (isCodeValidOn(list, code, event.data.effectiveDate)) return null;
  return breach(
    DomainErrorCode.CARE_LEAVER_CODE_NOT_VALID_ON_DATE,
    event,
    `${field} ${code} is not valid on that day`,
    field,
  );
}
