import {
  addDays,
  ageOn,
  birthday,
  isFosterPlacement,
  type CareEndReason,
  type LegalStatus,
  type LocalDate,
  type PlacementChangeReason,
  type PlacementType,
} from '@ledger/domain';
import { CATEGORY_OF_NEED_WEIGHTS, ENTRY_LEGAL_STATUS_WEIGHTS, NEW_CARER_MOVE_REASONS } from './demo-tables';
import { samePlace, type EpisodeBuilder } from './episode-builder';
import { choosePlacement, longTermOf } from './placement-choice';
import type { Places } from './places';
import type { Random } from './random';

export interface DemoChildContext {
  readonly rng: Random;
  readonly places: Places;
  readonly dateOfBirth: LocalDate;
  readonly uasc: boolean;
}

type Change =
  | { day: LocalDate; kind: 'legal'; legalStatus: LegalStatus }
  | { day: LocalDate; kind: 'move' | 'temporary' };

/**
 * One period of care from `start`: entry legal status and placement, legal status changes,
 * moves (same carer or new, with reasons), temporary placements and the return from them, and
 * the end of care with a reason that fits the child's age and placement. Returns the day care
 * ended, or undefined when the child is still in care at the horizon.
 */
export function carePeriod(
  b: EpisodeBuilder,
  child: DemoChildContext,
  start: LocalDate,
): LocalDate | undefined {
  const { rng, dateOfBirth, uasc } = child;
  const age = ageOn(dateOfBirth, start);
  let legalStatus: LegalStatus = uasc ? 'V2' : rng.weighted(ENTRY_LEGAL_STATUS_WEIGHTS);
  if (legalStatus === 'J1' && age < 10) legalStatus = 'V2';
  const categoryOfNeed = uasc ? 'N8' : rng.weighted(CATEGORY_OF_NEED_WEIGHTS);
  const first = choosePlacement(rng, age, start, legalStatus, uasc);
  if (!b.start(start, legalStatus, categoryOfNeed, place(child, b, first))) return undefined;
  const eighteen = birthday(dateOfBirth, 18);
  const stay =
    legalStatus === 'J1'
      ? 'remand'
      : age >= 16 || uasc
        ? rng.weighted({ short: 25, long: 75 })
        : rng.weighted({ short: 30, medium: 25, long: 45 });
  let end =
    stay === 'remand'
      ? addDays(start, rng.int(20, 90))
      : stay === 'short'
        ? addDays(start, rng.int(30, 180))
        : stay === 'medium'
          ? addDays(start, rng.int(181, 730))
          : rng.chance(0.2) && age < 16
            ? rng.dayWithin(birthday(dateOfBirth, 16), 300)
            : eighteen;
  if (end > eighteen) end = eighteen;
  if (end <= addDays(start, 1)) end = addDays(start, 2);
  for (const change of plannedChanges(rng, start, end, legalStatus, age)) {
    if (b.stopped || change.day <= b.since! || change.day >= addDays(end, -1)) continue;
    if (change.kind === 'legal') {
      if (change.legalStatus !== b.legalStatus)
        b.change(change.day, 'L', { legalStatus: change.legalStatus });
    } else if (change.kind === 'move') move(b, child, change.day);
    else temporary(b, child, change.day, end);
  }
  if (b.stopped) return undefined;
  return b.end(end, endReason(rng, b, stay, end === eighteen)) ? end : undefined;
}

function place(child: DemoChildContext, b: EpisodeBuilder, type: PlacementType) {
  return child.places.placement(type, child.uasc ? undefined : b.homePostcode);
}

