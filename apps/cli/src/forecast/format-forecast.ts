import { type ForecastReport } from '@ledger/core';
import { type Backtest, FORECAST_GROUPS, type HorizonScore } from '@ledger/forecast';

const SHORT: Record<(typeof FORECAST_GROUPS)[number], string> = {
  foster: 'foster',
  placedForAdoption: 'adopt',
  placedWithParents: 'parents',
  childrensHomes: 'homes',
  supportedAccommodation: 'supported',
  residentialSchools: 'schools',
  other: 'other',
};

const cell = (value: string, width: number): string => value.padStart(width);
const figure = (value: number | null, suffix = ''): string => (value === null ? '-' : `${value}${suffix}`);

function scoresTable(horizons: readonly HorizonScore[]): string[] {
  const lines = [
    `${'months'.padEnd(8)}${cell('origins', 8)}${cell('MASE', 8)}${cell('bias', 8)}${cell('coverage', 10)}  MAPE by group (%)`,
  ];
  for (const h of horizons) {
    const mape = FORECAST_GROUPS.map((g) => `${SHORT[g]} ${figure(h.mapeByGroup[g])}`).join(', ');
    lines.push(
      `${String(h.months).padEnd(8)}${cell(String(h.origins), 8)}${cell(figure(h.mase), 8)}${cell(figure(h.bias), 8)}${cell(figure(h.coverage), 10)}  ${mape}`,
    );
  }
  return lines;
}

/** The forecast as a table: each month's stock by group (mean, and the band for the total). */
export function formatForecast(report: ForecastReport): string {
  const { interval } = report.method;
  const lines = [
    `Forecast from ${report.origin}${report.asKnownAt ? ` as known at ${report.asKnownAt}` : ''}, ` +
      `rates over ${report.referenceWindow.from} to ${report.referenceWindow.to}, ` +
      `${report.method.runs} simulated runs (band: percentiles ${interval.low}-${interval.high})`,
    '',
    `${'month'.padEnd(12)}${cell('total', 8)}${cell('band', 12)}${FORECAST_GROUPS.map((g) => cell(SHORT[g], 10)).join('')}`,
  ];
  for (const month of report.months) {
    lines.push(
      `${month.month.padEnd(12)}${cell(String(month.total.mean), 8)}${cell(`${month.total.low}-${month.total.high}`, 12)}` +
        FORECAST_GROUPS.map((g) => cell(String(month.byGroup[g].mean), 10)).join(''),
    );
  }
  lines.push(
    '',
    'Backtest (ledger forecast backtest for every origin):',
    ...scoresTable(report.backtest.horizons),
  );
  return lines.join('\n');
}

/** The backtest as a table: which knowledge each origin used, then the scores. */
export function formatBacktest(result: Backtest): string {
  const lines = [
    `Backtest over ${result.origins.length} monthly origins, rates over ${result.referenceMonths} months before each`,
    '',
  ];
  lines.push(`${'origin'.padEnd(12)}${'known at'.padEnd(28)}source`);
  for (const origin of result.origins)
    lines.push(`${origin.origin.padEnd(12)}${origin.knownAt.padEnd(28)}${origin.source}`);
  lines.push('', ...scoresTable(result.horizons));
  return lines.join('\n');
}
