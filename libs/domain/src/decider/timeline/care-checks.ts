import { isCodeValidOn, LEGAL_STATUSES, PLACEMENT_TYPES } from '../../code-lists';
import type { LegalStatus } from '../../code-lists';
import { DomainErrorCode } from '../../errors';
import type { Placement } from '../../values/placement';
import type { TimelineEvent } from './timeline-fact';
import { breach, factsAfter, type RuleBreach, type RuleContext } from './timeline-rule';
import type { TimelineState } from './timeline-state';

/**
 * The breach for a fact that needs the child in care when they are not: DATE.BEFORE_CARE when a
 * period of care starts later (the date is before the period it was meant for), else CARE.NOT_IN_CARE.
 */
export function notInCareBreach(
  event: TimelineEvent,
  state: TimelineState,
  context: RuleContext,
): RuleBreach | null {
  if (state.care) return null;
  for (const later of factsAfter(context)) {
    if (later.event.type === 'CareStarted') {
      return breach(
        DomainErrorCode.DATE_BEFORE_CARE,
        event,
        `the date is before the period of care starting on ${later.event.data.effectiveDate}`,
        'effectiveDate',
        { careStartedOn: later.event.data.effectiveDate },
      );
    }
  }
  return breach(DomainErrorCode.CARE_NOT_IN_CARE, event, 'the child is not in care on that day');
}

/** The placement type must be on the code list on the fact's date (codes are introduced and withdrawn). */
export function placementCodeBreach(event: TimelineEvent, placement: Placement): RuleBreach | null {
  if (isCodeValidOn(PLACEMENT_TYPES, placement.type, event.data.effectiveDate)) return null;
  return breach(
    DomainErrorCode.PLACEMENT_CODE_NOT_VALID_ON_DATE,
    event,
    `placement type ${placement.type} is not valid on that day`,
    'placement.type',
  );
}

export function legalStatusCodeBreach(event: TimelineEvent, legalStatus: LegalStatus): RuleBreach | null {
  if (isCodeValidOn(LEGAL_STATUSES, legalStatus, event.data.effectiveDate)) return null;
  return breach(
    DomainErrorCode.LEGAL_STATUS_NOT_VALID_ON_DATE,
    event,
    `legal status ${legalStatus} is not valid on that day`,
    'legalStatus',
  );
}
