import { DomainError } from '@ledger/domain';
import { timelinesOf } from '../../projections/src/testing/timelines-of';
import { childPathsOf } from './child-paths';
import { entryRates, transitionIndex } from './estimate';
import { forecast, ratesAt } from './forecast';
import { stockOn } from './backtest';
import { BAND_COUNT, EXIT, FORECAST_AGE_BANDS, FORECAST_GROUPS, GROUP_COUNT } from './states';
import { KNOWN_RATES, syntheticLedger } from './testing/synthetic-ledger';

const FOSTER = FORECAST_GROUPS.indexOf('foster');
const HOME = FORECAST_GROUPS.indexOf('childrensHomes');
const ORIGIN = '2020-12-31';

describe('a forecast from a ledger generated with known rates', () => {
  const paths = childPathsOf(timelinesOf(syntheticLedger().records));
  const input = { paths };
  const base = forecast(input, { origin: ORIGIN });
  const at = (months: number) => base.months[months - 1];

  /** A hazard pooled over the age bands (the generator's rates do not depend on age). */
  const pooled = (from: number, to: number) => {
    const rates = ratesAt(paths, ORIGIN, 24);
    let transitions = 0;
    let exposure = 0;
    for (let band = 0; band < BAND_COUNT; band++) {
      transitions += rates.transitions[transitionIndex(band, from, to)];
      exposure += rates.exposure[band * GROUP_COUNT + from];
    }
    return transitions / exposure;
  };

  it('recovers the hazards it was generated with, within 25%', () => {
    expect(pooled(FOSTER, HOME) / KNOWN_RATES.fosterToHome).toBeGreaterThan(0.75);
    expect(pooled(FOSTER, HOME) / KNOWN_RATES.fosterToHome).toBeLessThan(1.25);
    expect(pooled(FOSTER, EXIT) / KNOWN_RATES.fosterExit).toBeGreaterThan(0.75);
    expect(pooled(FOSTER, EXIT) / KNOWN_RATES.fosterExit).toBeLessThan(1.25);
    expect(pooled(HOME, FOSTER) / KNOWN_RATES.homeToFoster).toBeGreaterThan(0.75);
    expect(pooled(HOME, FOSTER) / KNOWN_RATES.homeToFoster).toBeLessThan(1.25);
    expect(pooled(HOME, EXIT) / KNOWN_RATES.homeExit).toBeGreaterThan(0.75);
    expect(pooled(HOME, EXIT) / KNOWN_RATES.homeExit).toBeLessThan(1.25);
  });

  it('recovers the entry rate and the share entering a home, within 10%', () => {
    const perDay = entryRates(ratesAt(paths, ORIGIN, 24));
    const total = perDay.reduce((a, b) => a + b, 0);
    let home = 0;
    for (let band = 0; band < BAND_COUNT; band++) home += perDay[band * GROUP_COUNT + HOME];
    expect(total / KNOWN_RATES.entriesPerDay).toBeGreaterThan(0.9);
    expect(total / KNOWN_RATES.entriesPerDay).toBeLessThan(1.1);
    expect(home / total / KNOWN_RATES.firstInHome).toBeGreaterThan(0.75);
    expect(home / total / KNOWN_RATES.firstInHome).toBeLessThan(1.25);
  });

  it('keeps a steady state steady: the stock three years on is within 8% of the stock on the origin', () => {
    const now = stockOn(paths, ORIGIN);
    const total = now.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(300);
    for (const months of [12, 24, 36]) {
      expect(Math.abs(at(months).total.mean - total) / total).toBeLessThan(0.08);
      expect(Math.abs(at(months).byGroup.foster.mean - now[FOSTER]) / now[FOSTER]).toBeLessThan(0.1);
    }
    expect(at(36).total.low).toBeLessThan(total);
    expect(at(36).total.high).toBeGreaterThan(total);
  });

  it('gives every month of the horizon with its band, by group and age band, and the placement days', () => {
    expect(base.origin).toBe(ORIGIN);
    expect(base.referenceWindow).toEqual({ from: '2018-12-31', to: ORIGIN });
    expect(base.months).toHaveLength(36);
    expect(base.months.slice(0, 3).map((m) => m.month)).toEqual(['2021-01-31', '2021-02-28', '2021-03-31']);
    for (const month of base.months) {
      expect(Object.keys(month.byGroup)).toEqual([...FORECAST_GROUPS]);
      expect(Object.keys(month.byAgeBand)).toEqual([...FORECAST_AGE_BANDS]);
      for (const band of [month.total, ...Object.values(month.byGroup), ...Object.values(month.byAgeBand)]) {
        expect(band.low).toBeLessThanOrEqual(band.mean);
        expect(band.mean).toBeLessThanOrEqual(band.high);
      }
      const byAge = Object.values(month.byAgeBand).reduce((sum, band) => sum + band.mean, 0);
      expect(byAge).toBeCloseTo(month.total.mean, 0);
    }
    // January has 31 days: the foster placement days are about 31 times the foster stock.
    expect(at(1).placementDays.foster / 31 / at(1).byGroup.foster.mean).toBeGreaterThan(0.95);
    expect(at(1).placementDays.foster / 31 / at(1).byGroup.foster.mean).toBeLessThan(1.05);
    expect(at(1).placementDays.residentialSchools).toBe(0);
  });

  it('is the same for the same seed, and differs with another', () => {
    expect(forecast(input, { origin: ORIGIN, horizonMonths: 6, runs: 20 })).toEqual(
      forecast(input, { origin: ORIGIN, horizonMonths: 6, runs: 20 }),
    );
    expect(forecast(input, { origin: ORIGIN, horizonMonths: 6, runs: 20, seed: 99 }).months).not.toEqual(
      forecast(input, { origin: ORIGIN, horizonMonths: 6, runs: 20 }).months,
    );
  });

  it('moves with the scenarios: more entries, fewer; residential moves shifted to foster care', () => {
    const more = forecast(input, { origin: ORIGIN, scenario: { entryRateChange: 50 }, runs: 40 });
    const none = forecast(input, { origin: ORIGIN, scenario: { entryRateChange: -100 }, runs: 40 });
    const shifted = forecast(input, { origin: ORIGIN, scenario: { residentialToFoster: 100 }, runs: 40 });
    expect(more.months[35].total.mean).toBeGreaterThan(at(36).total.mean * 1.2);
    expect(none.months[35].total.mean).toBeLessThan(at(36).total.mean * 0.6);
    expect(shifted.months[35].byGroup.childrensHomes.mean).toBeLessThan(
      at(36).byGroup.childrensHomes.mean * 0.5,
    );
    expect(shifted.months[35].byGroup.foster.mean).toBeGreaterThan(at(36).byGroup.foster.mean);
    expect(shifted.method.scenario).toEqual({ entryRateChange: 0, residentialToFoster: 100 });
  });

  it('costs the placement days where a daily cost is configured', () => {
    const costed = forecast(input, {
      origin: ORIGIN,
      horizonMonths: 2,
      dailyCosts: { childrensHomes: 800, foster: 100 },
    });
    const month = costed.months[0];
    // The days are shown to one decimal place; the costs are of the unrounded days.
    expect(Object.keys(month.cost!.byGroup).sort()).toEqual(['childrensHomes', 'foster']);
    expect(Math.abs(month.cost!.byGroup.foster! - month.placementDays.foster * 100)).toBeLessThanOrEqual(6);
    expect(
      Math.abs(month.cost!.byGroup.childrensHomes! - month.placementDays.childrensHomes * 800),
    ).toBeLessThanOrEqual(41);
    expect(
      Math.abs(month.cost!.total - month.cost!.byGroup.foster! - month.cost!.byGroup.childrensHomes!),
    ).toBeLessThanOrEqual(200);
    expect(base.months[0].cost).toBeUndefined();
  });

  it('refuses bad options naming the field', () => {
    const field = (options: object) => {
      try {
        forecast(input, { runs: 1, horizonMonths: 1, ...options });
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        return (error as DomainError).field;
      }
      return undefined;
    };
    expect(field({ horizonMonths: 0 })).toBe('horizonMonths');
    expect(field({ horizonMonths: 2.5 })).toBe('horizonMonths');
    expect(field({ referenceMonths: 121 })).toBe('referenceMonths');
    expect(field({ origin: '2020-02-30' })).toBe('origin');
    expect(field({ scenario: { entryRateChange: -101 } })).toBe('entryRateChange');
    expect(field({ scenario: { residentialToFoster: 101 } })).toBe('residentialToFoster');
    expect(field({ dailyCosts: { castles: 1 } })).toBe('dailyCosts');
    expect(() => forecast({ paths: [] }, { runs: 1 })).toThrow(/no care to forecast from/);
  });
});
