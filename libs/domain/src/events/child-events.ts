import type {
  Accommodation,
  Activity,
  AdopterLegalStatus,
  AdopterSex,
  AdoptionReversalReason,
  CareEndReason,
  CategoryOfNeed,
  Ethnicity,
  InTouch,
  LegalStatus,
  PlacementChangeReason,
  Sex,
} from '../code-lists';
import type { LocalDate } from '../values/local-date';
import type { Placement } from '../values/placement';

/**
 * Every event of a child's stream. Each has an explicit `type` string and its payload in
 * `data`; every payload carries `effectiveDate`, the day it happened in the child's life.
 * When the ledger learned it is in the event's metadata (`recordedAt`), never here.
 */
interface Event<T extends string, D extends { effectiveDate: LocalDate }> {
  readonly type: T;
  readonly data: D;
}

/** The child's details. The effective date of a registration is the date of birth. */
export interface ChildDetails {
  /** The authority's own child identifier (903 CHILD), 1–10 characters. */
  readonly childId: string;
  readonly dateOfBirth: LocalDate;
  readonly sex: Sex;
  readonly ethnicity?: Ethnicity;
  /** Unique pupil number, or UN1–UN5. */
  readonly upn?: string;
  /** Responsible authority code (e.g. the ONS code E06000059). */
  readonly responsibleAuthority: string;
  readonly homePostcode?: string;
  /** Recorded as an unaccompanied asylum-seeking child. */
  readonly uasc: boolean;
  /** The day UASC status ceased (903 DUC); UASC holds while `day < uascCeasedOn`. */
  readonly uascCeasedOn?: LocalDate;
  // Optional additions are backward compatible: older events lack them, so the schema version stays 1.
  /** Whether the child is a mother (903 MOTHER: 1 yes, 0 no; asked for girls only). */
  readonly mother?: 0 | 1;
  /** The date of birth of the mother's first child (903 MC_DOB). */
  readonly firstChildDateOfBirth?: LocalDate;
}

export type ChildRegistered = Event<'ChildRegistered', ChildDetails & { effectiveDate: LocalDate }>;

/** Replaces the child's details from its effective date on (a change of home postcode, UASC ceasing...). */
export type ChildDetailsUpdated = Event<'ChildDetailsUpdated', ChildDetails & { effectiveDate: LocalDate }>;

/** The child started to be looked after (903 RNE S): the first episode of a period of care. */
export type CareStarted = Event<
  'CareStarted',
  {
    effectiveDate: LocalDate;
    legalStatus: LegalStatus;
    categoryOfNeed: CategoryOfNeed;
    placement: Placement;
    /**
     * Set only when the ledger's first record of the child's care continues a period begun
     * before it (an import whose oldest return shows the first episode with RNE L/P/T/B/U):
     * the RNE that return gave, so the export writes it back rather than S. Absent means S.
     */
    reasonNewEpisode?: ContinuingReasonNewEpisode;
  }
>;

/** The 903 RNE codes of an episode that continues a period of care (all but S). */
export type ContinuingReasonNewEpisode = 'L' | 'P' | 'T' | 'B' | 'U';

/** A change of placement within a period of care (903 RNE P/T, or B/U with a same-day legal status change). */
export type PlacementMoved = Event<
  'PlacementMoved',
  {
    effectiveDate: LocalDate;
    placement: Placement;
    /** Whether the carer (household, setting) changed: P/B when true, T/U when false. */
    carerChanged: boolean;
    /** 903 REASON_PLACE_CHANGE, the reason the previous placement ended. */
    reason?: PlacementChangeReason;
  }
>;

export type LegalStatusChanged = Event<
  'LegalStatusChanged',
  { effectiveDate: LocalDate; legalStatus: LegalStatus }
>;

/** A temporary placement (T0–T4) that interrupts, but does not end, the usual placement. */
export type TemporaryPlacementStarted = Event<
  'TemporaryPlacementStarted',
  { effectiveDate: LocalDate; placement: Placement }
>;

/** The child returned from a temporary placement to the usual placement. */
export type TemporaryPlacementEnded = Event<'TemporaryPlacementEnded', { effectiveDate: LocalDate }>;

/** The child ceased to be looked after (903 REC other than X1). */
export type CareEnded = Event<'CareEnded', { effectiveDate: LocalDate; reason: CareEndReason }>;

/** A Staying Put arrangement with the former foster carer(s) began. */
export type StayingPutStarted = Event<'StayingPutStarted', { effectiveDate: LocalDate; carerId?: string }>;
export type StayingPutEnded = Event<'StayingPutEnded', { effectiveDate: LocalDate }>;

/** A care leaver contact (903 OC3): the effective date is the contact's day. */
export type CareLeaverContactRecorded = Event<
  'CareLeaverContactRecorded',
  { effectiveDate: LocalDate; inTouch: InTouch; activity: Activity; accommodation: Accommodation }
>;

/** The agency decision maker decided the child should be placed for adoption (AD1 DATE_INT, DATE_PLACED). */
export type AdoptionDecisionMade = Event<'AdoptionDecisionMade', { effectiveDate: LocalDate }>;

/** The child was matched with particular adopters (AD1 DATE_MATCH). */
export type AdoptionMatched = Event<
  'AdoptionMatched',
  {
    effectiveDate: LocalDate;
    /** Matched with (to be adopted by) the current foster carer(s) (AD1 FOSTER_CARE = 1). */
    byFosterCarer: boolean;
    numberOfAdopters?: 1 | 2;
    adopterSex?: AdopterSex;
    adopterLegalStatus?: AdopterLegalStatus;
  }
>;

/** The decision that the child should be placed for adoption was reversed (RD1–RD4). */
export type AdoptionDecisionReversed = Event<
  'AdoptionDecisionReversed',
  { effectiveDate: LocalDate; reason: AdoptionReversalReason }
>;

/**
 * An earlier entry is void: it never happened as recorded. Nothing is edited or deleted;
 * the right fact, if any, is recorded again. The effective date is the voided entry's.
 */
export type EntryVoided = Event<'EntryVoided', { effectiveDate: LocalDate; eventId: string; reason: string }>;

export type ChildEvent =
  | ChildRegistered
  | ChildDetailsUpdated
  | CareStarted
  | PlacementMoved
  | LegalStatusChanged
  | TemporaryPlacementStarted
  | TemporaryPlacementEnded
  | CareEnded
  | StayingPutStarted
  | StayingPutEnded
  | CareLeaverContactRecorded
  | AdoptionDecisionMade
  | AdoptionMatched
  | AdoptionDecisionReversed
  | EntryVoided;

export type ChildEventType = ChildEvent['type'];

/** An event as it stands in the stream: with the id the ledger gave it. */
export type IdentifiedEvent = ChildEvent & { readonly id: string };
