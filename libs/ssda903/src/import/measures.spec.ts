import { buildTimeline, computeReport } from '@ledger/projections';
import { MemoryLedger } from '../testing/memory-ledger';
import { ALL_RETURNS, AUTHORITY } from './__fixtures__/authority-returns';

/**
 * The measures of 2022-23 (1 April 2022 to 31 March 2023) over the imported fixture returns,
 * worked by hand from the rows (see the fixture's comment for the children):
 * - looked after on 31 March 2023: A (since 2021) and D (UASC until 1 February 2024); B was
 *   adopted on 1 June 2022 and C left care at 18 on 20 May 2022.
 * - A's placements in the year: one carer spell from 1 February 2022 (the T2 holiday and the
 *   return from it, and the house move with the same carer on 10 January 2023, start none);
 *   that house move is the year's one move, reason PLACE.
 * - B: entered care 10 April 2021, placed for adoption with the foster carer (A5) on 1 October
 *   2021 (174 days later), so A10 counts from the start of that carer's spell (0 days); the
 *   placement order (E1) came on 1 October 2021, after the match on 15 September (A2 = 0).
 * - Ceased in the year: B (E11) and C (E17): one adoption out of two.
 * - C's 18th birthday contact: in touch, in employment (F5), with former foster carers (Z1,
 *   suitable); C left foster care (U6) on the 18th birthday with E17 and was still Staying Put
 *   three months later.
 */
describe('measures of an imported authority', () => {
  const ledger = new MemoryLedger();
  ledger.import(ALL_RETURNS(), { authority: AUTHORITY, now: '2025-01-01T00:00:00Z' });
  const report = computeReport(
    ledger.childIds().map((id) => buildTimeline(ledger.recordsOf(id))),
    { from: '2022-04-01', to: '2023-03-31' },
  );
  const ratio = (numerator: number, denominator: number, percent: number | null) => ({
    numerator,
    denominator,
    percent,
  });

  it('counts placements and moves as the episodes say', () => {
    expect(report.stability.threePlusPlacements).toEqual(ratio(0, 2, 0));
    expect(Object.entries(report.stability.movesByReason).filter(([, n]) => n > 0)).toEqual([['PLACE', 1]]);
  });

  it('counts the children looked after on the day', () => {
    expect(report.snapshot).toMatchObject({ childrenLookedAfter: 2, uasc: 1, excludingUasc: 1 });
    expect(report.snapshot.byPlacementGroup).toMatchObject({
      foster: 1,
      fosterOther: 1,
      fosterIndependent: 1,
      childrensHomes: 1,
      childrensHomesInside: 0,
    });
    expect(report.location.all.locationUnknown).toEqual(ratio(2, 2, 100));
  });

  it('times the adoption', () => {
    expect(report.adoption.a10).toEqual({ count: 1, meanDays: 0, medianDays: 0 });
    expect(report.adoption.a1).toEqual({ count: 1, meanDays: 174, medianDays: 174 });
    expect(report.adoption.a2).toEqual({ count: 1, meanDays: 0, medianDays: 0 });
    expect(report.adoption.a3).toEqual(ratio(1, 1, 100));
    expect(report.adoption.leftCareByAdoption).toEqual(ratio(1, 2, 50));
    expect(report.adoption.leftCareBySgo).toEqual(ratio(0, 2, 0));
  });

  it('follows the care leaver and Staying Put', () => {
    expect(report.careLeavers.age18).toEqual({
      inTouch: ratio(1, 1, 100),
      suitableAccommodation: ratio(1, 1, 100),
      educationEmploymentTraining: ratio(1, 1, 100),
      bedAndBreakfast: ratio(0, 1, 0),
      withFormerFosterCarers: ratio(1, 1, 100),
    });
    expect(report.careLeavers.stayingPutAt18).toEqual(ratio(1, 1, 100));
  });
});
