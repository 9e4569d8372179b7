import { HOME_AUTHORITY, TestLedger, placed } from '../testing/test-ledger';
import { timelinesOf } from '../testing/timelines-of';
import { LIST_8_COLUMNS, annexAList8 } from './children-in-care.list';

// D = 31 March 2024: six months before is 30 September 2023, the 12 months start on 1 April 2023.
const D = '2024-03-31';
const list8 = (ledger: TestLedger, date = D) => annexAList8(timelinesOf(ledger.records), { date });
const idsOf = (ledger: TestLedger, date = D) => list8(ledger, date).rows.map((row) => row.childId);
const rowOf = (ledger: TestLedger, childId: string) =>
  list8(ledger).rows.find((row) => row.childId === childId);
const foster = (carer: string) => placed('U4', carer);

describe('Annex A List 8: who is listed', () => {
  it('lists children looked after on D and those who ceased on a day of [D − 6 months, D], sorted by id', () => {
    const ledger = new TestLedger();
    ledger.child('IN_CARE').startCare('2023-01-01', foster('A'));
    ledger.child('CEASED_AT_SIX_MONTHS').startCare('2022-01-01', foster('A')).endCare('2023-09-30', 'E4A');
    ledger.child('CEASED_A_DAY_EARLIER').startCare('2022-01-01', foster('A')).endCare('2023-09-29', 'E4A');
    // Not looked after on D (care ended that day), but ceased in the six months.
    ledger.child('CEASED_ON_D').startCare('2022-01-01', foster('A')).endCare(D, 'E13');
    ledger.child('STARTS_AFTER_D').startCare('2024-04-01', foster('A'));
    ledger.child('STARTS_ON_D').startCare(D, foster('A'));
    ledger.child('NEVER_IN_CARE');

    expect(idsOf(ledger)).toEqual(['CEASED_AT_SIX_MONTHS', 'CEASED_ON_D', 'IN_CARE', 'STARTS_ON_D']);
  });

  it('leaves out short breaks: a child only on short breaks, and a period cut by one, which is not a ceasing', () => {
    const ledger = new TestLedger();
    ledger.child('SHORT_BREAKS').startCare('2023-06-01', foster('A'), 'V3').endCare('2023-06-10', 'E8');
    ledger.child('SHORT_BREAKS_ON_D').startCare('2024-03-30', foster('A'), 'V4');
    ledger.child('TO_RESPITE').startCare('2022-01-01', foster('A'), 'V2').legal('2024-01-01', 'V3');
    ledger.child('FROM_RESPITE').startCare('2022-01-01', foster('A'), 'V3').legal('2024-01-01', 'V2');

    expect(idsOf(ledger)).toEqual(['FROM_RESPITE']);
    expect(rowOf(ledger, 'FROM_RESPITE')).toMatchObject({
      dateStartedLookedAfter: '2024-01-01',
      legalStatus: 'V2',
    });
  });

  it('clamps the six months to the end of the month (31 August − 6 months is 29 February 2024)', () => {
    const ledger = new TestLedger();
    ledger.child('IN').startCare('2023-01-01', foster('A')).endCare('2024-02-29', 'E4A');
    ledger.child('OUT').startCare('2023-01-01', foster('A')).endCare('2024-02-28', 'E4A');

    expect(idsOf(ledger, '2024-08-31')).toEqual(['IN']);
  });

  it('rejects a date that is not YYYY-MM-DD, naming the field', () => {
    expect(() => annexAList8([], { date: '2024-02-30' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION.INVALID_VALUE', field: 'date' }),
    );
  });
});

describe('Annex A List 8: the row', () => {
  it('reads a looked-after child on D: the usual placement, not the temporary one it is on', () => {
    const ledger = new TestLedger();
    const home = { provider: 'PR4' as const, postcode: 'BH1 1AA', urn: 'SC222', authority: 'E06000058' };
    ledger
      .child('A1', { dateOfBirth: '2010-05-20', sex: 'M', ethnicity: 'WBRI' })
      .startCare('2022-01-10', placed('U4', 'K1'), 'C1', 'N4')
      .move('2023-02-01', placed('U6', 'K2'))
      .temporary('2023-07-01', { type: 'T1' })
      .returnFromTemporary('2023-07-10')
      .legal('2023-08-01', 'C2')
      .move('2023-10-01', placed('K2', 'H1', home))
      .temporary('2024-03-20', { type: 'T1' });

    const result = list8(ledger);
    expect(result).toMatchObject({ list: 8, date: D, columns: [...LIST_8_COLUMNS] });
    expect(Object.keys(result.rows[0])).toEqual([...LIST_8_COLUMNS]);
    // K1 ended before the 12 months; K2 and H1 count; the two temporary stays add nothing.
    expect(result.rows[0]).toEqual({
      childId: 'A1',
      gender: 'M',
      ethnicity: 'WBRI',
      dateOfBirth: '2010-05-20',
      age: 13,
      uascInLast12Months: 'N',
      dateStartedLookedAfter: '2022-01-10',
      categoryOfNeed: 'N4',
      secondPeriodWithin12Months: 'N',
      legalStatusStartDate: '2023-08-01',
      legalStatus: 'C2',
      numberOfPlacementsLast12Months: 2,
      dateCeased: null,
      reasonCeased: null,
      mostRecentPlacementStart: '2023-10-01',
      placementType: 'K2',
      placementProvider: 'PR4',
      placementPostcode: 'BH1 1AA',
      urn: 'SC222',
      placementLocation: 'OUT',
      placementLa: 'E06000058',
    });
  });

  it('reads a child who ceased on the last day in care', () => {
    const ledger = new TestLedger();
    ledger
      .child('CEASED')
      .startCare('2023-01-01', foster('K1'), 'C1', 'N2')
      .legal('2023-05-01', 'C2')
      .move('2023-06-01', placed('P1', 'PARENT', { provider: 'PR0', postcode: 'DT1 1AA' }))
      .endCare('2023-12-01', 'E4A');

    expect(rowOf(ledger, 'CEASED')).toMatchObject({
      dateStartedLookedAfter: '2023-01-01',
      categoryOfNeed: 'N2',
      legalStatusStartDate: '2023-05-01',
      legalStatus: 'C2',
      numberOfPlacementsLast12Months: 2,
      dateCeased: '2023-12-01',
      reasonCeased: 'E4A',
      mostRecentPlacementStart: '2023-06-01',
      placementType: 'P1',
      placementProvider: 'PR0',
      placementPostcode: 'DT1 1AA',
      placementLocation: 'IN',
      placementLa: HOME_AUTHORITY,
    });
  });

  it('counts placements covering a day of [D − 12 months + 1 day, D], over all periods, as measures 2a', () => {
    const ledger = new TestLedger();
    // A ended on 1 April 2023 (the first day): not counted. C started on D: counted.
    // A same-carer move is not a new placement; an earlier period's placement counts.
    ledger
      .child('EDGES')
      .startCare('2022-01-01', foster('A'))
      .move('2023-04-01', foster('B'))
      .move('2023-06-01', placed('U4', 'B', { postcode: 'DT2 2BB' }), { carerChanged: false })
      .endCare('2023-08-01', 'E4B')
      .startCare('2023-09-01', foster('X'))
      .move(D, foster('C'));

    expect(rowOf(ledger, 'EDGES')).toMatchObject({
      numberOfPlacementsLast12Months: 3,
      mostRecentPlacementStart: D,
    });
  });

  it('says Y for a second period starting at most 12 months after the previous one ended', () => {
    const ledger = new TestLedger();
    ledger
      .child('EXACTLY_12_MONTHS')
      .startCare('2022-01-01', foster('A'))
      .endCare('2023-03-31', 'E4B')
      .startCare('2024-03-31', foster('B'));
    ledger
      .child('A_DAY_LATER')
      .startCare('2022-01-01', foster('A'))
      .endCare('2023-03-30', 'E4B')
      .startCare('2024-03-31', foster('B'));
    ledger.child('FIRST_PERIOD').startCare('2022-01-01', foster('A'));

    const second = list8(ledger).rows.map((row) => [row.childId, row.secondPeriodWithin12Months]);
    expect(second).toEqual([
      ['A_DAY_LATER', 'N'],
      ['EXACTLY_12_MONTHS', 'Y'],
      ['FIRST_PERIOD', 'N'],
    ]);
  });

  it('says Y for UASC on any day of [D − 12 months + 1 day, D]', () => {
    const ledger = new TestLedger();
    ledger
      .child('CEASED_ON_FIRST_DAY', { uasc: true, uascCeasedOn: '2023-04-01' })
      .startCare('2023-01-01', foster('A'));
    ledger
      .child('CEASED_ON_SECOND_DAY', { uasc: true, uascCeasedOn: '2023-04-02' })
      .startCare('2023-01-01', foster('B'));
    ledger
      .child('RECORDED_LATER')
      .startCare('2023-01-01', foster('C'))
      .updateDetails('2024-01-01', { uasc: true })
      .updateDetails('2024-02-01', { uasc: false });
    ledger
      .child('RECORDED_AFTER_D')
      .startCare('2023-01-01', foster('D'))
      .updateDetails('2024-04-01', { uasc: true });

    const uasc = list8(ledger).rows.map((row) => [row.childId, row.uascInLast12Months]);
    expect(uasc).toEqual([
      ['CEASED_ON_FIRST_DAY', 'N'],
      ['CEASED_ON_SECOND_DAY', 'Y'],
      ['RECORDED_AFTER_D', 'N'],
      ['RECORDED_LATER', 'Y'],
    ]);
  });
});
