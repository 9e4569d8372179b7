import type { LegalStatus, LocalDate, PlacementType } from '@ledger/domain';
import type { Random } from './random';

/** Supported accommodation: H5 until K3 replaced it (28 October 2023). */
const supported = (day: LocalDate): PlacementType => (day >= '2023-10-28' ? 'K3' : 'H5');

/** A usual placement for a child of `age` starting on `day` (foster care the majority). */
export function choosePlacement(
  rng: Random,
  age: number,
  day: LocalDate,
  legalStatus: LegalStatus,
  uasc: boolean,
): PlacementType {
  let weights: Record<string, number>;
  if (uasc) weights = age >= 16 ? { U6: 40, K2: 15, S: 45 } : { U6: 75, U4: 5, K2: 20 };
  else if (age < 8) weights = { U6: 55, U3: 22, U4: 10, U1: 5, U5: 2, P1: 6 };
  else if (age < 12) weights = { U6: 48, U3: 18, U4: 14, U1: 6, P1: 5, K2: 7, R1: 0.5, S1: 1.5 };
  else if (age < 16)
    weights = { U6: 36, U3: 11, U4: 13, U1: 3, K2: 28, K1: 1, P1: 4, S1: 3, R5: 0.5, Z1: 0.5 };
  else weights = { U6: 25, U3: 8, U4: 9, K2: 20, S: 32, P1: 3, P3: 0.5, Z1: 0.5, R2: 0.5, R3: 1.5 };
  let place = rng.weighted(weights);
  if (place === 'S') place = supported(day);
  // P1 is not used with V2 (rule 378); Z1 ended in 2025-26.
  if (place === 'P1' && legalStatus === 'V2') place = 'U3';
  if (place === 'Z1' && day >= '2025-04-01') place = 'K2';
  return place as PlacementType;
}

/** The long-term placement a short-term foster placement becomes with the same carer. */
export function longTermOf(place: PlacementType): PlacementType | undefined {
  return place === 'U6' ? 'U4' : place === 'U3' ? 'U1' : undefined;
}
