import { ConfigError, loadConfig } from './ledger-config';

describe('LEDGER_FORECAST_DAILY_COSTS', () => {
  it('is unset by default: the forecast gives no costs', () => {
    expect(loadConfig({}).forecastDailyCosts).toBeUndefined();
  });

  it('reads group=cost pairs', () => {
    expect(
      loadConfig({ LEDGER_FORECAST_DAILY_COSTS: 'childrensHomes=800, foster=120.5' }).forecastDailyCosts,
    ).toEqual({
      childrensHomes: 800,
      foster: 120.5,
    });
  });

  it.each(['castles=3', 'foster', 'foster=-1', 'foster=abc', 'foster=1=2'])(
    'refuses %s, naming the setting',
    (raw) => {
      expect(() => loadConfig({ LEDGER_FORECAST_DAILY_COSTS: raw })).toThrow(ConfigError);
      expect(() => loadConfig({ LEDGER_FORECAST_DAILY_COSTS: raw })).toThrow(/LEDGER_FORECAST_DAILY_COSTS/);
    },
  );
});