function plannedChanges(
  rng: Random,
  start: LocalDate,
  end: LocalDate,
  legalStatus: LegalStatus,
  age: number,
): Change[] {
  const changes: Change[] = [];
  if (legalStatus === 'L1')
    changes.push({
      day: addDays(start, rng.int(1, 3)),
      kind: 'legal',
      legalStatus: rng.chance(0.5) ? 'V2' : 'C1',
    });
  if (legalStatus === 'L2')
    changes.push({ day: addDays(start, rng.int(7, 21)), kind: 'legal', legalStatus: 'C1' });
  if (legalStatus === 'C1' || legalStatus === 'L2' || (legalStatus === 'L1' && rng.chance(0.5)))
    changes.push({ day: addDays(start, rng.int(120, 360)), kind: 'legal', legalStatus: 'C2' });
  if (legalStatus === 'V2' && rng.chance(0.12))
    changes.push({ day: addDays(start, rng.int(30, 200)), kind: 'legal', legalStatus: 'C1' });
  const moveEvery = age >= 12 ? 420 : 900;
  for (
    let day = addDays(start, rng.exponentialDays(moveEvery));
    day < end;
    day = addDays(day, rng.exponentialDays(moveEvery))
  )
    changes.push({ day, kind: 'move' });
  for (
    let day = addDays(start, rng.exponentialDays(1600));
    day < end;
    day = addDays(day, rng.exponentialDays(1600))
  )
    changes.push({ day, kind: 'temporary' });
  return changes.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** A move: with the same carer (PLACE: house move, or short-term becoming long-term) or to a new one. */
function move(b: EpisodeBuilder, child: DemoChildContext, day: LocalDate): void {
  const { rng } = child;
  const current = b.placement!;
  const longTerm = longTermOf(current.place);
  if (isFosterPlacement(current.place) && rng.chance(0.3)) {
    if (longTerm && rng.chance(0.5))
      b.change(day, 'T', { placement: { ...current, place: longTerm }, reason: 'CARPL' });
    else {
      const moved = child.places.houseMove(current, child.uasc ? undefined : b.homePostcode);
      if (!samePlace(moved, current)) b.change(day, 'T', { placement: moved, reason: 'PLACE' });
    }
    return;
  }
  const reason: PlacementChangeReason = rng.weighted(NEW_CARER_MOVE_REASONS);
  for (let attempt = 0; attempt < 5; attempt++) {
    const type = choosePlacement(rng, ageOn(child.dateOfBirth, day), day, b.legalStatus!, child.uasc);
    const next = place(child, b, type);
    if (!samePlace(next, current)) {
      b.change(day, 'P', { placement: next, reason });
      return;
    }
  }
}

/** A holiday, a hospital stay or respite with other carers, and the return to the usual placement. */
function temporary(b: EpisodeBuilder, child: DemoChildContext, day: LocalDate, end: LocalDate): void {
  const { rng } = child;
  const usual = b.placement!;
  if (!isFosterPlacement(usual.place)) return;
  const type = rng.weighted({ T2: 40, T3: 25, T1: 15, T4: 20 }) as PlacementType;
  const days = type === 'T4' ? rng.int(2, 7) : type === 'T3' ? rng.int(3, 14) : rng.int(3, 20);
  const back = addDays(day, days);
  if (back >= addDays(end, -1)) return;
  if (b.change(day, 'P', { placement: child.places.temporary(type) }))
    b.change(back, 'P', { placement: usual });
}

function endReason(rng: Random, b: EpisodeBuilder, stay: string, atEighteen: boolean): CareEndReason {
  const foster = isFosterPlacement(b.placement!.place);
  if (stay === 'remand') return 'E14';
  if (atEighteen) {
    if (foster && rng.chance(0.55)) return 'E17';
    return rng.weighted({ E5: 50, E6: 12, E8: 18, E17: 8, E7: 2, E13: 10 });
  }
  if (stay === 'short') return rng.weighted({ E4A: 78, E4B: 4, E13: 7, E41: 3, E8: 5, E3: 3 });
  const sgo = rng.weighted({ E45: 35, E46: 15, E47: 40, E48: 10 });
  const reason = rng.weighted({ E4A: 38, SGO: 35, E41: 9, E13: 9, E8: 5, E3: 4 });
  if (reason !== 'SGO') return reason;
  return !foster && (sgo === 'E45' || sgo === 'E46') ? 'E47' : sgo;
}
