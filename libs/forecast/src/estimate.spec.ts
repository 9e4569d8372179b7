import { placed, TestLedger } from '../../projections/src/testing/test-ledger';
import { timelinesOf } from '../../projections/src/testing/timelines-of';
import { childPathsOf } from './child-paths';
import { entryRates, transitionIndex } from './estimate';
import { ratesAt } from './forecast';
import { EXIT, FORECAST_AGE_BANDS, FORECAST_GROUPS } from './states';

const band = (name: string) => FORECAST_AGE_BANDS.indexOf(name as never);
const group = (name: string) => FORECAST_GROUPS.indexOf(name as never);

/**
 * Four children worked by hand over the reference window 2020-01-01 to 2021-01-01 (366 days,
 * origin 2021-01-01, 12 months):
 * - A (5-9 all year) in foster care from 2019, to a children's home on 2020-04-10 (100 days
 *   in), care ended 2020-10-17 (190 days in the home);
 * - B (5-9) enters foster care on 2020-07-01: 184 days to the window's end;
 * - C turns 18 on 2020-09-01 in foster care and leaves that day: 244 days, no hazard exit;
 * - D turns 5 on 2020-03-01 in foster care: 60 days aged 1-4, 306 days aged 5-9.
 */
describe('rates estimated by hand', () => {
  const ledger = new TestLedger();
  ledger
    .child('A', { dateOfBirth: '2012-05-05' })
    .startCare('2019-06-01', placed('U4', 'F1'))
    .move('2020-04-10', placed('K2', 'H1'))
    .endCare('2020-10-17', 'E13');
  ledger.child('B', { dateOfBirth: '2013-02-02' }).startCare('2020-07-01', placed('U6', 'F2'));
  ledger
    .child('C', { dateOfBirth: '2002-09-01' })
    .startCare('2018-01-01', placed('U4', 'F3'))
    .endCare('2020-09-01', 'E8');
  ledger.child('D', { dateOfBirth: '2015-03-01' }).startCare('2019-01-01', placed('U1', 'F4'));
  const rates = ratesAt(childPathsOf(timelinesOf(ledger.records)), '2021-01-01', 12);
  const exposure = (b: string, g: string) => rates.exposure[band(b) * FORECAST_GROUPS.length + group(g)];

  it('counts person-days at risk by band and group, split at birthdays and stopped at 18', () => {
    expect(exposure('5-9', 'foster')).toBe(100 + 184 + 306);
    expect(exposure('1-4', 'foster')).toBe(60);
    expect(exposure('16+', 'foster')).toBe(244);
    expect(exposure('5-9', 'childrensHomes')).toBe(190);
  });

  it('gives each hazard as transitions over person-days; leaving at 18 is no hazard', () => {
    const hazard = (b: string, from: string, to: number) =>
      rates.hazards[transitionIndex(band(b), group(from), to)];
    expect(hazard('5-9', 'foster', group('childrensHomes'))).toBeCloseTo(1 / 590, 12);
    expect(hazard('5-9', 'childrensHomes', EXIT)).toBeCloseTo(1 / 190, 12);
    expect(hazard('16+', 'foster', EXIT)).toBe(0);
    expect(hazard('5-9', 'foster', EXIT)).toBe(0);
  });

  it('borrows the group pooled over bands for a state nobody was in', () => {
    // Nobody was in a children's home aged 10-15: the home's hazards over all bands stand.
    expect(rates.hazards[transitionIndex(band('10-15'), group('childrensHomes'), EXIT)]).toBeCloseTo(
      1 / 190,
      12,
    );
    // 1-4 foster had 60 days and no transition: its own (zero) hazards stand.
    expect(rates.hazards[transitionIndex(band('1-4'), group('foster'), group('childrensHomes'))]).toBe(0);
  });

  it('gives entries as a rate per day by band and first group', () => {
    const perDay = entryRates(rates);
    expect(perDay[band('5-9') * FORECAST_GROUPS.length + group('foster')]).toBeCloseTo(1 / 366, 12);
    expect(perDay.reduce((a, b) => a + b, 0)).toBeCloseTo(1 / 366, 12);
    expect(rates.entrants).toHaveLength(1);
  });
});
