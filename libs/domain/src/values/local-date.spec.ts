import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  birthday,
  dateOfInstant,
  daysBetween,
  daysInMonth,
  isLocalDate,
  maxDate,
  minDate,
} from './local-date';

describe('local dates', () => {
  it('recognises real calendar days only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2023-13-01')).toBe(false);
    expect(isLocalDate('2023-1-01')).toBe(false);
    expect(isLocalDate(20230101)).toBe(false);
  });

  it('reads every day of every year as the Date-based reading did, years 0000-0099 as Date.UTC takes them', () => {
    // Date.UTC reads years 0-99 as 1900-1999: 0000 (as 1900) has no 29 February, 0004 (as 1904) has one.
    expect(isLocalDate('0000-02-29')).toBe(false);
    expect(isLocalDate('0004-02-29')).toBe(true);
    expect(isLocalDate('0100-02-29')).toBe(false);
    expect(isLocalDate('0400-02-29')).toBe(true);
    expect(isLocalDate('２０２４-01-01')).toBe(false);
    const asDateDid = (day: string): boolean => {
      const [y, m, d] = day.split('-').map(Number);
      return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
    };
    for (let year = 0; year <= 9999; year += year < 120 ? 1 : 97)
      for (let month = 1; month <= 12; month++) {
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
        for (const day of [28, 29, 30, 31]) {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${day}`;
          if (isLocalDate(text) !== asDateDid(text)) throw new Error(`isLocalDate(${text}) changed`);
          if (isLocalDate(text) && year > 0) {
            const next = new Date(Date.UTC(year, month - 1, day) + 86_400_000).toISOString().slice(0, 10);
            if (addDays(text, 1) !== next) throw new Error(`addDays(${text}, 1) changed`);
          }
        }
      }
  });

  it('adds days across months, years and DST changes', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-31', 1)).toBe('2024-04-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-04-01', '2023-04-01')).toBe(-366);
  });

  it('clamps month arithmetic to the last day of the month', () => {
    expect(addMonths('2024-08-31', -6)).toBe('2024-02-29');
    expect(addMonths('2023-08-31', -6)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2024-05-15', -17)).toBe('2022-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('counts a 29 February birthday on 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
    expect(birthday('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthday('2008-02-29', 20)).toBe('2028-02-29');
  });

  it('ages a child on the birthday itself', () => {
    expect(ageOn('2008-03-10', '2026-03-09')).toBe(17);
    expect(ageOn('2008-03-10', '2026-03-10')).toBe(18);
    expect(ageOn('2008-03-10', '2008-03-10')).toBe(0);
    expect(birthday('2008-03-10', 18)).toBe('2026-03-10');
  });

  it('takes the UTC day of an instant and orders days', () => {
    expect(dateOfInstant('2026-06-30T23:30:00-02:00')).toBe('2026-07-01');
    expect(dateOfInstant('2026-06-30T00:30:00+01:00')).toBe('2026-06-29');
    expect(minDate('2020-01-02', '2020-01-01')).toBe('2020-01-01');
    expect(maxDate('2020-01-02', '2020-01-01')).toBe('2020-01-02');
  });
});
