import { computeReport } from '../report/compute-report';
import { TestLedger, placed } from '../testing/test-ledger';
import { MeasuresReadModel } from './measures.read-model';

const YEAR = { from: '2023-04-01', to: '2024-03-31' };

function ledgerOf(children: number): TestLedger {
  const ledger = new TestLedger();
  for (let i = 0; i < children; i++) {
    ledger
      .child(`C${i}`)
      .startCare('2022-01-01', placed('U4', `A${i}`))
      .move('2023-05-01', placed('U4', `B${i}`));
  }
  return ledger;
}

describe('MeasuresReadModel in slices (reads that do not stall writes)', () => {
  it('gives the report and series the whole computation gives, pausing after every slice of children', async () => {
    const model = new MeasuresReadModel();
    model.applyAll(ledgerOf(25).records);
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      return Promise.resolve();
    };
    expect(await model.reportInSlices(YEAR, pause, 10)).toEqual(model.report(YEAR));
    expect(pauses).toBe(2);
    expect(await model.seriesInSlices(YEAR, pause, 10)).toEqual(model.series(YEAR));
    const asKnown = { ...YEAR, asKnownAt: { position: 20n } };
    expect(await model.reportInSlices(asKnown, pause, 7)).toEqual(model.report(asKnown));
  });

  it('is the report of the model as it was when it began, whatever is applied during its pauses', async () => {
    const ledger = ledgerOf(12);
    const model = new MeasuresReadModel();
    model.applyAll(ledger.records);
    const before = model.report(YEAR);
    const extra = ledgerOf(13).records.slice(ledger.records.length);
    const during = model.reportInSlices(
      YEAR,
      () => {
        model.applyAll(extra);
        return Promise.resolve();
      },
      5,
    );
    expect(await during).toEqual(before);
    expect(model.report(YEAR)).toEqual(computeReport([...model.timelines()], YEAR));
    expect(model.report(YEAR)).not.toEqual(before);
  });
});
