import type { Placement } from '@ledger/domain';

export type LocationClass = 'inside' | 'outside' | 'unknown';
export type DistanceClass = 'within20' | 'over20' | 'unknown';

const normalised = (code: string): string => code.trim().toUpperCase();

/** 903 PL_DISTANCE's "not known". */
const DISTANCE_NOT_KNOWN = 999.9;

/**
 * Inside or outside the responsible authority (docs/measures.md §3). A confidential placement
 * (`CON`) is not known even when a location was recorded with it; otherwise a recorded
 * location stands; otherwise the placement's authority is compared with the responsible one
 * (Wales, Scotland, Northern Ireland and outside the UK are simply other authorities).
 */
export function locationOf(placement: Placement, responsibleAuthority: string | undefined): LocationClass {
  const authority = placement.authority;
  if (authority !== undefined && normalised(authority) === 'CON') return 'unknown';
  if (placement.location === 'IN') return 'inside';
  if (placement.location === 'OUT') return 'outside';
  if (!authority || !responsibleAuthority) return 'unknown';
  // Codes are compared as written first: normalising every child's codes would cost the report.
  return authority === responsibleAuthority || normalised(authority) === normalised(responsibleAuthority)
    ? 'inside'
    : 'outside';
}

/** Distance band from home, as recorded with the placement; never known for a UASC. */
export function distanceOf(placement: Placement, uasc: boolean): DistanceClass {
  const miles = placement.distanceMiles;
  if (uasc || miles === undefined || !Number.isFinite(miles) || miles < 0 || miles === DISTANCE_NOT_KNOWN) {
    return 'unknown';
  }
  return miles <= 20 ? 'within20' : 'over20';
}
