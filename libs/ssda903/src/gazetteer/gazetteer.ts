import type { PlacementLocation } from '@ledger/domain';
import { normalisePostcode, postcodeSector } from './postcode';

/** Where a postcode (or sector) lies: its grid reference and its authorities. */
export interface PostcodePlace {
  /** Ordnance Survey grid reference of the centroid, metres; absent when the directory has none. */
  readonly easting?: number;
  readonly northing?: number;
  /** Lower-tier authority (ONS `laua`). */
  readonly lowerTier?: string;
  /** Upper-tier authority: the one the 903 compares with the responsible authority. */
  readonly upperTier?: string;
}

/** Postcode look-ups: the full postcode first, then its sector. */
export class Gazetteer {
  private readonly postcodes = new Map<string, PostcodePlace>();
  private readonly sectors = new Map<string, PostcodePlace>();

  /** `pcds` may be a full postcode or a sector ("DT1 1"), as sector-level extracts give them. */
  add(pcds: string, place: PostcodePlace): void {
    const full = normalisePostcode(pcds);
    if (full) this.postcodes.set(full, place);
    else {
      const sector = postcodeSector(pcds);
      if (sector) this.sectors.set(sector, place);
    }
  }

  get size(): number {
    return this.postcodes.size + this.sectors.size;
  }

  lookup(postcode: string): PostcodePlace | undefined {
    const full = normalisePostcode(postcode);
    const exact = full && this.postcodes.get(full);
    if (exact) return exact;
    const sector = postcodeSector(postcode);
    return sector ? this.sectors.get(sector) : undefined;
  }
}

/** Straight-line miles between two grid references (docs/measures.md §3), to one decimal place. */
export function distanceInMiles(a: PostcodePlace, b: PostcodePlace): number | undefined {
  if (a.easting === undefined || a.northing === undefined) return undefined;
  if (b.easting === undefined || b.northing === undefined) return undefined;
  const metres = Math.sqrt((a.easting - b.easting) ** 2 + (a.northing - b.northing) ** 2);
  return Math.round((metres / 1000 / 1.6093) * 10) / 10;
}

/**
 * The 903 PL_LA of an upper-tier authority code: English codes as they are, and the nations
 * outside England by the 903's codes (WAL, SCO, NIR) from the ONS code's first letter.
 */
export function placementAuthorityCode(upperTier: string): string {
  const nations: Readonly<Record<string, string>> = { W: 'WAL', S: 'SCO', N: 'NIR' };
  return nations[upperTier.charAt(0).toUpperCase()] ?? upperTier.toUpperCase();
}

export interface DerivedPlacementLocation {
  readonly authority?: string;
  readonly location?: PlacementLocation;
  readonly distanceMiles?: number;
}

/**
 * PL_LA, PL_LOCATION and PL_DISTANCE as the DfE derives them from HOME_POST and PL_POST, for a
 * child whose responsible authority is `responsibleAuthority` (its upper-tier code, as in the
 * gazetteer). What the gazetteer cannot place stays unknown.
 */
export function derivePlacementLocation(
  gazetteer: Gazetteer,
  responsibleAuthority: string,
  homePostcode: string | undefined,
  placementPostcode: string | undefined,
): DerivedPlacementLocation {
  const placed = placementPostcode ? gazetteer.lookup(placementPostcode) : undefined;
  const home = homePostcode ? gazetteer.lookup(homePostcode) : undefined;
  const authority = placed?.upperTier ? placementAuthorityCode(placed.upperTier) : undefined;
  const location: PlacementLocation | undefined =
    authority === undefined ? undefined : authority === responsibleAuthority.toUpperCase() ? 'IN' : 'OUT';
  const distanceMiles = placed && home ? distanceInMiles(home, placed) : undefined;
  return { authority, location, distanceMiles };
}
