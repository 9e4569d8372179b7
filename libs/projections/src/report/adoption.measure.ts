import {
  ADOPTION_END_REASONS,
  ADOPTION_PLACEMENT_TYPES,
  ADOPTION_WITH_FOSTER_CARER_TYPES,
  PLACEMENT_ORDER_LEGAL_STATUSES,
  SGO_END_REASONS,
  addMonths,
  daysBetween,
  maxDate,
  type LocalDate,
} from '@ledger/domain';
import { stintsOfPeriod } from '../timeline/period.queries';
import type { AdoptionMatch, ChildTimeline, PeriodOfCare } from '../timeline/timeline.types';
import type { ChildOnDay } from './child-on-day';
import { RatioCounter, days } from './ratio';
import type { AdoptionSection, ReportWindow } from './report.types';

/** The first day of the period under a placement order (E1, or the historical D1). */
function placementOrderDay(timeline: ChildTimeline, period: PeriodOfCare): LocalDate | undefined {
  for (const span of timeline.legalStatuses) {
    if (span.end !== undefined && span.end <= period.start) continue;
    if (period.end !== undefined && span.start >= period.end) return undefined;
    if (PLACEMENT_ORDER_LEGAL_STATUSES.includes(span.legalStatus)) return maxDate(span.start, period.start);
  }
  return undefined;
}

/** The latest match made during the period: a later match replaces a disrupted one. */
function matchOf(timeline: ChildTimeline, period: PeriodOfCare): AdoptionMatch | undefined {
  let match: AdoptionMatch | undefined;
  for (const candidate of timeline.adoption.matches) {
    if (candidate.date >= period.start && (period.end === undefined || candidate.date <= period.end)) {
      match = candidate;
    }
  }
  return match;
}

/** Section 4 over one window: adoption timeliness and leaving care (docs/measures.md §4). */
export class AdoptionMeasure {
  private readonly a10: number[] = [];
  private readonly a1: number[] = [];
  private readonly a2: number[] = [];
  private readonly a3 = new RatioCounter();
  private readonly leftByAdoption = new RatioCounter();
  private readonly leftBySgo = new RatioCounter();

  constructor(private readonly window: ReportWindow) {}

  add(child: ChildOnDay): void {
    const timeline = child.timeline;
    let lastCeased: PeriodOfCare | undefined;
    timeline.periods.forEach((period, index) => {
      const end = period.end;
      if (end === undefined || period.endReason === undefined) return;
      if (end < this.window.from || end > this.window.to) return;
      lastCeased = period;
      if (ADOPTION_END_REASONS.includes(period.endReason)) this.addAdoption(timeline, period, index);
    });
    if (lastCeased) {
      this.leftByAdoption.add(ADOPTION_END_REASONS.includes(lastCeased.endReason!));
      this.leftBySgo.add(SGO_END_REASONS.includes(lastCeased.endReason!));
    }
  }

  private addAdoption(timeline: ChildTimeline, period: PeriodOfCare, index: number): void {
    const entered = period.start;
    const match = matchOf(timeline, period);
    const firstForAdoption = stintsOfPeriod(timeline, index).find((stint) =>
      ADOPTION_PLACEMENT_TYPES.includes(stint.placement.type),
    );
    if (firstForAdoption) {
      const byFosterCarer =
        match?.byFosterCarer === true ||
        ADOPTION_WITH_FOSTER_CARER_TYPES.includes(firstForAdoption.placement.type);
      // Adopted by the foster carer: the child "moved in" when the spell with that carer began.
      const movedIn = byFosterCarer ? timeline.placements[period.lastSpell].start : firstForAdoption.start;
      this.a1.push(daysBetween(entered, firstForAdoption.start));
      this.a10.push(daysBetween(entered, movedIn));
      this.a3.add(movedIn < addMonths(entered, 14));
    }
    const order = placementOrderDay(timeline, period);
    if (order !== undefined && match !== undefined) this.a2.push(Math.max(0, daysBetween(order, match.date)));
  }

  result(): AdoptionSection {
    return {
      a10: days(this.a10),
      a1: days(this.a1),
      a2: days(this.a2),
      a3: this.a3.result(),
      leftCareByAdoption: this.leftByAdoption.result(),
      leftCareBySgo: this.leftBySgo.result(),
    };
  }
}
