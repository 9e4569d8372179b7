import type { ChildDetails, ChildEvent } from '../events';
import type { LocalDate } from '../values/local-date';

/** The instant the command is decided at, passed in so the decider never reads a clock. */
export interface CommandContext {
  /** ISO instant; its UTC day is "today" for the future-date rule. */
  readonly now: string;
}

interface Command<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly metadata: CommandContext;
}

/** Payload of the command that records the event of the same name (effective date included). */
type DataOf<E extends ChildEvent['type']> = Extract<ChildEvent, { type: E }>['data'];

export type RegisterChild = Command<'RegisterChild', ChildDetails>;
/**
 * The child's details from a day on. Whole (the importer): they replace the details. With
 * `partial: true` (the API): the fields given replace those standing on that day, the others
 * are kept, `null` clears an optional one (the decider makes it whole).
 */
export type ChildDetailsChange = {
  readonly childId: string;
  readonly effectiveDate: LocalDate;
  readonly partial?: boolean;
} & {
  readonly [K in Exclude<keyof ChildDetails, 'childId'>]?: ChildDetails[K] | null;
};
export type UpdateChildDetails = Command<'UpdateChildDetails', ChildDetailsChange>;
export type StartCare = Command<'StartCare', DataOf<'CareStarted'>>;
export type MovePlacement = Command<'MovePlacement', DataOf<'PlacementMoved'>>;
export type ChangeLegalStatus = Command<'ChangeLegalStatus', DataOf<'LegalStatusChanged'>>;
export type StartTemporaryPlacement = Command<'StartTemporaryPlacement', DataOf<'TemporaryPlacementStarted'>>;
export type EndTemporaryPlacement = Command<'EndTemporaryPlacement', DataOf<'TemporaryPlacementEnded'>>;
export type EndCare = Command<'EndCare', DataOf<'CareEnded'>>;
export type StartStayingPut = Command<'StartStayingPut', DataOf<'StayingPutStarted'>>;
export type EndStayingPut = Command<'EndStayingPut', DataOf<'StayingPutEnded'>>;
export type RecordCareLeaverContact = Command<'RecordCareLeaverContact', DataOf<'CareLeaverContactRecorded'>>;
export type RecordAdoptionDecision = Command<'RecordAdoptionDecision', DataOf<'AdoptionDecisionMade'>>;
export type RecordAdoptionMatch = Command<'RecordAdoptionMatch', DataOf<'AdoptionMatched'>>;
export type ReverseAdoptionDecision = Command<'ReverseAdoptionDecision', DataOf<'AdoptionDecisionReversed'>>;
/** Void an earlier entry of the child's stream by its event id. */
export type VoidEntry = Command<'VoidEntry', { eventId: string; reason: string }>;

export type ChildCommand =
  | RegisterChild
  | UpdateChildDetails
  | StartCare
  | MovePlacement
  | ChangeLegalStatus
  | StartTemporaryPlacement
  | EndTemporaryPlacement
  | EndCare
  | StartStayingPut
  | EndStayingPut
  | RecordCareLeaverContact
  | RecordAdoptionDecision
  | RecordAdoptionMatch
  | ReverseAdoptionDecision
  | VoidEntry;

export type ChildCommandType = ChildCommand['type'];
