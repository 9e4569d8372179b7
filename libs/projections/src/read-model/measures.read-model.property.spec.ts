import fc from 'fast-check';
import type { LedgerEventRecord } from '../ledger-event-record';
import { computeReport } from '../report/compute-report';
import { computeSeries } from '../report/compute-series';
import { scenarioArbitrary } from '../testing/journey.arbitrary';
import { timelinesOf } from '../testing/timelines-of';
import { MeasuresReadModel } from './measures.read-model';

function modelOf(records: readonly LedgerEventRecord[]): MeasuresReadModel {
  const model = new MeasuresReadModel();
  model.applyAll(records);
  return model;
}

describe('MeasuresReadModel properties over random valid journeys', () => {
  it('reports from the incrementally maintained model exactly what a replay from scratch gives', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.integer({ min: 1, max: 7 }), ({ records, window }, every) => {
        const model = new MeasuresReadModel();
        records.forEach((record, index) => {
          model.apply(record);
          // Warm the cache along the way, so later events must invalidate it.
          if (index % every === 0) model.report(window);
        });
        const fromScratch = computeReport(timelinesOf(records), window);
        expect(model.report(window)).toEqual(fromScratch);
        expect(model.series(window)).toEqual(computeSeries(timelinesOf(records), window));
      }),
      { numRuns: 100 },
    );
  });

  it('reports as known at position P what a ledger that only received the first P events reports', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), ({ records, window }, pick) => {
        const model = modelOf(records);
        const p = pick % (records.length + 1);
        const prefix = records.filter((record) => record.position <= BigInt(p));
        expect(model.report({ ...window, asKnownAt: { position: BigInt(p) } })).toEqual({
          ...modelOf(prefix).report(window),
          asKnownAt: String(p),
        });
      }),
      { numRuns: 150 },
    );
  });

  it('reports as known at a recorded time what a ledger of the events recorded by then reports', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), ({ records, window }, pick) => {
        const model = modelOf(records);
        const at = records[pick % records.length].metadata.recordedAt;
        const known = records.filter((record) => record.metadata.recordedAt <= at);
        expect(model.report({ ...window, asKnownAt: { recordedAt: at } })).toEqual({
          ...modelOf(known).report(window),
          asKnownAt: at,
        });
      }),
      { numRuns: 100 },
    );
  });
});
