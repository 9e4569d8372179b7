export * from './states';
export { seededRandom, type Random } from './random';
export * from './child-paths';
export * from './estimate';
export { simulate, type Scenario, type Simulation, type SimulationInput } from './simulate';
export * from './summary';
export {
  DEFAULTS as FORECAST_DEFAULTS,
  MAX_MONTHS,
  checkOptions,
  monthsAfter,
  type ForecastOptions,
} from './options';
export * from './knowledge';
export {
  forecast,
  defaultOrigin,
  ratesAt,
  referenceWindowOf,
  type Forecast,
  type ForecastInput,
  type ForecastMonth,
} from './forecast';
export * from './backtest';
