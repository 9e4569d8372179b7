/**
 * Stable error codes. The part before the dot says what kind of failure it is, and
 * the edge maps kinds to HTTP status: `*.NOT_FOUND` 404, `CONCURRENCY.*` and
 * `IDEMPOTENCY.*` 409, `VALIDATION.*` 400, every other domain rule 422.
 */
export const DomainErrorCode = {
  CHILD_NOT_FOUND: 'CHILD.NOT_FOUND',
  CHILD_ALREADY_REGISTERED: 'CHILD.ALREADY_REGISTERED',
  CHILD_ID_MISMATCH: 'CHILD.ID_MISMATCH',
  DATE_BEFORE_BIRTH: 'DATE.BEFORE_BIRTH',
  DATE_IN_FUTURE: 'DATE.IN_FUTURE',
  DATE_BEFORE_CARE: 'DATE.BEFORE_CARE',
  CARE_ALREADY_IN_CARE: 'CARE.ALREADY_IN_CARE',
  CARE_NOT_IN_CARE: 'CARE.NOT_IN_CARE',
  CARE_START_AGED_18_OR_OVER: 'CARE.START_AGED_18_OR_OVER',
  CARE_RESTART_SAME_DAY: 'CARE.RESTART_SAME_DAY',
  CARE_END_IN_TEMPORARY_PLACEMENT: 'CARE.END_IN_TEMPORARY_PLACEMENT',
  CARE_END_E17_UNDER_18: 'CARE.E17_UNDER_18',
  CARE_END_ADOPTION_NOT_PLACED: 'CARE.ADOPTION_NOT_PLACED_FOR_ADOPTION',
  CARE_AFTER_DEATH: 'CARE.AFTER_DEATH',
  PLACEMENT_UNCHANGED: 'PLACEMENT.UNCHANGED',
  PLACEMENT_TEMPORARY_TYPE: 'PLACEMENT.TEMPORARY_TYPE_NOT_ALLOWED',
  PLACEMENT_NOT_TEMPORARY_TYPE: 'PLACEMENT.NOT_A_TEMPORARY_TYPE',
  PLACEMENT_CODE_NOT_VALID_ON_DATE: 'PLACEMENT.CODE_NOT_VALID_ON_DATE',
  PLACEMENT_DURING_TEMPORARY: 'PLACEMENT.DURING_TEMPORARY_PLACEMENT',
  TEMPORARY_OVERLAP: 'TEMPORARY_PLACEMENT.OVERLAP',
  TEMPORARY_NONE_ACTIVE: 'TEMPORARY_PLACEMENT.NONE_ACTIVE',
  LEGAL_STATUS_UNCHANGED: 'LEGAL_STATUS.UNCHANGED',
  LEGAL_STATUS_NOT_VALID_ON_DATE: 'LEGAL_STATUS.CODE_NOT_VALID_ON_DATE',
  STAYING_PUT_NOT_ELIGIBLE: 'STAYING_PUT.NOT_ELIGIBLE',
  STAYING_PUT_ALREADY_ACTIVE: 'STAYING_PUT.ALREADY_ACTIVE',
  STAYING_PUT_NONE_ACTIVE: 'STAYING_PUT.NONE_ACTIVE',
  /** No longer raised: a contact is refused only while the child is looked after (CARE_LEAVER.STILL_IN_CARE). */
  CARE_LEAVER_NEVER_LEFT_CARE: 'CARE_LEAVER.NEVER_LEFT_CARE',
  CARE_LEAVER_INCONSISTENT_CODES: 'CARE_LEAVER.INCONSISTENT_CODES',
  ADOPTION_DECISION_NOT_IN_CARE: 'ADOPTION.DECISION_NOT_IN_CARE',
  ADOPTION_DECISION_ALREADY_ACTIVE: 'ADOPTION.DECISION_ALREADY_ACTIVE',
  ADOPTION_NO_ACTIVE_DECISION: 'ADOPTION.NO_ACTIVE_DECISION',
  CORRECTION_ENTRY_NOT_FOUND: 'CORRECTION.ENTRY_NOT_FOUND',
  CORRECTION_ALREADY_VOIDED: 'CORRECTION.ALREADY_VOIDED',
  CORRECTION_NOT_VOIDABLE: 'CORRECTION.NOT_VOIDABLE',
  CORRECTION_WOULD_BREAK_TIMELINE: 'CORRECTION.WOULD_BREAK_TIMELINE',
  TIMELINE_BACKDATED_CONFLICT: 'TIMELINE.BACKDATED_CONFLICT',
  VALIDATION_INVALID_VALUE: 'VALIDATION.INVALID_VALUE',
  /** A period of care must last at least a day (903 rules 355/356). */
  CARE_END_ON_START_DAY: 'CARE.END_ON_START_DAY',
  /** A reason for leaving care (903 REC) not on the code list on the end date (E43/E44 after 2019). */
  CARE_END_REASON_NOT_VALID_ON_DATE: 'CARE.REASON_NOT_VALID_ON_DATE',
  /** A care leaver code (activity F3/P3 after 2022) not on the code list on the contact date. */
  CARE_LEAVER_CODE_NOT_VALID_ON_DATE: 'CARE_LEAVER.CODE_NOT_VALID_ON_DATE',
  /** A second fact of one kind (a move, a legal status, a contact...) on a day that has one. */
  TIMELINE_SAME_DAY_FACT: 'TIMELINE.SAME_DAY_FACT',
  /** A move, legal status change or temporary placement on the day care ends (it would last no time). */
  TIMELINE_CHANGE_ON_CARE_END_DAY: 'TIMELINE.CHANGE_ON_CARE_END_DAY',
  /** A date of birth more than 25 years before the child's first fact. */
  DATE_OF_BIRTH_IMPLAUSIBLE: 'DATE.BIRTH_IMPLAUSIBLE',
  /** A care leaver contact dated on a day the child is looked after. */
  CARE_LEAVER_STILL_IN_CARE: 'CARE_LEAVER.STILL_IN_CARE',
} as const;

export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode];

/**
 * A rule of the domain was broken. The message names the rule and the field or date;
 * it never carries personal data beyond the child's identifier.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The field the error is about, when there is one (e.g. `effectiveDate`). */
    readonly field?: string,
    /** Machine-readable details (ids, dates, codes); never names. */
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
