import { TestLedger, placed } from '../testing/test-ledger';
import { timelinesOf } from '../testing/timelines-of';
import { computeReport } from './compute-report';

const YEAR = { from: '2023-04-01', to: '2024-03-31' };
const reportOf = (ledger: TestLedger) => computeReport(timelinesOf(ledger.records), YEAR);

describe('3: location and distance from home, on `to`', () => {
  it('classifies by the placement on `to`, and every breakdown adds up to its denominator', () => {
    const ledger = new TestLedger();
    ledger.child('INSIDE_NEAR').startCare('2023-01-01', placed('U4', 'A', { distanceMiles: 20.0 }));
    ledger
      .child('OUTSIDE_FAR')
      .startCare('2023-01-01', placed('K2', 'H', { authority: 'E06000058', distanceMiles: 20.1 }));
    ledger
      .child('WALES_UNKNOWN_DISTANCE')
      .startCare('2023-01-01', placed('K2', 'H', { authority: 'WAL', distanceMiles: 999.9 }));
    ledger
      .child('RECORDED_OUT')
      .startCare(
        '2023-01-01',
        placed('U4', 'B', { authority: undefined, location: 'OUT', distanceMiles: 30 }),
      );
    ledger
      .child('CONFIDENTIAL')
      .startCare('2023-01-01', placed('U4', 'C', { authority: 'CON', location: 'OUT', distanceMiles: 25 }));
    ledger
      .child('NOTHING_KNOWN')
      .startCare('2023-01-01', placed('U4', 'D', { authority: undefined, distanceMiles: undefined }));
    ledger
      .child('UASC', { uasc: true })
      .startCare('2023-01-01', placed('K2', 'H', { authority: 'E06000058', distanceMiles: 40 }));
    ledger
      .child('FORMER_UASC', { uasc: true, uascCeasedOn: '2024-03-31' })
      .startCare('2023-01-01', placed('K2', 'H', { authority: 'E06000058', distanceMiles: 40 }));
    ledger
      .child('LEFT')
      .startCare('2023-01-01', placed('K2', 'H', { authority: 'WAL' }))
      .endCare('2024-03-31', 'E4A');

    const { all, uasc, excludingUasc } = reportOf(ledger).location;
    expect(all.inside).toEqual({ numerator: 1, denominator: 8, percent: 12.5 });
    expect(all.outside.numerator).toBe(5);
    expect(all.locationUnknown.numerator).toBe(2);
    expect(all.within20Miles.numerator).toBe(1);
    expect(all.over20Miles.numerator).toBe(4);
    expect(all.distanceUnknown.numerator).toBe(3);
    expect(all.outsideAndOver20Miles.numerator).toBe(3);
    expect(uasc).toMatchObject({
      outside: { numerator: 1, denominator: 1, percent: 100 },
      distanceUnknown: { numerator: 1, denominator: 1, percent: 100 },
      outsideAndOver20Miles: { numerator: 0, denominator: 1, percent: 0 },
    });
    expect(excludingUasc.outside).toEqual({ numerator: 4, denominator: 7, percent: 57.1 });
  });

  it('uses the placement the child is in on `to`: a temporary one when active', () => {
    const ledger = new TestLedger();
    ledger
      .child('IN_HOSPITAL')
      .startCare('2023-01-01', placed('U4', 'A'))
      .temporary('2024-03-30', { type: 'T1', authority: 'E06000058', distanceMiles: 60 });

    expect(reportOf(ledger).location.all).toMatchObject({
      outside: { numerator: 1, denominator: 1 },
      outsideAndOver20Miles: { numerator: 1, denominator: 1 },
    });
  });

  it('gives null percentages, never 0, when no child is looked after on `to`', () => {
    expect(reportOf(new TestLedger()).location.uasc.outside).toEqual({
      numerator: 0,
      denominator: 0,
      percent: null,
    });
  });
});

describe('6: the snapshot on `to`', () => {
  it('counts the children looked after by their placement group', () => {
    const ledger = new TestLedger();
    ledger.child('KIN').startCare('2023-01-01', placed('U1', 'A', { provider: 'PR1' }));
    ledger.child('IFA').startCare('2023-01-01', placed('U6', 'B', { provider: 'PR4' }));
    ledger.child('VOLUNTARY').startCare('2023-01-01', placed('U5', 'C', { provider: 'PR5' }));
    ledger.child('ADOPTION').startCare('2023-01-01', placed('A6', 'D'), 'E1');
    ledger.child('PARENTS').startCare('2023-01-01', placed('P1', 'E', { provider: 'PR0' }));
    ledger.child('HOME_IN').startCare('2023-01-01', placed('K2', 'F'));
    ledger.child('HOME_OUT', { uasc: true }).startCare('2023-01-01', placed('K1', 'G', { authority: 'SCO' }));
    ledger.child('SUPPORTED').startCare('2023-01-01', placed('K3', 'H'));
    ledger.child('SCHOOL').startCare('2023-01-01', placed('S1', 'I'));
    ledger.child('YOI').startCare('2023-01-01', placed('R5', 'J'));
    ledger.child('TEMP').startCare('2023-01-01', placed('U4', 'K')).temporary('2024-03-31', { type: 'T2' });
    ledger.child('GONE').startCare('2023-01-01', placed('U4', 'L')).endCare('2024-01-01', 'E13');

    expect(reportOf(ledger).snapshot).toEqual({
      childrenLookedAfter: 11,
      uasc: 1,
      excludingUasc: 10,
      byPlacementGroup: {
        foster: 3,
        fosterConnected: 1,
        fosterOther: 2,
        fosterOwnProvision: 1,
        fosterIndependent: 2,
        placedForAdoption: 1,
        placedWithParents: 1,
        childrensHomes: 2,
        childrensHomesInside: 1,
        supportedAccommodation: 1,
        residentialSchools: 1,
        other: 2,
      },
    });
  });

  it('leaves out a child whose only care was short breaks, even while on one', () => {
    const ledger = new TestLedger();
    ledger.child('RESPITE').startCare('2024-03-30', placed('K2', 'R'), 'V3');

    expect(reportOf(ledger).snapshot.childrenLookedAfter).toBe(0);
  });
});
