import type { ChildDetailsChange, UpdateChildDetails } from '../commands';
import { DomainError, DomainErrorCode } from '../errors';
import type { ChildDetails } from '../events';
import type { ChildState } from './child-state';

/** The fields a details change may leave out (kept) or set to null (cleared, when optional). */
const DETAIL_FIELDS = [
  'dateOfBirth',
  'sex',
  'ethnicity',
  'upn',
  'responsibleAuthority',
  'homePostcode',
  'uasc',
  'uascCeasedOn',
  'mother',
  'firstChildDateOfBirth',
] as const satisfies readonly Exclude<keyof ChildDetails, 'childId'>[];

/**
 * The details standing on `day`: from the registration or update with the latest effective
 * date on or before it (a tie goes to the later entry), voided entries left out; the current
 * details when none is that early.
 */
function detailsStandingOn(state: ChildState, day: string): ChildDetails | undefined {
  let standing: (ChildDetails & { effectiveDate: string }) | undefined;
  for (const { id, event } of state.facts) {
    if (event.type !== 'ChildRegistered' && event.type !== 'ChildDetailsUpdated') continue;
    if (state.voidedIds.has(id) || event.data.effectiveDate > day) continue;
    if (!standing || event.data.effectiveDate >= standing.effectiveDate) standing = event.data;
  }
  if (!standing) return state.details;
  const { effectiveDate: _effectiveDate, ...details } = standing;
  return details;
}

/**
 * A partial change of details (`partial: true`), made whole: the fields given replace those standing on its
 * effective date, the others are kept, and `null` clears an optional one. The event recorded
 * (`ChildDetailsUpdated`) keeps its shape: the full details from that day on.
 *
 * @throws DomainError `VALIDATION.INVALID_VALUE` when the change gives no field.
 */
export function wholeDetailsChange(command: UpdateChildDetails, state: ChildState): UpdateChildDetails {
  const change: ChildDetailsChange = command.data;
  if (change.partial !== true) return command;
  if (!DETAIL_FIELDS.some((field) => change[field] !== undefined)) {
    throw new DomainError(
      DomainErrorCode.VALIDATION_INVALID_VALUE,
      `UpdateChildDetails: give at least one of ${DETAIL_FIELDS.join(', ')}`,
      'dateOfBirth',
    );
  }
  const whole: Record<string, unknown> = { ...detailsStandingOn(state, change.effectiveDate) };
  for (const field of DETAIL_FIELDS) {
    const value = change[field];
    if (value === null) delete whole[field];
    else if (value !== undefined) whole[field] = value;
  }
  return {
    ...command,
    data: {
      ...(whole as unknown as ChildDetails),
      childId: change.childId,
      effectiveDate: change.effectiveDate,
    },
  };
}
