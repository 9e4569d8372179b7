import { TestLedger, placed } from '../testing/test-ledger';
import { timelinesOf } from '../testing/timelines-of';
import { LIST_10_COLUMNS, annexAList10 } from './adoption.list';

// D = 31 March 2024: the 12 months are [1 April 2023, 31 March 2024].
const D = '2024-03-31';
const list10 = (ledger: TestLedger) => annexAList10(timelinesOf(ledger.records), { date: D });
const idsOf = (ledger: TestLedger) => list10(ledger).rows.map((row) => row.childId);
const rowOf = (ledger: TestLedger, childId: string) =>
  list10(ledger).rows.find((row) => row.childId === childId);
const foster = (carer: string) => placed('U4', carer);

describe('Annex A List 10: who is listed', () => {
  it('takes adoptions and reversals on a day of the 12 months, and decisions standing on D', () => {
    const ledger = new TestLedger();
    ledger
      .child('ADOPTED_FIRST_DAY')
      .startCare('2021-01-01', foster('A'))
      .decision('2021-06-01')
      .endCare('2023-04-01', 'E11');
    ledger
      .child('ADOPTED_DAY_BEFORE')
      .startCare('2021-01-01', foster('A'))
      .decision('2021-06-01')
      .endCare('2023-03-31', 'E12');
    ledger
      .child('REVERSED_FIRST_DAY')
      .startCare('2021-01-01', foster('A'))
      .decision('2021-06-01')
      .reverse('2023-04-01', 'RD1');
    ledger
      .child('REVERSED_DAY_BEFORE')
      .startCare('2021-01-01', foster('A'))
      .decision('2021-06-01')
      .reverse('2023-03-31', 'RD1');
    ledger.child('WAITING').startCare('2021-01-01', foster('A')).decision('2022-01-01');
    ledger.child('DECIDED_AFTER_D').startCare('2021-01-01', foster('A')).decision('2024-04-01');
    ledger.child('NO_DECISION').startCare('2021-01-01', foster('A'));

    expect(idsOf(ledger)).toEqual(['ADOPTED_FIRST_DAY', 'REVERSED_FIRST_DAY', 'WAITING']);
  });

  it('keeps a standing decision of a child looked after on a day of the 12 months, not one left long before', () => {
    const ledger = new TestLedger();
    // Left care without a reversal recorded: the decision still stands in the record.
    ledger
      .child('LEFT_IN_YEAR')
      .startCare('2021-01-01', foster('A'))
      .decision('2022-06-01')
      .endCare('2023-04-02', 'E41');
    ledger
      .child('LEFT_ON_FIRST_DAY')
      .startCare('2021-01-01', foster('A'))
      .decision('2022-06-01')
      .endCare('2023-04-01', 'E41');
    // Adopted before the 12 months, back in care since: the old decision was spent.
    ledger
      .child('ADOPTED_EARLIER')
      .startCare('2019-01-01', foster('A'))
      .decision('2019-06-01')
      .endCare('2020-06-01', 'E11')
      .startCare('2023-01-01', foster('B'));
    ledger.child('SHORT_BREAKS').startCare('2023-06-01', foster('A'), 'V4').decision('2023-07-01');

    expect(idsOf(ledger)).toEqual(['LEFT_IN_YEAR']);
  });
});

describe('Annex A List 10: the row', () => {
  it('reads an adoption: entered care, decision, placement order, match, placed, order', () => {
    const ledger = new TestLedger();
    ledger
      .child('ADOPTED', { dateOfBirth: '2019-01-01', sex: 'F', ethnicity: 'WBRI' })
      .startCare('2021-01-10', foster('F1'), 'C1')
      .decision('2021-07-01')
      .legal('2021-09-01', 'E1')
      .match('2022-01-15')
      .move('2022-02-01', placed('A6', 'ADOPTERS'))
      .endCare('2023-06-30', 'E11');

    const result = list10(ledger);
    expect(result).toMatchObject({ list: 10, date: D, columns: [...LIST_10_COLUMNS] });
    expect(result.rows).toEqual([
      {
        childId: 'ADOPTED',
        gender: 'F',
        ethnicity: 'WBRI',
        dateOfBirth: '2019-01-01',
        age: 5,
        dateEnteredCare: '2021-01-10',
        dateDecisionToPlace: '2021-07-01',
        datePlacementOrder: '2021-09-01',
        dateMatched: '2022-01-15',
        datePlacedForAdoption: '2022-02-01',
        dateOfAdoptionOrder: '2023-06-30',
        dateDecisionReversed: null,
        reasonReversed: null,
        datePlacedInFfa: null,
      },
    ]);
  });

  it('reads a reversal, with the FFA placement made before the decision', () => {
    const ledger = new TestLedger();
    ledger
      .child('REVERSED')
      .startCare('2022-05-01', placed('U5', 'FFA1'))
      .decision('2022-08-01')
      .match('2023-01-10')
      .reverse('2023-06-01', 'RD2')
      .move('2023-07-01', foster('K1'));

    expect(rowOf(ledger, 'REVERSED')).toMatchObject({
      dateEnteredCare: '2022-05-01',
      dateDecisionToPlace: '2022-08-01',
      datePlacementOrder: null,
      dateMatched: '2023-01-10',
      datePlacedForAdoption: null,
      dateOfAdoptionOrder: null,
      dateDecisionReversed: '2023-06-01',
      reasonReversed: 'RD2',
      datePlacedInFfa: '2022-05-01',
    });
  });

  it('reads the latest decision: an earlier reversed decision and its match and placement are not shown', () => {
    const ledger = new TestLedger();
    ledger
      .child('DECIDED_AGAIN')
      .startCare('2021-01-01', foster('A'))
      .decision('2022-01-01')
      .legal('2022-02-01', 'E1')
      .match('2022-03-01')
      .move('2022-04-01', placed('A6', 'ADOPTERS_1'))
      .move('2022-05-01', foster('B'), { reason: 'CREQB' })
      .reverse('2023-05-01', 'RD3')
      .decision('2023-09-01');

    expect(rowOf(ledger, 'DECIDED_AGAIN')).toMatchObject({
      dateEnteredCare: '2021-01-01',
      dateDecisionToPlace: '2023-09-01',
      datePlacementOrder: '2022-02-01',
      dateMatched: null,
      datePlacedForAdoption: null,
      dateDecisionReversed: null,
      reasonReversed: null,
    });
  });
});
