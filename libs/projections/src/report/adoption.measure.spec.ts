import { TestLedger, placed } from '../testing/test-ledger';
import { timelinesOf } from '../testing/timelines-of';
import { computeReport } from './compute-report';

const foster = (carer: string) => placed('U4', carer);
const THREE_YEARS = { from: '2021-04-01', to: '2024-03-31' };
const adoptionOf = (ledger: TestLedger) => computeReport(timelinesOf(ledger.records), THREE_YEARS).adoption;

describe('4: adoption timeliness', () => {
  function scorecardLedger(): TestLedger {
    const ledger = new TestLedger();
    // Adopted by the foster carer (A5 with carer B): A10 counts from the spell with B, A1 from A5.
    ledger
      .child('FOSTER_CARER_ADOPTS')
      .startCare('2021-01-01', foster('A'))
      .move('2021-06-01', foster('B'))
      .legal('2022-01-01', 'E1')
      .match('2022-06-01')
      .move('2022-09-01', placed('A5', 'B'), { carerChanged: false })
      .endCare('2023-03-01', 'E11');
    // Matched before the placement order (0 days); moved in exactly 14 months after entering care.
    ledger
      .child('MATCHED_EARLY')
      .startCare('2021-02-01', foster('A'))
      .match('2021-09-01')
      .legal('2021-10-01', 'E1')
      .move('2022-04-01', placed('A6', 'D'))
      .endCare('2023-01-15', 'E12');
    // No placement for adoption in the period: out of A10, A1 and A3, still in A2.
    ledger
      .child('NEVER_PLACED')
      .startCare('2021-03-01', foster('A'), 'E1')
      .legal('2021-05-01', 'E1')
      .match('2021-07-01')
      .endCare('2022-01-01', 'E11');
    return ledger;
  }

  it('gives A10 adjusted for foster carer adoptions, and A1 from the first placement for adoption', () => {
    const adoption = adoptionOf(scorecardLedger());

    expect(adoption.a1).toEqual({ count: 2, meanDays: 516, medianDays: 516 });
    expect(adoption.a10).toEqual({ count: 2, meanDays: 287.5, medianDays: 287.5 });
  });

  it('gives A2 from the first day under a placement order to the match, a match before the order being 0', () => {
    // 151 days (FOSTER_CARER_ADOPTS), 0 (MATCHED_EARLY), 122 (NEVER_PLACED: under E1 from the start of care).
    expect(adoptionOf(scorecardLedger()).a2).toEqual({ count: 3, meanDays: 91, medianDays: 122 });
  });

  it('gives A3 as the moves-in strictly earlier than entered care + 14 months', () => {
    expect(adoptionOf(scorecardLedger()).a3).toEqual({ numerator: 1, denominator: 2, percent: 50 });
  });

  it('counts each child who ceased in the window once, by the last time, for adoption and SGO shares', () => {
    const ledger = scorecardLedger();
    ledger.child('SGO').startCare('2021-05-01', foster('A')).endCare('2023-05-01', 'E45');
    ledger
      .child('TWICE')
      .startCare('2021-05-01', foster('A'))
      .endCare('2022-01-01', 'E4A')
      .startCare('2022-03-01', foster('B'))
      .endCare('2023-06-01', 'E46');
    ledger.child('BEFORE_WINDOW').startCare('2020-05-01', foster('A')).endCare('2021-03-31', 'E11');
    ledger.child('STILL_IN_CARE').startCare('2020-05-01', foster('A'));

    const adoption = adoptionOf(ledger);
    expect(adoption.leftCareByAdoption).toEqual({ numerator: 3, denominator: 5, percent: 60 });
    expect(adoption.leftCareBySgo).toEqual({ numerator: 2, denominator: 5, percent: 40 });
  });

  it('takes the latest match of the period, and the adoption record saying the foster carer adopted', () => {
    const ledger = new TestLedger();
    ledger
      .child('REMATCHED')
      .startCare('2021-01-01', foster('A'), 'E1')
      .match('2021-03-01')
      .move('2021-09-01', placed('A6', 'C'))
      .match('2021-12-01', true)
      .endCare('2022-06-01', 'E11');

    const adoption = adoptionOf(ledger);
    expect(adoption.a2).toEqual({ count: 1, meanDays: 334, medianDays: 334 });
    // The record says the carer adopted: moved in when the spell with C began (the A6 move).
    expect(adoption.a10).toEqual({ count: 1, meanDays: 243, medianDays: 243 });
  });

  it('reports empty Days as count 0 with null mean and median', () => {
    expect(adoptionOf(new TestLedger()).a10).toEqual({ count: 0, meanDays: null, medianDays: null });
  });
});
