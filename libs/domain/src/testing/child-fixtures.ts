import type {
  Accommodation,
  Activity,
  CareEndReason,
  InTouch,
  LegalStatus,
  PlacementType,
} from '../code-lists';
import type { ChildCommand } from '../commands';
import type { ChildDetails, ChildEvent, IdentifiedEvent } from '../events';
import type { LocalDate } from '../values/local-date';
import type { Placement } from '../values/placement';

/**
 * Builders for child events and commands in decider specifications. Events are built first
 * and commands derived from them, so a spec reads `when(command(fact)).then([fact])`.
 * The fixed child is born 2008-03-10 (18 on 2026-03-10); "now" is 2026-06-30 unless told.
 */
export const DATE_OF_BIRTH = '2008-03-10';
export const NOW = '2026-06-30T12:00:00Z';

export const details = (overrides: Partial<ChildDetails> = {}): ChildDetails => ({
  childId: 'C001',
  dateOfBirth: DATE_OF_BIRTH,
  sex: 'F',
  responsibleAuthority: 'E06000059',
  uasc: false,
  ...overrides,
});

export const placement = (type: PlacementType = 'U4', overrides: Partial<Placement> = {}): Placement => ({
  type,
  provider: type.startsWith('T') ? undefined : 'PR1',
  carerId: `carer-${type}`,
  postcode: 'DT1 1AA',
  ...overrides,
});

export const registered = (overrides: Partial<ChildDetails> = {}): ChildEvent => {
  const data = details(overrides);
  return { type: 'ChildRegistered', data: { ...data, effectiveDate: data.dateOfBirth } };
};
export const detailsUpdated = (
  effectiveDate: LocalDate,
  overrides: Partial<ChildDetails> = {},
): ChildEvent => ({
  type: 'ChildDetailsUpdated',
  data: { ...details(overrides), effectiveDate },
});
export const careStarted = (
  effectiveDate: LocalDate,
  type: PlacementType | Placement = 'U4',
  legalStatus: LegalStatus = 'C2',
): ChildEvent => ({
  type: 'CareStarted',
  data: { effectiveDate, legalStatus, categoryOfNeed: 'N1', placement: asPlacement(type) },
});
export const moved = (
  effectiveDate: LocalDate,
  type: PlacementType | Placement,
  carerChanged = true,
): ChildEvent => ({
  type: 'PlacementMoved',
  data: { effectiveDate, placement: asPlacement(type), carerChanged, reason: 'CARPL' },
});
export const legalStatusChanged = (effectiveDate: LocalDate, legalStatus: LegalStatus): ChildEvent => ({
  type: 'LegalStatusChanged',
  data: { effectiveDate, legalStatus },
});
export const temporaryStarted = (effectiveDate: LocalDate, type: PlacementType = 'T1'): ChildEvent => ({
  type: 'TemporaryPlacementStarted',
  data: { effectiveDate, placement: asPlacement(type) },
});
export const temporaryEnded = (effectiveDate: LocalDate): ChildEvent => ({
  type: 'TemporaryPlacementEnded',
  data: { effectiveDate },
});
export const careEnded = (effectiveDate: LocalDate, reason: CareEndReason = 'E4A'): ChildEvent => ({
  type: 'CareEnded',
  data: { effectiveDate, reason },
});
export const stayingPutStarted = (effectiveDate: LocalDate): ChildEvent => ({
  type: 'StayingPutStarted',
  data: { effectiveDate, carerId: 'carer-U4' },
});
export const stayingPutEnded = (effectiveDate: LocalDate): ChildEvent => ({
  type: 'StayingPutEnded',
  data: { effectiveDate },
});
export const contactRecorded = (
  effectiveDate: LocalDate,
  inTouch: InTouch = 'YES',
  activity: Activity = 'F2',
  accommodation: Accommodation = 'Z1',
): ChildEvent => ({
  type: 'CareLeaverContactRecorded',
  data: { effectiveDate, inTouch, activity, accommodation },
});
export const adoptionDecision = (effectiveDate: LocalDate): ChildEvent => ({
  type: 'AdoptionDecisionMade',
  data: { effectiveDate },
});
export const adoptionMatched = (effectiveDate: LocalDate): ChildEvent => ({
  type: 'AdoptionMatched',
  data: {
    effectiveDate,
    byFosterCarer: true,
    numberOfAdopters: 2,
    adopterSex: 'MF',
    adopterLegalStatus: 'L11',
  },
});
export const adoptionReversed = (effectiveDate: LocalDate): ChildEvent => ({
  type: 'AdoptionDecisionReversed',
  data: { effectiveDate, reason: 'RD1' },
});
export const voided = (
  eventId: string,
  effectiveDate: LocalDate,
  reason = 'recorded in error',
): ChildEvent => ({
  type: 'EntryVoided',
  data: { effectiveDate, eventId, reason },
});

/** Gives events the ids `e1`, `e2`... in stream order. */
export const stream = (...events: ChildEvent[]): IdentifiedEvent[] =>
  events.map((event, index) => ({ ...event, id: `e${index + 1}` }));

const COMMAND_OF_EVENT = {
  ChildRegistered: 'RegisterChild',
  ChildDetailsUpdated: 'UpdateChildDetails',
  CareStarted: 'StartCare',
  PlacementMoved: 'MovePlacement',
  LegalStatusChanged: 'ChangeLegalStatus',
  TemporaryPlacementStarted: 'StartTemporaryPlacement',
  TemporaryPlacementEnded: 'EndTemporaryPlacement',
  CareEnded: 'EndCare',
  StayingPutStarted: 'StartStayingPut',
  StayingPutEnded: 'EndStayingPut',
  CareLeaverContactRecorded: 'RecordCareLeaverContact',
  AdoptionDecisionMade: 'RecordAdoptionDecision',
  AdoptionMatched: 'RecordAdoptionMatch',
  AdoptionDecisionReversed: 'ReverseAdoptionDecision',
  EntryVoided: 'VoidEntry',
} as const;

/** The command that records `event`, decided at `now`. */
export function command(event: ChildEvent, now: string = NOW): ChildCommand {
  const metadata = { now };
  if (event.type === 'ChildRegistered') {
    const { effectiveDate: _effectiveDate, ...data } = event.data;
    return { type: 'RegisterChild', data, metadata };
  }
  if (event.type === 'EntryVoided') {
    return { type: 'VoidEntry', data: { eventId: event.data.eventId, reason: event.data.reason }, metadata };
  }
  return { type: COMMAND_OF_EVENT[event.type], data: event.data, metadata } as ChildCommand;
}

/** A VoidEntry command. */
export const voidEntry = (
  eventId: string,
  reason = 'recorded in error',
  now: string = NOW,
): ChildCommand => ({
  type: 'VoidEntry',
  data: { eventId, reason },
  metadata: { now },
});

const asPlacement = (value: PlacementType | Placement): Placement =>
  typeof value === 'string' ? placement(value) : value;
