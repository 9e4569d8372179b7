import type { PlacementProvider, PlacementType } from '../code-lists';

/** Where a placement is relative to the responsible authority. */
export type PlacementLocation = 'IN' | 'OUT';

/**
 * A placement: who and where the child lives. A temporary placement (T0–T4) uses the
 * same shape; the usual placement it interrupts is not ended by it.
 */
export interface Placement {
  /** 903 PLACE. */
  readonly type: PlacementType;
  /** 903 PLACE_PROVIDER; not required for T0–T4 and Z1/Z11–Z14. */
  readonly provider?: PlacementProvider;
  /** The authority's identifier for the carer, household or setting: it decides "same carer". */
  readonly carerId?: string;
  /** Placement postcode (903 PL_POST). */
  readonly postcode?: string;
  /** Upper-tier authority of the placement, or NIR, WAL, SCO, NUK; CON when confidential (903 PL_LA). */
  readonly authority?: string;
  /** Inside or outside the responsible authority, when known (903 PL_LOCATION). */
  readonly location?: PlacementLocation;
  /** Ofsted URN of the setting or agency. */
  readonly urn?: string;
  /** Straight-line miles from home when known (903 PL_DISTANCE); 999.9 means not known. */
  readonly distanceMiles?: number;
}
