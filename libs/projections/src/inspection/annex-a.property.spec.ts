import fc from 'fast-check';
import { addMonths } from '@ledger/domain';
import { computeReport } from '../report/compute-report';
import { scenarioArbitrary } from '../testing/journey.arbitrary';
import { timelinesOf } from '../testing/timelines-of';
import { isLookedAfterOn } from '../timeline/timeline.queries';
import { twelveMonthsEndingOn } from './annex-a.common';
import { annexAList10 } from './adoption.list';
import { annexAList9 } from './care-leavers.list';
import { annexAList8 } from './children-in-care.list';

const sorted = (ids: unknown[]) => [...ids].sort((a, b) => (String(a) < String(b) ? -1 : 1));

describe('Annex A lists on random journeys', () => {
  it('List 8 lists every child looked after on D, agrees with measure 2a, and lists the recently ceased', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ records, window }) => {
        const date = window.to;
        const timelines = timelinesOf(records);
        const rows = annexAList8(timelines, { date }).rows;
        const ids = rows.map((row) => row.childId);
        expect(ids).toEqual(sorted(ids));
        const lookedAfter = timelines.filter((t) => !t.onlyShortBreaks && isLookedAfterOn(t, date));
        const inCareRows = rows.filter((row) => row.dateCeased === null);
        expect(inCareRows.map((row) => row.childId)).toEqual(sorted(lookedAfter.map((t) => t.childId)));
        for (const row of rows.filter((r) => r.dateCeased !== null)) {
          expect(String(row.dateCeased) >= addMonths(date, -6) && String(row.dateCeased) <= date).toBe(true);
        }
        const twoA = computeReport(timelines, { from: twelveMonthsEndingOn(date), to: date }).stability;
        expect(twoA.threePlusPlacements.denominator).toBe(inCareRows.length);
        const threePlus = inCareRows.filter((row) => Number(row.numberOfPlacementsLast12Months) >= 3);
        expect(twoA.threePlusPlacements.numerator).toBe(threePlus.length);
      }),
    );
  });

  it('List 9 lists only young people of 17 to 21 not looked after on D; List 10 rows have a decision or an order', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ records, window }) => {
        const date = window.to;
        const timelines = timelinesOf(records);
        const byId = new Map(timelines.map((t) => [t.childId, t]));
        for (const row of annexAList9(timelines, { date }).rows) {
          expect(Number(row.age)).toBeGreaterThanOrEqual(17);
          expect(Number(row.age)).toBeLessThanOrEqual(21);
          expect(isLookedAfterOn(byId.get(String(row.childId))!, date)).toBe(false);
        }
        for (const row of annexAList10(timelines, { date }).rows) {
          expect(row.dateDecisionToPlace !== null || row.dateOfAdoptionOrder !== null).toBe(true);
        }
      }),
    );
  });
});
