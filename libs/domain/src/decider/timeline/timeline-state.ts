import type { CareEndReason, CategoryOfNeed, LegalStatus } from '../../code-lists';
import { ADOPTION_END_REASONS } from '../../code-lists';
import type { LocalDate } from '../../values/local-date';
import type { Placement } from '../../values/placement';
import type { TimelineEvent } from './timeline-fact';

/** The open period of care while the child is looked after. */
export interface OpenCare {
  readonly start: LocalDate;
  readonly legalStatus: LegalStatus;
  readonly categoryOfNeed: CategoryOfNeed;
  /** The usual placement; a temporary placement interrupts it without ending it. */
  readonly placement: Placement;
  readonly temporary: Placement | null;
}

/** How the last period of care ended. */
export interface LastCareEnd {
  readonly date: LocalDate;
  readonly reason: CareEndReason;
  /** The usual placement on the day care ended. */
  readonly placement: Placement;
}

/** What the replay knows about the child on the day of the fact being checked. */
export interface TimelineState {
  readonly dateOfBirth: LocalDate;
  readonly care: OpenCare | null;
  readonly lastCareEnd: LastCareEnd | null;
  readonly died: boolean;
  readonly stayingPut: boolean;
  /** A decision to place for adoption stands until it is reversed or the child is adopted. */
  readonly adoptionDecision: boolean;
}

export const initialTimelineState = (dateOfBirth: LocalDate): TimelineState => ({
  dateOfBirth,
  care: null,
  lastCareEnd: null,
  died: false,
  stayingPut: false,
  adoptionDecision: false,
});

/** The state after a fact that passed its rules. */
export function applyFact(state: TimelineState, event: TimelineEvent): TimelineState {
  const { care } = state;
  switch (event.type) {
    case 'CareStarted': {
      const { effectiveDate: start, legalStatus, categoryOfNeed, placement } = event.data;
      return { ...state, care: { start, legalStatus, categoryOfNeed, placement, temporary: null } };
    }
    case 'PlacementMoved':
      return care ? { ...state, care: { ...care, placement: event.data.placement } } : state;
    case 'LegalStatusChanged':
      return care ? { ...state, care: { ...care, legalStatus: event.data.legalStatus } } : state;
    case 'TemporaryPlacementStarted':
      return care ? { ...state, care: { ...care, temporary: event.data.placement } } : state;
    case 'TemporaryPlacementEnded':
      return care ? { ...state, care: { ...care, temporary: null } } : state;
    case 'CareEnded': {
      if (!care) return state;
      const { effectiveDate: date, reason } = event.data;
      return {
        ...state,
        care: null,
        lastCareEnd: { date, reason, placement: care.placement },
        died: state.died || reason === 'E2',
        adoptionDecision: state.adoptionDecision && !ADOPTION_END_REASONS.includes(reason),
      };
    }
    case 'StayingPutStarted':
      return { ...state, stayingPut: true };
    case 'StayingPutEnded':
      return { ...state, stayingPut: false };
    case 'AdoptionDecisionMade':
      return { ...state, adoptionDecision: true };
    case 'AdoptionDecisionReversed':
      return { ...state, adoptionDecision: false };
    case 'ChildRegistered':
    case 'ChildDetailsUpdated':
    case 'AdoptionMatched':
    case 'CareLeaverContactRecorded':
      return state;
  }
}
