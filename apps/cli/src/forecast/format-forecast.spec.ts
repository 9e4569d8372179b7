import { type ForecastReport } from '@ledger/core';
import {
  backtest,
  boundaryDays,
  type ChildPath,
  dayNumber,
  forecast,
  type ImportEntry,
} from '@ledger/forecast';
import { formatBacktest, formatForecast } from './format-forecast';

describe('the forecast and backtest tables', () => {
  // Six children born 2012, in care from 2019 (foster or a children's home), all in foster care from 2021.
  const paths: ChildPath[] = Array.from({ length: 6 }, (_, i) => {
    const start = dayNumber(`2019-0${i + 1}-01`);
    const move = dayNumber(`2021-0${i + 1}-15`);
    return {
      boundaries: boundaryDays('2012-01-01'),
      segments: [
        { start, end: move, group: i % 2 ? 3 : 0, entry: true },
        { start: move, end: Infinity, group: 0, entry: false },
      ],
      lastDay: move,
    };
  });
  const imports: ImportEntry[] = [
    {
      position: 20n,
      recordedAt: '2025-01-01T00:00:00Z',
      years: ['2018-19', '2019-20', '2020-21', '2021-22'],
    },
  ];
  const knowledge = { imports };
  const scores = backtest({ actual: paths, knowledge, pathsAt: () => paths }, { runs: 5 });
  const result = forecast({ paths, knowledge }, { horizonMonths: 3, runs: 5 });
  const report: ForecastReport = { ...result, backtest: { horizons: scores.horizons } };

  it('prints each month with the total, its band and each group', () => {
    const lines = formatForecast(report).split('\n');
    expect(lines[0]).toBe(
      'Forecast from 2022-03-31, rates over 2020-03-31 to 2022-03-31, 5 simulated runs (band: percentiles 5-95)',
    );
    expect(lines[2]).toMatch(/^month\s+total\s+band\s+foster\s+adopt/);
    expect(lines[3]).toMatch(
      new RegExp(
        `^2022-04-30\\s+${result.months[0].total.mean}\\s+${result.months[0].total.low}-${result.months[0].total.high}\\s+${result.months[0].byGroup.foster.mean}\\s`,
      ),
    );
    expect(lines).toContain('months   origins    MASE    bias  coverage  MAPE by group (%)');
  });

  it('prints which knowledge each origin of the backtest used', () => {
    const text = formatBacktest(scores);
    expect(scores.origins.length).toBeGreaterThan(0);
    expect(text).toContain(`${scores.origins[0].origin}  20                          import`);
  });
});
