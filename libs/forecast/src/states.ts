import { addDays, birthday, daysBetween, type LocalDate, type Placement } from '@ledger/domain';
import {
  AGE_BANDS,
  ageBandOf,
  placementGroupsOf,
  type AgeBand,
  type PlacementGroup,
} from '@ledger/projections';

/**
 * The states a child looked after is forecast in: the report's exclusive snapshot groups
 * (docs/measures.md §6), read through the projections' own mapping. The other groups of the
 * report (fosterConnected, childrensHomesInside, ...) are subsets of these.
 */
export const FORECAST_GROUPS = [
  'foster',
  'placedForAdoption',
  'placedWithParents',
  'childrensHomes',
  'supportedAccommodation',
  'residentialSchools',
  'other',
] as const satisfies readonly PlacementGroup[];
export type ForecastGroup = (typeof FORECAST_GROUPS)[number];

/** How many groups; a destination index equal to it means "leaves care". */
export const GROUP_COUNT = FORECAST_GROUPS.length;
export const EXIT = GROUP_COUNT;
export const BAND_COUNT = AGE_BANDS.length;

export const FOSTER = FORECAST_GROUPS.indexOf('foster');
export const CHILDRENS_HOMES = FORECAST_GROUPS.indexOf('childrensHomes');

/** The forecast's age bands are the report's (`ageBandOf`), in its order. */
export const FORECAST_AGE_BANDS: readonly AgeBand[] = AGE_BANDS;

/** Care ends on the 18th birthday: the forecast ages children out then. */
export const LEAVING_AGE = 18;

/**
 * The ages at which the band changes, read from the report's `ageBandOf` rather than
 * written again, then the leaving age: `[1, 5, 10, 16, 18]`.
 */
export const BOUNDARY_AGES: readonly number[] = (() => {
  const ages: number[] = [];
  for (let age = 1; age < LEAVING_AGE; age++) if (ageBandOf(age) !== ageBandOf(age - 1)) ages.push(age);
  ages.push(LEAVING_AGE);
  return ages;
})();

/** The exclusive group of a placement, as an index into {@link FORECAST_GROUPS}. */
export function groupIndexOf(placement: Placement): number {
  // The location only chooses the childrensHomesInside subset, which the forecast does not use.
  const index = FORECAST_GROUPS.indexOf(placementGroupsOf(placement, 'unknown')[0] as ForecastGroup);
  return index < 0 ? FORECAST_GROUPS.indexOf('other') : index;
}

const EPOCH: LocalDate = '1970-01-01';

/** Days since 1970-01-01: the forecast's clock is a day count, continuous between days. */
export const dayNumber = (date: LocalDate): number => daysBetween(EPOCH, date);
export const dateOfDay = (day: number): LocalDate => addDays(EPOCH, Math.floor(day));

/** The day numbers on which a child born on `dateOfBirth` changes band, then leaves care. */
export function boundaryDays(dateOfBirth: LocalDate): number[] {
  return BOUNDARY_AGES.map((age) => dayNumber(birthday(dateOfBirth, age)));
}

/** The band index at time `t` (boundaries at or before `t` passed); `BAND_COUNT` once 18. */
export function bandAt(boundaries: readonly number[], t: number): number {
  let band = 0;
  while (band < boundaries.length && boundaries[band] <= t) band++;
  return band;
}
