import { TestLedger, placed } from '../testing/test-ledger';
import { timelinesOf } from '../testing/timelines-of';
import { computeReport } from './compute-report';

const foster = (carer: string) => placed('U4', carer);
const YEAR = { from: '2023-04-01', to: '2024-03-31' };
const stabilityOf = (ledger: TestLedger, window = YEAR) =>
  computeReport(timelinesOf(ledger.records), window).stability;

describe('2a: three or more placements in the window', () => {
  it('counts the placements covering a day of the window, over all periods, for children looked after on `to`', () => {
    const ledger = new TestLedger();
    // A move on the first day of the year: the placement that ended on `from` does not count.
    ledger
      .child('MOVE_ON_FROM')
      .startCare('2022-01-01', foster('A'))
      .move('2023-04-01', foster('B'))
      .move('2023-09-01', foster('C'));
    // One placement ending the day after `from`, one starting on `to`: both count.
    ledger
      .child('EDGES')
      .startCare('2022-01-01', foster('A'))
      .move('2023-04-02', foster('B'))
      .move('2024-03-31', foster('C'));
    // Two periods of care in the window: their placements add up.
    ledger
      .child('TWO_PERIODS')
      .startCare('2023-01-01', foster('A'))
      .move('2023-05-01', foster('B'))
      .endCare('2023-06-01', 'E4A')
      .startCare('2023-08-01', foster('C'));
    // Care ended on `to`: not looked after on `to`, whatever the placements.
    ledger
      .child('LEFT_ON_TO')
      .startCare('2023-05-01', foster('A'))
      .move('2023-06-01', foster('B'))
      .move('2023-07-01', foster('C'))
      .endCare('2024-03-31', 'E4A');
    // A temporary placement, its return, a same-carer move and a legal change: still one placement.
    ledger
      .child('ONE_SPELL')
      .startCare('2023-05-01', foster('A'), 'C1')
      .temporary('2023-06-01')
      .returnFromTemporary('2023-06-05')
      .move('2023-07-01', placed('U4', 'A', { postcode: 'DT2 2BB' }), { carerChanged: false })
      .legal('2023-08-01', 'C2');

    expect(stabilityOf(ledger).threePlusPlacements).toEqual({ numerator: 2, denominator: 4, percent: 50 });
  });
});

describe('2b: three or more placements in two years', () => {
  it('takes children whose period started on or before `to` − 24 months, and counts over [to − 24 months + 1 day, to]', () => {
    const ledger = new TestLedger();
    ledger
      .child('STARTED_AT_24')
      .startCare('2022-03-31', foster('A'))
      .move('2022-04-01', foster('B'))
      .move('2023-01-01', foster('C'));
    ledger
      .child('THREE_IN_TWO_YEARS')
      .startCare('2020-03-31', foster('A'))
      .move('2022-06-01', foster('B'))
      .move('2023-01-01', foster('C'));
    ledger
      .child('TOO_RECENT')
      .startCare('2022-04-01', foster('A'))
      .move('2022-06-01', foster('B'))
      .move('2023-01-01', foster('C'));

    expect(stabilityOf(ledger).threePlusPlacementsTwoYears).toEqual({
      numerator: 1,
      denominator: 2,
      percent: 50,
    });
  });
});

