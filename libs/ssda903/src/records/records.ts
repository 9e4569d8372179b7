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
  LocalDate,
  PlacementChangeReason,
  PlacementLocation,
  PlacementProvider,
  PlacementType,
  Sex,
} from '@ledger/domain';
import type { CollectionYear } from '../formats/collection-year';
import type { SourceRef } from '../reading/return';

/**
 * The 903 rows as typed values: what a return says about a child, whether read from a file
 * (with its source) or rebuilt from the ledger's events (no source). Import, stitching and
 * export all work on these.
 */

/** RNE: reason for new episode (docs/ssda903.md §3.1). */
export type ReasonNewEpisode = 'S' | 'L' | 'P' | 'T' | 'B' | 'U';
/** REC: X1 (the period continues) or a reason care ended. */
export type ReasonEpisodeCeased = 'X1' | CareEndReason;

export interface HeaderRecord {
  readonly source?: SourceRef;
  /** The ledger event that records it, when rebuilt from the ledger. */
  readonly eventId?: string;
  readonly childId: string;
  readonly sex: Sex;
  readonly dateOfBirth: LocalDate;
  readonly ethnicity?: Ethnicity;
  readonly upn?: string;
  /** MOTHER: 1 if the child is a mother, 0 if not (asked for girls only). */
  readonly mother?: 0 | 1;
  /** MC_DOB: the date of birth of the mother's first child. */
  readonly firstChildDateOfBirth?: LocalDate;
}

/** PL_LA, PL_LOCATION and PL_DISTANCE, present when the episodes file carried the columns. */
export interface DerivedLocation {
  readonly authority?: string;
  readonly location?: PlacementLocation;
  /** Miles; 999.9 means not known and is kept as given. */
  readonly distanceMiles?: number;
}

export interface EpisodeRecord {
  readonly source?: SourceRef;
  /** The ledger event that records it, when rebuilt from the ledger. */
  readonly eventId?: string;
  /** The collection year of the return the row was read from; absent when rebuilt from the ledger. */
  readonly year?: CollectionYear;
  readonly childId: string;
  readonly decom: LocalDate;
  /** Blank RNE is read as "whatever the fields show" (docs/measures.md §8). */
  readonly rne?: ReasonNewEpisode;
  readonly legalStatus: LegalStatus;
  readonly categoryOfNeed: CategoryOfNeed;
  readonly place: PlacementType;
  readonly provider?: PlacementProvider;
  readonly dec?: LocalDate;
  readonly rec?: ReasonEpisodeCeased;
  readonly reasonPlaceChange?: PlacementChangeReason;
  readonly homePostcode?: string;
  readonly placementPostcode?: string;
  readonly urn?: string;
  readonly derived?: DerivedLocation;
  /** The ledger event that ended care at DEC, when rebuilt from the ledger. */
  readonly endEventId?: string;
}

export interface UascRecord {
  readonly source?: SourceRef;
  /** The ledger event that records it, when rebuilt from the ledger. */
  readonly eventId?: string;
  readonly childId: string;
  /** DUC: the day UASC status ceased. */
  readonly ceasedOn?: LocalDate;
}

export interface Ad1Record {
  readonly source?: SourceRef;
  /** The ledger event that records it, when rebuilt from the ledger. */
  readonly eventId?: string;
  readonly childId: string;
  readonly decisionDate: LocalDate;
  readonly matchDate?: LocalDate;
  readonly byFosterCarer?: boolean;
  readonly numberOfAdopters?: 1 | 2;
  readonly adopterSex?: AdopterSex;
  readonly adopterLegalStatus?: AdopterLegalStatus;
}

export interface PlacedAdoptionRecord {
  readonly source?: SourceRef;
  /** The ledger event that records it, when rebuilt from the ledger. */
  readonly eventId?: string;
  readonly childId: string;
  readonly decisionDate: LocalDate;
  readonly ceasedOn?: LocalDate;
  readonly ceasedReason?: AdoptionReversalReason;
}

export interface Oc3Record {
  readonly source?: SourceRef;
  /** The ledger event that records it, when rebuilt from the ledger. */
  readonly eventId?: string;
  readonly childId: string;
  /** The return's year: the contact is on the birthday that falls in it. */
  readonly year: CollectionYear;
  readonly inTouch: InTouch;
  readonly activity: Activity;
  readonly accommodation: Accommodation;
}

/** A version of the header and the day it took effect. */
export interface DatedHeader {
  readonly effectiveDate: LocalDate;
  readonly header: HeaderRecord;
}

/** Everything the returns say about one child, as it stands. */
export interface ChildRecords {
  readonly childId: string;
  /** The latest header. */
  readonly header?: HeaderRecord;
  /**
   * Every version of the header, oldest first: each year's return says what held in that
   * year. Absent when only one is known (then `header` holds throughout).
   */
  readonly headers?: readonly DatedHeader[];
  readonly uasc?: UascRecord;
  readonly ad1?: Ad1Record;
  /** In DECOM order. */
  readonly episodes: readonly EpisodeRecord[];
  readonly placedAdoption: readonly PlacedAdoptionRecord[];
  readonly oc3: readonly Oc3Record[];
}
