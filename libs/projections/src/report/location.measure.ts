import type { ChildOnDay } from './child-on-day';
import { distanceOf, locationOf } from './placement-location';
import { ratio } from './ratio';
import type { LocationBreakdown, LocationSection } from './report.types';

class BreakdownCounter {
  children = 0;
  inside = 0;
  outside = 0;
  locationUnknown = 0;
  within20 = 0;
  over20 = 0;
  distanceUnknown = 0;
  outsideAndOver20 = 0;

  result(): LocationBreakdown {
    const of = (numerator: number) => ratio(numerator, this.children);
    return {
      outside: of(this.outside),
      inside: of(this.inside),
      locationUnknown: of(this.locationUnknown),
      over20Miles: of(this.over20),
      within20Miles: of(this.within20),
      distanceUnknown: of(this.distanceUnknown),
      outsideAndOver20Miles: of(this.outsideAndOver20),
    };
  }
}

/**
 * Section 3 (docs/measures.md §3) on the window's day, for the children looked after then, by the placement they are
 * in that day (a temporary one when it is active).
 */
export class LocationMeasure {
  private readonly all = new BreakdownCounter();
  private readonly excludingUasc = new BreakdownCounter();
  private readonly uasc = new BreakdownCounter();

  add(child: ChildOnDay): void {
    if (!child.care) return;
    const location = locationOf(child.care.placement, child.details?.responsibleAuthority);
    const distance = distanceOf(child.care.placement, child.uasc);
    for (const counter of [this.all, child.uasc ? this.uasc : this.excludingUasc]) {
      counter.children += 1;
      if (location === 'inside') counter.inside += 1;
      else if (location === 'outside') counter.outside += 1;
      else counter.locationUnknown += 1;
      if (distance === 'within20') counter.within20 += 1;
      else if (distance === 'over20') counter.over20 += 1;
      else counter.distanceUnknown += 1;
      if (location === 'outside' && distance === 'over20') counter.outsideAndOver20 += 1;
    }
  }

  result(): LocationSection {
    return { all: this.all.result(), excludingUasc: this.excludingUasc.result(), uasc: this.uasc.result() };
  }
}