describe('2c: long-term stability', () => {
  it('is exact at 30 months of care and 24 months in the placement', () => {
    const ledger = new TestLedger();
    ledger.child('AT_BOTH_LIMITS').startCare('2021-09-30', foster('A')).move('2022-03-31', foster('B'));
    ledger
      .child('PLACEMENT_A_DAY_SHORT')
      .startCare('2021-09-30', foster('A'))
      .move('2022-04-01', foster('B'));
    ledger.child('CARE_A_DAY_SHORT').startCare('2021-10-01', foster('A'));

    expect(stabilityOf(ledger).longTerm).toEqual({ numerator: 1, denominator: 2, percent: 50 });
  });

  it('clamps month arithmetic to the end of the month (31 August − 30 months is 28 February)', () => {
    const ledger = new TestLedger();
    ledger.child('IN').startCare('2022-02-28', foster('A'));
    ledger.child('OUT').startCare('2022-03-01', foster('A'));
    const window = { from: '2023-09-01', to: '2024-08-31' };

    expect(stabilityOf(ledger, window).longTerm).toEqual({ numerator: 1, denominator: 1, percent: 100 });
  });

  it('counts a child placed for adoption on `to` by the carer spell before, unless on a temporary placement', () => {
    const ledger = new TestLedger();
    ledger
      .child('PLACED_FOR_ADOPTION')
      .startCare('2021-01-01', foster('A'))
      .move('2022-01-01', foster('B'))
      .move('2023-06-01', placed('A6', 'C'))
      .legal('2023-06-01', 'E1');
    ledger
      .child('ON_TEMPORARY')
      .startCare('2021-01-01', foster('A'))
      .move('2022-01-01', foster('B'))
      .move('2023-06-01', placed('A6', 'C'))
      .temporary('2024-03-20');
    ledger
      .child('PREVIOUS_TOO_RECENT')
      .startCare('2021-01-01', foster('A'))
      .move('2022-06-01', foster('B'))
      .move('2023-06-01', placed('A6', 'C'));

    expect(stabilityOf(ledger).longTerm).toEqual({ numerator: 1, denominator: 3, percent: 33.3 });
  });

  it('keeps the placement with the same foster carer when the child is placed for adoption with them (A5)', () => {
    const ledger = new TestLedger();
    ledger
      .child('A5_SAME_CARER')
      .startCare('2021-01-01', foster('A'))
      .move('2023-06-01', placed('A5', 'A'), { carerChanged: false, reason: 'CARPL' });

    expect(stabilityOf(ledger).longTerm).toEqual({ numerator: 1, denominator: 1, percent: 100 });
  });

  it('takes only children under 16 on `to`', () => {
    const ledger = new TestLedger();
    ledger.child('SIXTEEN', { dateOfBirth: '2008-03-31' }).startCare('2020-01-01', foster('A'));
    ledger.child('FIFTEEN', { dateOfBirth: '2008-04-01' }).startCare('2020-01-01', foster('A'));

    expect(stabilityOf(ledger).longTerm.denominator).toBe(1);
  });
});

describe('2d: moves by reason', () => {
  it('counts the moves that began in the window, of every child, by recorded reason', () => {
    const ledger = new TestLedger();
    ledger
      .child('C1')
      .startCare('2022-01-01', foster('A'))
      .move('2023-03-31', foster('B'), { reason: 'CARPL' })
      .move('2023-04-01', foster('C'), { reason: 'CARPL' })
      .move('2023-05-01', placed('U4', 'C', { postcode: 'X' }), { carerChanged: false, reason: 'PLACE' })
      .temporary('2023-06-01')
      .returnFromTemporary('2023-06-03')
      .legal('2023-07-01', 'C1')
      .move('2023-08-01', foster('D'), { reason: null })
      .move('2024-03-31', foster('E'), { reason: 'CREQB' });
    // Not looked after on `to`, still counted; a move on the day care ends lasts no day: not a move.
    ledger
      .child('C2')
      .startCare('2023-01-01', foster('A'))
      .move('2023-06-01', foster('B'), { reason: 'CHILD' })
      .move('2023-09-01', foster('C'), { reason: 'ALLEG' })
      .endCare('2023-09-01', 'E13');

    const moves = stabilityOf(ledger).movesByReason;
    expect(moves).toMatchObject({ CARPL: 1, PLACE: 1, CREQB: 1, CHILD: 1, ALLEG: 0, OTHER: 0 });
    expect(Object.values(moves).reduce((a, b) => a + b, 0)).toBe(4);
  });
});
