import { addDays, maxDate, type AdopterLegalStatus, type AdopterSex, type LocalDate } from '@ledger/domain';
import type { Ad1Record, PlacedAdoptionRecord } from '../records/records';
import type { DemoChildContext } from './care-period';
import type { EpisodeBuilder } from './episode-builder';
import type { Random } from './random';

export interface AdoptionOutcome {
  readonly placedAdoption: PlacedAdoptionRecord[];
  readonly ad1?: Ad1Record;
  /** True when the decision was reversed: the child stays in foster care. */
  readonly reversed: boolean;
}

/**
 * A young child's way to adoption: in foster care (sometimes fostering for adoption, U5), a
 * decision to place (placed_adoption), the placement order (legal status E1), the match (AD1),
 * placement for adoption (A5 with the foster carer, RNE T; or A6 with new adopters, RNE P, or
 * B with the order the same day) and the adoption order (E11/E12). Some decisions are reversed.
 */
export function adoptionPeriod(
  b: EpisodeBuilder,
  child: DemoChildContext,
  childId: string,
  start: LocalDate,
  horizon: LocalDate,
): AdoptionOutcome | undefined {
  const { rng, places } = child;
  const fostering = places.placement(rng.chance(0.12) ? 'U5' : 'U6', b.homePostcode);
  if (!b.start(start, rng.chance(0.85) ? 'C1' : 'V2', 'N1', fostering)) return undefined;
  const decisionDate = addDays(start, rng.int(100, 300));
  if (decisionDate > horizon) return { placedAdoption: [], reversed: false };
  const decision: PlacedAdoptionRecord = { childId, decisionDate };
  if (rng.chance(0.08)) {
    const ceasedOn = addDays(decisionDate, rng.int(90, 300));
    if (ceasedOn > horizon) return { placedAdoption: [decision], reversed: false };
    const ceasedReason = rng.weighted({ RD1: 25, RD2: 20, RD3: 35, RD4: 20 });
    return { placedAdoption: [{ ...decision, ceasedOn, ceasedReason }], reversed: true };
  }
  const orderDay = addDays(decisionDate, rng.int(30, 120));
  const matchDate = addDays(decisionDate, rng.int(60, 240));
  const placedDay = addDays(maxDate(orderDay, matchDate), rng.int(7, 40));
  const byFosterCarer = fostering.place === 'U5' || rng.chance(0.1);
  const sameDay = !byFosterCarer && rng.chance(0.2);
  if (!sameDay) b.change(orderDay, 'L', { legalStatus: 'E1' });
  if (byFosterCarer) b.change(placedDay, 'T', { placement: { ...fostering, place: 'A5' }, reason: 'CARPL' });
  else {
    const adopters = places.placement('A6', b.homePostcode);
    if (sameDay) b.change(placedDay, 'B', { legalStatus: 'E1', placement: adopters, reason: 'CARPL' });
    else b.change(placedDay, 'P', { placement: adopters, reason: 'CARPL' });
  }
  const adopted = b.end(addDays(placedDay, rng.int(100, 300)), rng.chance(0.7) ? 'E11' : 'E12');
  if (!adopted) return { placedAdoption: [decision], reversed: false };
  const couple = rng.chance(0.85);
  const sex: AdopterSex = couple ? rng.weighted({ MF: 80, FF: 12, MM: 8 }) : rng.weighted({ F1: 85, M1: 15 });
  const ad1: Ad1Record = {
    childId,
    decisionDate,
    matchDate,
    byFosterCarer,
    numberOfAdopters: couple ? 2 : 1,
    adopterSex: sex,
    adopterLegalStatus: legalStatusOfAdopters(rng, sex),
  };
  return { placedAdoption: [decision], ad1, reversed: false };
}

/** The adopters' legal status agrees with their sexes (DfE rules 514, 517–520). */
function legalStatusOfAdopters(rng: Random, sex: AdopterSex): AdopterLegalStatus {
  if (sex === 'M1' || sex === 'F1') return 'L0';
  if (sex === 'MF') return rng.weighted({ L11: 80, L3: 20 });
  return rng.weighted({ L12: 45, L2: 35, L4: 20 });
}
