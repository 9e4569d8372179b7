import type { ChildCommand, ChildCommandType, VoidEntry } from '../commands';
import type { TimelineEvent, TimelineEventType } from './timeline';

type FactCommand = Exclude<ChildCommand, VoidEntry>;

const EVENT_OF_COMMAND: Readonly<Record<Exclude<ChildCommandType, 'VoidEntry'>, TimelineEventType>> = {
  RegisterChild: 'ChildRegistered',
  UpdateChildDetails: 'ChildDetailsUpdated',
  StartCare: 'CareStarted',
  MovePlacement: 'PlacementMoved',
  ChangeLegalStatus: 'LegalStatusChanged',
  StartTemporaryPlacement: 'TemporaryPlacementStarted',
  EndTemporaryPlacement: 'TemporaryPlacementEnded',
  EndCare: 'CareEnded',
  StartStayingPut: 'StayingPutStarted',
  EndStayingPut: 'StayingPutEnded',
  RecordCareLeaverContact: 'CareLeaverContactRecorded',
  RecordAdoptionDecision: 'AdoptionDecisionMade',
  RecordAdoptionMatch: 'AdoptionMatched',
  ReverseAdoptionDecision: 'AdoptionDecisionReversed',
};

/** The event a command records: same payload; a registration is dated by the date of birth. */
export function eventOfCommand(command: FactCommand): TimelineEvent {
  const data =
    command.type === 'RegisterChild'
      ? { ...command.data, effectiveDate: command.data.dateOfBirth }
      : { ...command.data };
  return { type: EVENT_OF_COMMAND[command.type], data } as TimelineEvent;
}

/** The type of the event a fact command records, without building the event. */
export function eventTypeOfCommand(type: FactCommand['type']): TimelineEventType {
  return EVENT_OF_COMMAND[type];
}
