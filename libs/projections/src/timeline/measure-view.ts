import { SHORT_BREAK_LEGAL_STATUSES, type LocalDate } from '@ledger/domain';
import type { CareSegment } from './care-segments';
import type { CarerSpell, PeriodOfCare, PlacementMove, PlacementStint } from './timeline.types';

/** The periods, carer spells, placements and moves the measures count. */
export interface MeasureView {
  readonly periods: PeriodOfCare[];
  readonly placements: CarerSpell[];
  readonly usualPlacements: PlacementStint[];
  readonly temporaryPlacements: PlacementStint[];
  readonly moves: PlacementMove[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const isShortBreak = (segment: CareSegment): boolean =>
  SHORT_BREAK_LEGAL_STATUSES.includes(segment.legalStatus);

/** Sets the end of the last item of a list (spans grow segment by segment). */
function extend<T extends { end?: LocalDate }>(items: Mutable<T>[], end: LocalDate | undefined): void {
  items[items.length - 1].end = end;
}

/**
 * Removes short breaks first (docs/measures.md §0), then reads periods of care and carer
 * spells from what is left (section 1). A period cut by a short break ends there, without an
 * end reason, and care after the break is a new period with a new first placement.
 */
export function measureViewOf(segments: readonly CareSegment[]): MeasureView {
  const periods: Mutable<PeriodOfCare>[] = [];
  const placements: Mutable<CarerSpell>[] = [];
  const usualPlacements: Mutable<PlacementStint>[] = [];
  const temporaryPlacements: Mutable<PlacementStint>[] = [];
  const moves: PlacementMove[] = [];
  let previous: CareSegment | undefined;
  for (const segment of segments) {
    if (isShortBreak(segment)) {
      previous = undefined;
      continue;
    }
    const continues = previous !== undefined && previous.rawPeriod === segment.rawPeriod;
    if (!continues) {
      const index = placements.length;
      periods.push({
        start: segment.start,
        categoryOfNeed: segment.categoryOfNeed,
        firstSpell: index,
        lastSpell: index,
      });
    }
    const period = periods.length - 1;
    if (!continues || previous!.spellSeq !== segment.spellSeq) {
      placements.push({ start: segment.start, period, placement: segment.usual });
      periods[period].lastSpell = placements.length - 1;
    }
    const spell = placements.length - 1;
    if (!continues || previous!.usualSeq !== segment.usualSeq) {
      usualPlacements.push({ start: segment.start, period, spell, placement: segment.usual });
      if (continues && segment.change.kind === 'change') {
        moves.push({
          date: segment.start,
          period,
          carerChanged: segment.change.carerChanged,
          reason: previous!.reasonPlaceChange,
          from: previous!.usual,
          to: segment.usual,
        });
      }
    }
    if (segment.temporary) {
      const sameTemporary = continues && previous!.temporarySeq === segment.temporarySeq;
      if (!sameTemporary)
        temporaryPlacements.push({ start: segment.start, period, spell, placement: segment.temporary });
      extend(temporaryPlacements, segment.end);
    }
    extend(periods, segment.end);
    periods[period].endReason = segment.endReason;
    extend(placements, segment.end);
    extend(usualPlacements, segment.end);
    previous = segment;
  }
  return { periods, placements, usualPlacements, temporaryPlacements, moves };
}
