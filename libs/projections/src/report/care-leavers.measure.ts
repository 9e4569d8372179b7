import {
  EET_ACTIVITIES,
  FOSTER_PLACEMENT_TYPES,
  addMonths,
  birthday,
  isBedAndBreakfast,
  isSuitableAccommodation,
  isWithFormerFosterCarers,
  type LocalDate,
} from '@ledger/domain';
import { lastStintOfPeriod } from '../timeline/period.queries';
import { covers } from '../timeline/timeline.queries';
import type { CareLeaverContact, ChildTimeline, PeriodOfCare } from '../timeline/timeline.types';
import type { ChildOnDay } from './child-on-day';
import { RatioCounter } from './ratio';
import type { CareLeaverAgeGroup, CareLeaversSection, ReportWindow } from './report.types';

class AgeGroupCounter {
  private readonly inTouch = new RatioCounter();
  private readonly suitable = new RatioCounter();
  private readonly eet = new RatioCounter();
  private readonly bedAndBreakfast = new RatioCounter();
  private readonly formerFosterCarers = new RatioCounter();

  add(contact: CareLeaverContact): void {
    this.inTouch.add(contact.inTouch === 'YES');
    this.suitable.add(isSuitableAccommodation(contact.accommodation));
    this.eet.add(EET_ACTIVITIES.includes(contact.activity));
    this.bedAndBreakfast.add(isBedAndBreakfast(contact.accommodation));
    this.formerFosterCarers.add(isWithFormerFosterCarers(contact.accommodation));
  }

  result(): CareLeaverAgeGroup {
    return {
      inTouch: this.inTouch.result(),
      suitableAccommodation: this.suitable.result(),
      educationEmploymentTraining: this.eet.result(),
      bedAndBreakfast: this.bedAndBreakfast.result(),
      withFormerFosterCarers: this.formerFosterCarers.result(),
    };
  }
}

/** Section 5 over one window: birthday contacts and Staying Put (docs/measures.md §5). */
export class CareLeaversMeasure {
  private readonly age17 = new AgeGroupCounter();
  private readonly age18 = new AgeGroupCounter();
  private readonly age19to21 = new AgeGroupCounter();
  private readonly stayingPut = new RatioCounter();

  constructor(private readonly window: ReportWindow) {}

  add(child: ChildOnDay): void {
    const dateOfBirth = child.timeline.details?.dateOfBirth;
    if (!dateOfBirth) return;
    this.addContacts(child.timeline);
    let eighteenth: LocalDate | undefined;
    child.timeline.periods.forEach((period, index) => {
      const end = period.end;
      if (end === undefined || period.endReason === undefined) return;
      if (end < this.window.from || end > this.window.to) return;
      eighteenth ??= birthday(dateOfBirth, 18);
      if (end === eighteenth) this.addEndAt18(child.timeline, period, index);
    });
  }

  private addContacts(timeline: ChildTimeline): void {
    for (const { age, birthday: day, contact } of timeline.careLeaverBirthdays) {
      if (day < this.window.from || day > this.window.to) continue;
      // Died, or back home for six months or more: out of the denominators.
      if (contact.inTouch === 'DIED' || contact.inTouch === 'RHOM') continue;
      (age === 17 ? this.age17 : age === 18 ? this.age18 : this.age19to21).add(contact);
    }
  }

  /** Staying Put at 18: a period ended on the 18th birthday from a foster placement. */
  private addEndAt18(timeline: ChildTimeline, period: PeriodOfCare, index: number): void {
    const last = lastStintOfPeriod(timeline, index);
    if (!last || !FOSTER_PLACEMENT_TYPES.includes(last.placement.type)) return;
    const ended = period.end!;
    const threeMonthsLater = addMonths(ended, 3);
    const carerId = last.placement.carerId;
    const stayingPut =
      period.endReason === 'E17' &&
      timeline.stayingPut.some(
        (span) =>
          span.start >= ended &&
          covers(span, threeMonthsLater) &&
          (span.carerId === undefined || carerId === undefined || span.carerId === carerId),
      );
    this.stayingPut.add(stayingPut);
  }

  result(): CareLeaversSection {
    return {
      age17: this.age17.result(),
      age18: this.age18.result(),
      age19to21: this.age19to21.result(),
      stayingPutAt18: this.stayingPut.result(),
    };
  }
}
