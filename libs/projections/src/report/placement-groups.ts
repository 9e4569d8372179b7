import type { Placement, PlacementType } from '@ledger/domain';
import type { LocationClass } from './placement-location';
import type { PlacementGroup } from './report.types';

const CONNECTED: readonly PlacementType[] = ['U1', 'U2', 'U3'];
const OTHER_FOSTER: readonly PlacementType[] = ['U4', 'U5', 'U6'];
const ADOPTION: readonly PlacementType[] = ['A3', 'A4', 'A5', 'A6'];
const CHILDRENS_HOMES: readonly PlacementType[] = ['K1', 'K2'];
const SUPPORTED: readonly PlacementType[] = ['H5', 'K3', 'P2'];

/**
 * The snapshot groups a placement on the day belongs to (docs/measures.md §6). A child is in
 * exactly one of foster, placedForAdoption, placedWithParents, childrensHomes,
 * supportedAccommodation, residentialSchools and other; the remaining groups are subsets.
 * A temporary placement on the day is "other", whatever it interrupts.
 */
export function placementGroupsOf(placement: Placement, location: LocationClass): PlacementGroup[] {
  const type = placement.type;
  if (CONNECTED.includes(type) || OTHER_FOSTER.includes(type)) {
    const groups: PlacementGroup[] = ['foster', CONNECTED.includes(type) ? 'fosterConnected' : 'fosterOther'];
    if (placement.provider === 'PR1') groups.push('fosterOwnProvision');
    if (placement.provider === 'PR4' || placement.provider === 'PR5') groups.push('fosterIndependent');
    return groups;
  }
  if (ADOPTION.includes(type)) return ['placedForAdoption'];
  if (type === 'P1') return ['placedWithParents'];
  if (CHILDRENS_HOMES.includes(type)) {
    return location === 'inside' ? ['childrensHomes', 'childrensHomesInside'] : ['childrensHomes'];
  }
  if (SUPPORTED.includes(type)) return ['supportedAccommodation'];
  if (type === 'S1') return ['residentialSchools'];
  return ['other'];
}
