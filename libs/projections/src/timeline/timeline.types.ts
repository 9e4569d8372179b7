import type {
  Accommodation,
  Activity,
  AdoptionReversalReason,
  CareEndReason,
  CategoryOfNeed,
  ChildDetails,
  InTouch,
  LegalStatus,
  LocalDate,
  Placement,
  PlacementChangeReason,
} from '@ledger/domain';

/** Spans are `[start, end)` in calendar days; `end` is absent while the span is open. */
export interface DaySpan {
  readonly start: LocalDate;
  readonly end?: LocalDate;
}

/** A version of the child's details, standing from its effective date on. */
export interface DatedDetails {
  readonly effectiveDate: LocalDate;
  readonly details: ChildDetails;
}

/** 903 RNE: why a new episode started. */
export type ReasonForNewEpisode = 'S' | 'L' | 'P' | 'T' | 'B' | 'U';

/**
 * A 903 episode: a stretch of care with one legal status and one placement. Same-day changes
 * make one episode. Short-break episodes (V3/V4) are included: the return carries them.
 */
export interface Episode {
  readonly decom: LocalDate;
  readonly dec?: LocalDate;
  readonly rne: ReasonForNewEpisode;
  readonly legalStatus: LegalStatus;
  readonly categoryOfNeed: CategoryOfNeed;
  /** Where the child is: the temporary placement when one is active, else the usual one. */
  readonly placement: Placement;
  readonly temporary: boolean;
  /** X1 when the next episode continues the period; absent while open. */
  readonly rec?: CareEndReason | 'X1';
  /** Recorded on the ceasing episode: why the placement that ends here ended. */
  readonly reasonPlaceChange?: PlacementChangeReason;
  /** The child's home postcode on `decom`. */
  readonly homePostcode?: string;
}

/** A period of care as the measures see it: short breaks removed (docs/measures.md §0 and §1). */
export interface PeriodOfCare extends DaySpan {
  /** The recorded reason care ended; absent while open, or when the period was cut by a short break. */
  readonly endReason?: CareEndReason;
  readonly categoryOfNeed: CategoryOfNeed;
  /** Index range of the period's carer spells in `ChildTimeline.placements` (inclusive). */
  readonly firstSpell: number;
  readonly lastSpell: number;
}

/** A placement for counting: a carer spell (docs/measures.md §1). */
export interface CarerSpell extends DaySpan {
  readonly period: number;
  /** The usual placement the spell started with. */
  readonly placement: Placement;
}

/** A stretch of one usual (or one temporary) placement. */
export interface PlacementStint extends DaySpan {
  readonly period: number;
  /** Index of the carer spell it belongs to. */
  readonly spell: number;
  readonly placement: Placement;
}

/** A move (docs/measures.md §1): a change of usual placement within a period of care. */
export interface PlacementMove {
  readonly date: LocalDate;
  readonly period: number;
  readonly carerChanged: boolean;
  readonly reason?: PlacementChangeReason;
  readonly from: Placement;
  readonly to: Placement;
}

export interface LegalStatusSpan extends DaySpan {
  readonly legalStatus: LegalStatus;
}

export interface AdoptionMatch {
  readonly date: LocalDate;
  readonly byFosterCarer: boolean;
}

export interface AdoptionMilestones {
  readonly decisions: readonly LocalDate[];
  readonly reversals: readonly { readonly date: LocalDate; readonly reason: AdoptionReversalReason }[];
  readonly matches: readonly AdoptionMatch[];
}

export interface StayingPutSpan extends DaySpan {
  readonly carerId?: string;
}

export interface CareLeaverContact {
  readonly date: LocalDate;
  readonly inTouch: InTouch;
  readonly activity: Activity;
  readonly accommodation: Accommodation;
}

/** A 17th–21st birthday and the care leaver contact that stands for it. */
export interface CareLeaverBirthday {
  readonly age: number;
  readonly birthday: LocalDate;
  readonly contact: CareLeaverContact;
}

/** Everything the measures need of one child, ordered by effective date. */
export interface ChildTimeline {
  readonly streamName: string;
  readonly childId: string;
  /** The latest standing details (by effective date), if the child was registered. */
  readonly details?: ChildDetails;
  readonly detailsHistory: readonly DatedDetails[];
  readonly episodes: readonly Episode[];
  readonly periods: readonly PeriodOfCare[];
  readonly placements: readonly CarerSpell[];
  readonly usualPlacements: readonly PlacementStint[];
  readonly temporaryPlacements: readonly PlacementStint[];
  readonly moves: readonly PlacementMove[];
  /** Legal status spans of all care, short breaks included. */
  readonly legalStatuses: readonly LegalStatusSpan[];
  readonly adoption: AdoptionMilestones;
  readonly stayingPut: readonly StayingPutSpan[];
  readonly careLeaverContacts: readonly CareLeaverContact[];
  /** The birthdays from 17 to 21 with the contact nearest each (within 3 months). */
  readonly careLeaverBirthdays: readonly CareLeaverBirthday[];
  /** Care was recorded, but only short breaks: the child is in no measure. */
  readonly onlyShortBreaks: boolean;
  /** Things a reviewer should look at (care open past the 18th birthday...). */
  readonly flags: readonly TimelineFlag[];
}

/** Something in the timeline a reviewer should look at, with the DfE rule it breaks. */
export interface TimelineFlag {
  readonly code: 'CARE_OPEN_PAST_18';
  readonly rule: string;
  /** The first day it holds. */
  readonly since: LocalDate;
  readonly message: string;
}
