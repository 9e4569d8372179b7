import { addDays, birthday, type LocalDate, type PlacementType } from '@ledger/domain';
import { placed, TestLedger } from '../../../projections/src/testing/test-ledger';
import { exponential, seededRandom } from '../random';

/** Known rates per day for a two-group chain: foster care (U4) and children's homes (K2). */
export interface KnownRates {
  readonly entriesPerDay: number;
  /** Share of entrants whose first placement is a children's home. */
  readonly firstInHome: number;
  readonly fosterToHome: number;
  readonly fosterExit: number;
  readonly homeToFoster: number;
  readonly homeExit: number;
}

export const KNOWN_RATES: KnownRates = {
  entriesPerDay: 0.5,
  firstInHome: 0.2,
  fosterToHome: 1 / 1500,
  fosterExit: 1 / 900,
  homeToFoster: 1 / 400,
  homeExit: 1 / 500,
};

/**
 * A ledger generated from known rates: entries a Poisson process from `from` to `to`, entrants
 * aged 0 to 15 (uniform), each then moving and leaving with constant hazards, and leaving on
 * the 18th birthday. Changes fall on whole days, at least a day apart. Care still open on `to`
 * stays open.
 */
export function syntheticLedger(
  rates: KnownRates = KNOWN_RATES,
  options: { from?: LocalDate; to?: LocalDate; seed?: number } = {},
): TestLedger {
  const from = options.from ?? '2008-01-01';
  const to = options.to ?? '2021-01-01';
  const random = seededRandom(options.seed ?? 7);
  const ledger = new TestLedger('s', '2025-01-01T00:00:00.000Z');
  const days = (start: LocalDate, end: LocalDate) =>
    Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
  const horizon = days(from, to);
  let t = 0;
  for (let n = 0; ; n++) {
    t += exponential(random, rates.entriesPerDay);
    if (t >= horizon) return ledger;
    const entered = addDays(from, Math.floor(t));
    const born = addDays(entered, -Math.floor(random() * 16 * 365.25));
    const eighteen = birthday(born, 18);
    const child = ledger.child(`S${n}`, { dateOfBirth: born });
    let home = random() < rates.firstInHome;
    const type = (): PlacementType => (home ? 'K2' : 'U4');
    child.startCare(entered, placed(type(), `C${n}-0`));
    let day = entered;
    for (let move = 1; ; move++) {
      const move_ = home ? rates.homeToFoster : rates.fosterToHome;
      const exit = home ? rates.homeExit : rates.fosterExit;
      const next = addDays(day, Math.max(1, Math.ceil(exponential(random, move_ + exit))));
      if (next >= eighteen) {
        if (eighteen < to) child.endCare(eighteen, 'E8');
        break;
      }
      if (next >= to) break;
      if (random() * (move_ + exit) < exit) {
        child.endCare(next, 'E13');
        break;
      }
      home = !home;
      child.move(next, placed(type(), `C${n}-${move}`));
      day = next;
    }
  }
}
