import type {
  CareEndReason,
  CategoryOfNeed,
  ChildEvent,
  ContinuingReasonNewEpisode,
  LegalStatus,
  LocalDate,
  Placement,
  PlacementChangeReason,
} from '@ledger/domain';
import { unreachable } from '@ledger/domain';

/** How a segment began: with care itself, or with a change inside the period. */
export type SegmentChange =
  | { readonly kind: 'start'; readonly rne?: ContinuingReasonNewEpisode }
  | {
      readonly kind: 'change';
      readonly legal: boolean;
      /** The usual placement changed (one or more PlacementMoved that day). */
      readonly moved: boolean;
      readonly carerChanged: boolean;
      /** A temporary placement began, ended, or gave way to another. */
      readonly temporary: boolean;
    };

/**
 * A stretch of raw care (short breaks included) with one legal status, usual placement and
 * temporary placement: the 903 episode before it is dressed. Sequence numbers identify the
 * usual placement, the carer spell and the temporary placement without comparing payloads.
 */
export interface CareSegment {
  readonly start: LocalDate;
  end?: LocalDate;
  readonly rawPeriod: number;
  readonly legalStatus: LegalStatus;
  readonly categoryOfNeed: CategoryOfNeed;
  readonly usual: Placement;
  readonly usualSeq: number;
  readonly spellSeq: number;
  readonly temporary?: Placement;
  readonly temporarySeq: number;
  readonly change: SegmentChange;
  /** Set when care ended at `end`. */
  endReason?: CareEndReason;
  /** Why the usual placement ended at `end`, when it was replaced there. */
  reasonPlaceChange?: PlacementChangeReason;
}

interface CareState {
  inCare: boolean;
  rawPeriod: number;
  legalStatus: LegalStatus;
  categoryOfNeed: CategoryOfNeed;
  usual?: Placement;
  usualSeq: number;
  spellSeq: number;
  temporary?: Placement;
  temporarySeq: number;
  /** The RNE the period's CareStarted carried (a period begun before the ledger's records). */
  startRne?: ContinuingReasonNewEpisode;
}

/** What the day's events did to the period that was open when the day began. */
interface DayLog {
  readonly openPeriod: number;
  endReason?: CareEndReason;
  moveReason?: PlacementChangeReason;
}

/**
 * Applies one event to the state. Events that make no sense in the state (a move while not in
 * care, which a void can leave behind) are ignored: the decider keeps new events coherent, and
 * the timeline must still be built from whatever stands.
 */
function applyEvent(state: CareState, event: ChildEvent, log: DayLog): void {
  switch (event.type) {
    case 'CareStarted':
      if (state.inCare) return;
      state.inCare = true;
      state.rawPeriod += 1;
      state.legalStatus = event.data.legalStatus;
      state.categoryOfNeed = event.data.categoryOfNeed;
      state.usual = event.data.placement;
      state.usualSeq += 1;
      state.spellSeq += 1;
      state.temporary = undefined;
      state.startRne = event.data.reasonNewEpisode;
      return;
    case 'PlacementMoved':
      if (!state.inCare) return;
      if (state.rawPeriod === log.openPeriod) log.moveReason ??= event.data.reason;
      if (carerChanges(state.usual, event.data.placement, event.data.carerChanged)) state.spellSeq += 1;
      state.usual = event.data.placement;
      state.usualSeq += 1;
      state.temporary = undefined;
      return;
    case 'LegalStatusChanged':
      if (state.inCare) state.legalStatus = event.data.legalStatus;
      return;
    case 'TemporaryPlacementStarted':
      if (!state.inCare) return;
      state.temporary = event.data.placement;
      state.temporarySeq += 1;
      return;
    case 'TemporaryPlacementEnded':
      state.temporary = undefined;
      return;
    case 'CareEnded':
      if (!state.inCare) return;
      state.inCare = false;
      state.temporary = undefined;
      if (state.rawPeriod === log.openPeriod && log.endReason === undefined)
        log.endReason = event.data.reason;
      return;
    // Not facts of care segments: the timeline reads them elsewhere (details, life events).
    case 'ChildRegistered':
    case 'ChildDetailsUpdated':
    case 'StayingPutStarted':
    case 'StayingPutEnded':
    case 'CareLeaverContactRecorded':
    case 'AdoptionDecisionMade':
    case 'AdoptionMatched':
    case 'AdoptionDecisionReversed':
    case 'EntryVoided':
      return;
    default:
      return unreachable(event, 'event type');
  }
}

/**
 * "Same carer" compares carer identifiers where the ledger holds them on both placements
 * (docs/measures.md §1, "Precisely"); otherwise the move's own `carerChanged` decides.
 */
function carerChanges(previous: Placement | undefined, next: Placement, recorded: boolean): boolean {
  if (previous?.carerId !== undefined && next.carerId !== undefined) return previous.carerId !== next.carerId;
  return recorded;
}

const temporaryKey = (seq: number, temporary: Placement | undefined): number => (temporary ? seq : 0);

function openSegment(state: CareState, day: LocalDate, previous?: CareSegment): CareSegment {
  const temporarySeq = temporaryKey(state.temporarySeq, state.temporary);
  const change: SegmentChange = previous
    ? {
        kind: 'change',
        legal: previous.legalStatus !== state.legalStatus,
        moved: previous.usualSeq !== state.usualSeq,
        carerChanged: previous.spellSeq !== state.spellSeq,
        temporary: previous.temporarySeq !== temporarySeq,
      }
    : state.startRne
      ? { kind: 'start', rne: state.startRne }
      : { kind: 'start' };
  return {
    start: day,
    rawPeriod: state.rawPeriod,
    legalStatus: state.legalStatus,
    categoryOfNeed: state.categoryOfNeed,
    usual: state.usual as Placement,
    usualSeq: state.usualSeq,
    spellSeq: state.spellSeq,
    temporary: state.temporary,
    temporarySeq,
    change,
  };
}

function differs(segment: CareSegment, state: CareState): boolean {
  return (
    segment.legalStatus !== state.legalStatus ||
    segment.usualSeq !== state.usualSeq ||
    segment.temporarySeq !== temporaryKey(state.temporarySeq, state.temporary)
  );
}

/**
 * Folds a child's facts (ordered by effective date) into segments of raw care. The state is
 * compared at the end of each day only, so same-day changes make one segment and a change
 * undone the same day (a temporary placement started and ended on one day) makes none.
 */
export function buildCareSegments(events: readonly ChildEvent[]): CareSegment[] {
  const segments: CareSegment[] = [];
  const state: CareState = {
    inCare: false,
    rawPeriod: -1,
    legalStatus: 'C2',
    categoryOfNeed: 'N1',
    usualSeq: 0,
    spellSeq: 0,
    temporarySeq: 0,
  };
  let open: CareSegment | undefined;
  let i = 0;
  while (i < events.length) {
    const day = events[i].data.effectiveDate;
    const log: DayLog = { openPeriod: open ? open.rawPeriod : -1 };
    for (; i < events.length && events[i].data.effectiveDate === day; i++) applyEvent(state, events[i], log);
    if (open) {
      if (log.endReason !== undefined || !state.inCare || state.rawPeriod !== open.rawPeriod) {
        open.end = day;
        open.endReason = log.endReason;
        segments.push(open);
        open = undefined;
      } else if (differs(open, state)) {
        open.end = day;
        if (open.usualSeq !== state.usualSeq) open.reasonPlaceChange = log.moveReason;
        segments.push(open);
        open = openSegment(state, day, open);
      }
    }
    if (!open && state.inCare) open = openSegment(state, day);
  }
  if (open) segments.push(open);
  return segments;
}
