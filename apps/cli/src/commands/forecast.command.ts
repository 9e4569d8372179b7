import { GetForecastBacktestQuery, GetForecastQuery, parseAsKnownAt } from '@ledger/core';
import { type Command, InvalidArgumentError } from 'commander';
import { query } from '../core-context';
import { formatBacktest, formatForecast } from '../forecast/format-forecast';

interface ForecastOptions {
  origin?: string;
  asKnownAt?: string;
  horizon?: number;
  reference?: number;
  entryRateChange?: number;
  residentialToFoster?: number;
  json?: boolean;
  db?: string;
}

const wholeNumber = (value: string): number => {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
};

const aNumber = (value: string): number => {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('expected a number');
  return n;
};

/** Options that only the forecast takes, with their flag, refused with `backtest`. */
const FORECAST_ONLY: [keyof ForecastOptions, string][] = [
  ['origin', '--origin'],
  ['horizon', '--horizon'],
  ['entryRateChange', '--entry-rate-change'],
  ['residentialToFoster', '--residential-to-foster'],
];

export function registerForecast(program: Command): void {
  program
    .command('forecast')
    .argument('[what]', '"backtest" for the backtest over every monthly origin')
    .description('How many homes will be needed: the stock by placement group and age band, month by month')
    .option(
      '--origin <date>',
      'the effective date to forecast from, YYYY-MM-DD (default: the last day the data covers)',
    )
    .option('--as-known-at <moment>', 'an ISO time or a global position: only what was recorded by then')
    .option('--horizon <months>', 'months ahead (default 36)', wholeNumber)
    .option(
      '--reference <months>',
      'months of history the rates are estimated over (default 24)',
      wholeNumber,
    )
    .option(
      '--entry-rate-change <percent>',
      'scenario: entries into care up or down by this percentage',
      aNumber,
    )
    .option(
      '--residential-to-foster <percent>',
      "scenario: this share of moves into children's homes go to foster care",
      aNumber,
    )
    .option('--json', 'print exactly the JSON the API gives')
    .option('--db <file>', 'embedded store file')
    .action(async (what: string | undefined, options: ForecastOptions) => {
      if (what !== undefined && what !== 'backtest') {
        throw new Error(`forecast: unknown argument "${what}" (did you mean "forecast backtest"?)`);
      }
      const asKnownAt = parseAsKnownAt(options.asKnownAt);
      if (what === 'backtest') {
        const given = FORECAST_ONLY.find(([key]) => options[key] !== undefined);
        if (given)
          throw new Error(`forecast backtest: ${given[1]} is an option of the forecast, not the backtest`);
        const result = await query(
          { db: options.db },
          new GetForecastBacktestQuery({ asKnownAt, referenceMonths: options.reference }),
        );
        console.log(options.json ? JSON.stringify(result, null, 2) : formatBacktest(result));
        return;
      }
      const report = await query(
        { db: options.db },
        new GetForecastQuery({
          origin: options.origin,
          asKnownAt,
          horizonMonths: options.horizon,
          referenceMonths: options.reference,
          scenario: {
            entryRateChange: options.entryRateChange,
            residentialToFoster: options.residentialToFoster,
          },
        }),
      );
      console.log(options.json ? JSON.stringify(report, null, 2) : formatForecast(report));
    });
}
