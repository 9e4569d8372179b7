import {
  ADOPTION_PLACEMENT_TYPES,
  PLACEMENT_CHANGE_REASONS,
  addDays,
  addMonths,
  codesOf,
  type LocalDate,
  type PlacementChangeReason,
} from '@ledger/domain';
import type { CarerSpell } from '../timeline/timeline.types';
import type { ChildOnDay } from './child-on-day';
import { RatioCounter } from './ratio';
import type { MovesByReason, ReportWindow, StabilitySection } from './report.types';

const REASONS = codesOf(PLACEMENT_CHANGE_REASONS);

/**
 * True when at least three carer spells cover a day of `[from, to]`: a spell covers the window
 * when `start <= to` and it is open or ends after `from` (docs/measures.md §2a).
 */
export function hasThreePlacementsIn(spells: readonly CarerSpell[], from: LocalDate, to: LocalDate): boolean {
  let count = 0;
  for (const spell of spells) {
    if (spell.start > to) break;
    if (spell.end === undefined || spell.end > from) {
      count += 1;
      if (count >= 3) return true;
    }
  }
  return false;
}

/** Sections 2a–2d over one window, fed one child at a time. */
export class StabilityMeasure {
  private readonly threePlus = new RatioCounter();
  private readonly twoYears = new RatioCounter();
  private readonly longTerm = new RatioCounter();
  private readonly moves = new Map<PlacementChangeReason, number>(REASONS.map((reason) => [reason, 0]));
  private readonly twoYearsAgo: LocalDate;
  private readonly twoYearsFrom: LocalDate;
  private readonly thirtyMonthsAgo: LocalDate;

  constructor(private readonly window: ReportWindow) {
    this.twoYearsAgo = addMonths(window.to, -24);
    this.twoYearsFrom = addDays(this.twoYearsAgo, 1);
    this.thirtyMonthsAgo = addMonths(window.to, -30);
  }

  add(child: ChildOnDay): void {
    const { from, to } = this.window;
    for (const move of child.timeline.moves) {
      if (move.reason !== undefined && move.date >= from && move.date <= to) {
        this.moves.set(move.reason, (this.moves.get(move.reason) ?? 0) + 1);
      }
    }
    const care = child.care;
    if (!care) return;
    const spells = child.timeline.placements;
    this.threePlus.add(hasThreePlacementsIn(spells, from, to));
    if (care.period.start <= this.twoYearsAgo) {
      this.twoYears.add(hasThreePlacementsIn(spells, this.twoYearsFrom, to));
    }
    if (child.age !== undefined && child.age < 16 && care.period.start <= this.thirtyMonthsAgo) {
      this.longTerm.add(this.isLongTermStable(child, spells));
    }
  }

  /** 2c: a child on a temporary placement on `to` is not "placed for adoption" for the second clause. */
  private isLongTermStable(child: ChildOnDay, spells: readonly CarerSpell[]): boolean {
    const care = child.care!;
    if (spells[care.spell].start <= this.twoYearsAgo) return true;
    const placedForAdoption = !care.temporary && ADOPTION_PLACEMENT_TYPES.includes(care.usual.type);
    return (
      placedForAdoption &&
      care.spell > care.period.firstSpell &&
      spells[care.spell - 1].start <= this.twoYearsAgo
    );
  }

  result(): StabilitySection {
    return {
      threePlusPlacements: this.threePlus.result(),
      threePlusPlacementsTwoYears: this.twoYears.result(),
      longTerm: this.longTerm.result(),
      movesByReason: Object.fromEntries(this.moves) as MovesByReason,
    };
  }
}
