import { ageOn } from '@ledger/domain';
import { ageOnDay } from '../timeline/timeline.queries';
import { days, ratio, roundedTenths } from './ratio';

describe('ratios and days (docs/measures.md §0)', () => {
  it('rounds percentages to one decimal, half away from zero, exactly', () => {
    expect(ratio(1, 8).percent).toBe(12.5);
    expect(ratio(1, 3).percent).toBe(33.3);
    expect(ratio(2, 3).percent).toBe(66.7);
    // 100 * 249 / 2000 = 12.45, which binary floating point holds as 12.4499...
    expect(ratio(249, 2000).percent).toBe(12.5);
    expect(roundedTenths(-1245, 100)).toBe(-12.5);
    expect(Object.is(roundedTenths(-1, 1000), 0)).toBe(true);
  });

  it('gives a null percent, never 0, on an empty denominator', () => {
    expect(ratio(0, 0)).toEqual({ numerator: 0, denominator: 0, percent: null });
    expect(ratio(0, 4)).toEqual({ numerator: 0, denominator: 4, percent: 0 });
  });

  it('gives the mean to one decimal and the median of an even count as the mean of the middle two', () => {
    expect(days([10, 1, 4])).toEqual({ count: 3, meanDays: 5, medianDays: 4 });
    expect(days([1, 2, 4, 10])).toEqual({ count: 4, meanDays: 4.3, medianDays: 3 });
    expect(days([1, 2])).toEqual({ count: 2, meanDays: 1.5, medianDays: 1.5 });
    expect(days([])).toEqual({ count: 0, meanDays: null, medianDays: null });
  });
});

describe('ageOnDay', () => {
  it('agrees with the domain ageOn, 29 February birthdays included', () => {
    const cases: [string, string][] = [
      ['2008-02-29', '2024-02-28'],
      ['2008-02-29', '2024-02-29'],
      ['2008-02-29', '2025-02-28'],
      ['2008-02-29', '2025-03-01'],
      ['2010-12-31', '2024-12-30'],
      ['2010-12-31', '2024-12-31'],
      ['2010-01-01', '2010-01-01'],
    ];
    for (const [born, on] of cases) expect(ageOnDay(born, on)).toBe(ageOn(born, on));
  });
});
