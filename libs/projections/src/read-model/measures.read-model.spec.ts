import { TestLedger, placed } from '../testing/test-ledger';
import { timelinesOf } from '../testing/timelines-of';
import { computeReport } from '../report/compute-report';
import { MeasuresReadModel } from './measures.read-model';

const YEAR = { from: '2023-04-01', to: '2024-03-31' };

function ledgerWithCorrection() {
  const ledger = new TestLedger();
  const child = ledger
    .child('C1')
    .startCare('2022-01-01', placed('U4', 'A'))
    .move('2023-05-01', placed('U4', 'B'))
    .move('2023-09-01', placed('U4', 'C'));
  const wrongMove = child.lastId;
  ledger.child('C2').startCare('2023-02-01', placed('K2', 'H'));
  ledger.at('2025-03-01T09:00:00.000Z');
  child.void(wrongMove);
  return ledger;
}

describe('MeasuresReadModel', () => {
  it('keeps timelines warm and invalidates only the child an event touches', () => {
    const ledger = ledgerWithCorrection();
    const model = new MeasuresReadModel();
    model.applyAll(ledger.records.slice(0, -1));
    expect(model.report(YEAR).stability.threePlusPlacements.numerator).toBe(1);
    const untouched = model.timeline('child-C2');

    model.apply(ledger.records[ledger.records.length - 1]);
    expect(model.timeline('child-C2')).toBe(untouched);
    expect(model.report(YEAR)).toEqual(computeReport(timelinesOf(ledger.records), YEAR));
    expect(model.report(YEAR).stability.threePlusPlacements.numerator).toBe(0);
  });

  it('ignores a record delivered twice and tracks the checkpoint', () => {
    const ledger = ledgerWithCorrection();
    const model = new MeasuresReadModel();
    model.applyAll(ledger.records);
    expect(model.apply(ledger.records[2])).toBe(false);
    expect(model.checkpoint).toBe(BigInt(ledger.records.length));
    expect(model.timeline('child-C1')?.placements).toHaveLength(2);
  });

  it('reports as known at a position or a recorded time, echoing it', () => {
    const ledger = ledgerWithCorrection();
    const model = new MeasuresReadModel();
    model.applyAll(ledger.records);
    const beforeVoid = BigInt(ledger.records.length - 1);

    const asPosition = model.report({ ...YEAR, asKnownAt: { position: beforeVoid } });
    expect(asPosition.asKnownAt).toBe(beforeVoid.toString());
    expect(asPosition.stability.threePlusPlacements.numerator).toBe(1);
    const asTime = model.report({ ...YEAR, asKnownAt: { recordedAt: '2025-03-01T08:59:59Z' } });
    expect(asTime.asKnownAt).toBe('2025-03-01T08:59:59Z');
    expect(asTime.stability.threePlusPlacements.numerator).toBe(1);
    expect(model.report({ ...YEAR, asKnownAt: { position: 1n } }).snapshot.childrenLookedAfter).toBe(0);
    expect(model.timelines({ position: 1n })).toHaveLength(1);
  });
});
