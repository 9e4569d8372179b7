import {
  ACCOMMODATION_CODES,
  ACTIVITY_CODES,
  ADOPTER_LEGAL_STATUSES,
  ADOPTER_SEXES,
  ADOPTION_REVERSAL_REASONS,
  CARE_END_REASONS,
  CATEGORIES_OF_NEED,
  ETHNICITIES,
  IN_TOUCH_CODES,
  isCode,
  LEGAL_STATUSES,
  PLACEMENT_CHANGE_REASONS,
  PLACEMENT_PROVIDERS,
  PLACEMENT_TYPES,
  SEXES,
  type CodeList,
} from '../code-lists';
import type { ChildCommand } from '../commands';
import { DomainError, DomainErrorCode } from '../errors';
import type { ChildDetails } from '../events';
import { dateOfInstant, isLocalDate, type LocalDate } from '../values/local-date';
import { CHILD_ID_RULE, isChildId } from '../values/child-id';
import type { Placement } from '../values/placement';

/** "Today" for the future-date rule: the UTC day of the command's `now`. */
export function todayOf(now: string): LocalDate {
  if (now === checkedNow) return dateOfInstant(now);
  const instant = typeof now === 'string' ? Date.parse(now) : Number.NaN;
  if (Number.isNaN(instant)) invalid('metadata.now', 'is not an ISO instant');
  checkedNow = now;
  return dateOfInstant(now);
}

/** The last `now` found to be an instant: the commands of a change, the children of an import share it. */
let checkedNow: string | undefined;

/**
 * The checks a command passes on its own, before the timeline: dates are real days and not
 * after today, codes are on their lists. Whether a code is valid on the fact's date is a
 * timeline rule, so a withdrawn code is refused with its own error.
 */
export function checkCommandInput(command: ChildCommand, today: LocalDate): void {
  if (command.type === 'VoidEntry') {
    if (typeof command.data.eventId !== 'string' || command.data.eventId === '')
      invalid('eventId', 'is empty');
    if (typeof command.data.reason !== 'string' || command.data.reason.trim() === '')
      invalid('reason', 'is empty');
    return;
  }
  if (command.type === 'RegisterChild') return checkDetails(command.data, today);
  const date = command.data.effectiveDate;
  if (!isLocalDate(date)) invalid('effectiveDate', 'is not a date (YYYY-MM-DD)');
  if (date > today) {
    throw new DomainError(
      DomainErrorCode.DATE_IN_FUTURE,
      `${command.type}: the effective date ${date} is after today (${today})`,
      'effectiveDate',
    );
  }
  switch (command.type) {
    case 'UpdateChildDetails':
      // Made whole by wholeDetailsChange before it is checked (details-change.ts).
      return checkDetails(command.data as ChildDetails, today);
    case 'StartCare':
      code(LEGAL_STATUSES, command.data.legalStatus, 'legalStatus');
      code(CATEGORIES_OF_NEED, command.data.categoryOfNeed, 'categoryOfNeed');
      if (command.data.reasonNewEpisode !== undefined && !'LPTBU'.includes(command.data.reasonNewEpisode))
        invalid('reasonNewEpisode', 'is not one of L, P, T, B, U');
      return checkPlacement(command.data.placement);
    case 'MovePlacement':
      if (typeof command.data.carerChanged !== 'boolean') invalid('carerChanged', 'is not true or false');
      optionalCode(PLACEMENT_CHANGE_REASONS, command.data.reason, 'reason');
      return checkPlacement(command.data.placement);
    case 'StartTemporaryPlacement':
      return checkPlacement(command.data.placement);
    case 'ChangeLegalStatus':
      return code(LEGAL_STATUSES, command.data.legalStatus, 'legalStatus');
    case 'EndCare':
      return code(CARE_END_REASONS, command.data.reason, 'reason');
    case 'RecordCareLeaverContact':
      code(IN_TOUCH_CODES, command.data.inTouch, 'inTouch');
      code(ACTIVITY_CODES, command.data.activity, 'activity');
      return code(ACCOMMODATION_CODES, command.data.accommodation, 'accommodation');
    case 'RecordAdoptionMatch':
      optionalCode(ADOPTER_SEXES, command.data.adopterSex, 'adopterSex');
      return optionalCode(ADOPTER_LEGAL_STATUSES, command.data.adopterLegalStatus, 'adopterLegalStatus');
    case 'ReverseAdoptionDecision':
      return code(ADOPTION_REVERSAL_REASONS, command.data.reason, 'reason');
    // Only the effective date to check (above).
    case 'EndTemporaryPlacement':
    case 'StartStayingPut':
    case 'EndStayingPut':
    case 'RecordAdoptionDecision':
      return;
    default: {
      // Every command type is handled above: a new one is a compile error here until it is.
      const unknown: never = command;
      return invalid('type', `is not a command type (${String((unknown as { type?: unknown }).type)})`);
    }
  }
}

function checkDetails(details: ChildDetails, today: LocalDate): void {
  if (!isChildId(details.childId)) invalid('childId', CHILD_ID_RULE);
  if (!isLocalDate(details.dateOfBirth)) invalid('dateOfBirth', 'is not a date (YYYY-MM-DD)');
  if (details.dateOfBirth > today) {
    throw new DomainError(DomainErrorCode.DATE_IN_FUTURE, 'The date of birth is after today', 'dateOfBirth');
  }
  code(SEXES, details.sex, 'sex');
  optionalCode(ETHNICITIES, details.ethnicity, 'ethnicity');
  if (details.uascCeasedOn !== undefined && !isLocalDate(details.uascCeasedOn)) {
    invalid('uascCeasedOn', 'is not a date (YYYY-MM-DD)');
  }
  if (details.mother !== undefined && details.mother !== 0 && details.mother !== 1) {
    invalid('mother', 'is not 0 or 1');
  }
  const firstChild = details.firstChildDateOfBirth;
  if (firstChild !== undefined) {
    if (!isLocalDate(firstChild)) invalid('firstChildDateOfBirth', 'is not a date (YYYY-MM-DD)');
    if (firstChild > today) {
      throw new DomainError(
        DomainErrorCode.DATE_IN_FUTURE,
        "The date of birth of the mother's first child is after today",
        'firstChildDateOfBirth',
      );
    }
    if (firstChild <= details.dateOfBirth) invalid('firstChildDateOfBirth', 'is not after the date of birth');
  }
}

function checkPlacement(placement: Placement): void {
  if (typeof placement !== 'object' || placement === null) invalid('placement', 'is missing');
  code(PLACEMENT_TYPES, placement.type, 'placement.type');
  optionalCode(PLACEMENT_PROVIDERS, placement.provider, 'placement.provider');
}

function code<C extends string>(list: CodeList<C>, value: C, field: string): void {
  if (!isCode(list, value)) invalid(field, `has no code ${String(value)}`);
}

function optionalCode<C extends string>(list: CodeList<C>, value: C | undefined, field: string): void {
  if (value !== undefined) code(list, value, field);
}

function invalid(field: string, what: string): never {
  throw new DomainError(DomainErrorCode.VALIDATION_INVALID_VALUE, `${field} ${what}`, field);
}
