import type { LocalDate, PlacementChangeReason } from '@ledger/domain';
import type { Days, Ratio } from './ratio';

/** The snapshot's placement groups (docs/measures.md §6); also a report filter. */
export type PlacementGroup =
  | 'foster'
  | 'fosterConnected'
  | 'fosterOther'
  | 'fosterOwnProvision'
  | 'fosterIndependent'
  | 'placedForAdoption'
  | 'placedWithParents'
  | 'childrensHomes'
  | 'childrensHomesInside'
  | 'supportedAccommodation'
  | 'residentialSchools'
  | 'other';

export const PLACEMENT_GROUPS: readonly PlacementGroup[] = [
  'foster',
  'fosterConnected',
  'fosterOther',
  'fosterOwnProvision',
  'fosterIndependent',
  'placedForAdoption',
  'placedWithParents',
  'childrensHomes',
  'childrensHomesInside',
  'supportedAccommodation',
  'residentialSchools',
  'other',
];

/** Age bands on `to`, in whole years: the DfE's bands for children looked after. */
export type AgeBand = 'under1' | '1-4' | '5-9' | '10-15' | '16+';
export const AGE_BANDS: readonly AgeBand[] = ['under1', '1-4', '5-9', '10-15', '16+'];

/** Which children a report covers. Every filter is read on the window's day `to`. */
export interface ReportFilters {
  /** Only children looked after on `to` whose placement on `to` is in the group. */
  readonly placementGroup?: PlacementGroup;
  /** Only children whose age on `to` is in the band (children with no date of birth are left out). */
  readonly ageBand?: AgeBand;
  /** Only children whose responsible authority on `to` is this code. */
  readonly responsibleAuthority?: string;
}

export interface ReportWindow {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

export type MovesByReason = Readonly<Record<PlacementChangeReason, number>>;

export interface StabilitySection {
  readonly threePlusPlacements: Ratio;
  readonly threePlusPlacementsTwoYears: Ratio;
  readonly longTerm: Ratio;
  readonly movesByReason: MovesByReason;
}

export interface LocationBreakdown {
  readonly outside: Ratio;
  readonly inside: Ratio;
  readonly locationUnknown: Ratio;
  readonly over20Miles: Ratio;
  readonly within20Miles: Ratio;
  readonly distanceUnknown: Ratio;
  readonly outsideAndOver20Miles: Ratio;
}

export interface LocationSection {
  readonly all: LocationBreakdown;
  readonly excludingUasc: LocationBreakdown;
  readonly uasc: LocationBreakdown;
}

export interface AdoptionSection {
  readonly a10: Days;
  readonly a1: Days;
  readonly a2: Days;
  readonly a3: Ratio;
  readonly leftCareByAdoption: Ratio;
  readonly leftCareBySgo: Ratio;
}

export interface CareLeaverAgeGroup {
  readonly inTouch: Ratio;
  readonly suitableAccommodation: Ratio;
  readonly educationEmploymentTraining: Ratio;
  readonly bedAndBreakfast: Ratio;
  readonly withFormerFosterCarers: Ratio;
}

export interface CareLeaversSection {
  readonly age17: CareLeaverAgeGroup;
  readonly age18: CareLeaverAgeGroup;
  readonly age19to21: CareLeaverAgeGroup;
  readonly stayingPutAt18: Ratio;
}

export type PlacementGroupCounts = Readonly<Record<PlacementGroup, number>>;

export interface SnapshotSection {
  readonly childrenLookedAfter: number;
  readonly uasc: number;
  readonly excludingUasc: number;
  readonly byPlacementGroup: PlacementGroupCounts;
}

/** The report of docs/measures.md §9 (plus `filters`, an added field). */
export interface MeasuresReport {
  readonly window: ReportWindow;
  readonly asKnownAt: string | null;
  readonly stability: StabilitySection;
  readonly location: LocationSection;
  readonly adoption: AdoptionSection;
  readonly careLeavers: CareLeaversSection;
  readonly snapshot: SnapshotSection;
  readonly filters: ReportFilters;
}

/** One month end of `computeSeries`: the figures on that day, and 2a over the 12 months to it. */
export interface SeriesPoint {
  readonly monthEnd: LocalDate;
  readonly stability: { readonly threePlusPlacements12Months: Ratio };
  readonly location: LocationSection;
  readonly snapshot: SnapshotSection;
}

export interface MeasuresSeries {
  readonly window: ReportWindow;
  readonly asKnownAt: string | null;
  readonly filters: ReportFilters;
  readonly points: readonly SeriesPoint[];
}
