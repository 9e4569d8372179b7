import fc from 'fast-check';
import { addDays, type LocalDate, type PlacementType } from '@ledger/domain';
import { buildTimeline, knownAtPredicate, type AsKnownAt, type LedgerEventRecord } from '@ledger/projections';
import { placed, TestLedger, type ChildJourney } from '../../projections/src/testing/test-ledger';
import { backtest, type Backtest } from './backtest';
import { childPathsOf } from './child-paths';
import { coverageOf, type ImportEntry } from './knowledge';
import { monthsAfter } from './options';
import { timelinesOf } from '../../projections/src/testing/timelines-of';
import { seededRandom } from './random';

const TYPES: readonly PlacementType[] = ['U4', 'U6', 'K2', 'P1', 'H5', 'A4', 'S1', 'R1'];

/**
 * A ledger filled one collection year at a time, as yearly imports do: batch i brings the
 * children who entered care in year 2015+i (their moves and ends, even later ones) and voids
 * some facts of earlier batches (a later return's corrections), then its import log entry.
 */
function yearlyLedger(seeds: readonly number[]): { records: LedgerEventRecord[]; imports: ImportEntry[] } {
  const ledger = new TestLedger();
  const imports: ImportEntry[] = [];
  const journeys: ChildJourney[] = [];
  seeds.forEach((seed, year) => {
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const yearStart: LocalDate = `${2015 + year}-04-01`;
    for (let c = 0, n = 3 + Math.floor(random() * 4); c < n; c++) {
      const entered = addDays(yearStart, Math.floor(random() * 365));
      const journey = ledger
        .child(`Y${year}C${c}`, { dateOfBirth: addDays(entered, -Math.floor(random() * 17 * 365)) })
        .startCare(entered, placed(pick(TYPES), 'A'));
      let day = entered;
      for (let m = 0, moves = Math.floor(random() * 3); m < moves; m++) {
        day = addDays(day, 1 + Math.floor(random() * 300));
        journey.move(day, placed(pick(TYPES), `M${m}`));
      }
      if (random() < 0.5) journey.endCare(addDays(day, 1 + Math.floor(random() * 300)), 'E13');
      journeys.push(journey);
    }
    for (let v = 0; v < 2 && journeys.length > 0; v++) {
      const journey = pick(journeys);
      const candidates = journey
        .records()
        .filter((r) => r.event.type === 'PlacementMoved' || r.event.type === 'CareEnded');
      if (candidates.length > 0) journey.void(pick(candidates).id);
    }
    const last = ledger.records[ledger.records.length - 1];
    imports.push({
      position: last.position,
      recordedAt: last.metadata.recordedAt,
      years: [`${2015 + year}-${String((16 + year) % 100).padStart(2, '0')}`],
      importId: `import-${year}`,
    });
  });
  return { records: ledger.records, imports };
}

function backtestOf(ledger: { records: LedgerEventRecord[]; imports: ImportEntry[] }): Backtest {
  const streams = new Map<string, LedgerEventRecord[]>();
  for (const record of ledger.records)
    streams.set(record.streamName, [...(streams.get(record.streamName) ?? []), record]);
  const pathsAt = (asKnownAt?: AsKnownAt) => {
    const known = asKnownAt === undefined ? () => true : knownAtPredicate(asKnownAt);
    const timelines = [...streams.values()]
      .filter((records) => records.some(known))
      .map((records) => buildTimeline(records, { asKnownAt }));
    return childPathsOf(timelines);
  };
  return backtest(
    {
      actual: pathsAt(),
      knowledge: { imports: ledger.imports, firstRecordedAt: ledger.records[0].metadata.recordedAt },
      pathsAt,
    },
    { referenceMonths: 12, runs: 5 },
  );
}

describe('the backtest uses nothing recorded after each origin’s knowledge position', () => {
  it('gives the same forecasts for every origin known before the first batch that differs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 30 }), { minLength: 4, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 30 }), { minLength: 4, maxLength: 5 }),
        fc.integer({ min: 1, max: 2 }),
        (seeds, otherSeeds, kept) => {
          const ledger = yearlyLedger(seeds);
          const changed = yearlyLedger([...seeds.slice(0, kept + 1), ...otherSeeds.slice(kept + 1)]);
          const boundary = ledger.imports[kept].position;
          const original = backtestOf(ledger);
          const other = backtestOf(changed);
          let compared = 0;
          for (const origin of original.origins) {
            // The knowledge is an import's position; all of the first kept+1 imports are shared.
            if (origin.source !== 'import' || BigInt(origin.knownAt) > boundary) continue;
            const twin = other.origins.find((o) => o.origin === origin.origin);
            expect(twin?.knownAt).toBe(origin.knownAt);
            for (const point of origin.points) {
              const same = twin!.points.find((p) => p.months === point.months);
              if (!same) continue;
              expect(same.forecast).toEqual(point.forecast);
              expect(same.noChange).toEqual(point.noChange);
              compared += 1;
            }
          }
          expect(compared).toBeGreaterThan(0);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('says which knowledge each origin used: the import that first brought its year', () => {
    const ledger = yearlyLedger([1, 2, 3, 4]);
    const result = backtestOf(ledger);
    expect(result.origins.length).toBeGreaterThan(0);
    for (const origin of result.origins) {
      const year = Number(origin.origin.slice(0, 4)) - (Number(origin.origin.slice(5, 7)) >= 4 ? 2015 : 2016);
      expect(origin).toMatchObject({
        source: 'import',
        importId: `import-${year}`,
        knownAt: ledger.imports[year].position.toString(),
      });
    }
    // Origins from one reference window after the first year's start, to three months before the data ends.
    const end = coverageOf(childPathsOf(timelinesOf(ledger.records)), { imports: ledger.imports }).end!;
    expect(result.origins[0].origin).toBe('2016-04-30');
    const last = result.origins[result.origins.length - 1];
    expect(monthsAfter(last.origin, 3) <= end).toBe(true);
    // No import brought a year after 2018-19: later origins were never seen as they happened.
    expect(last.origin).toBe(monthsAfter('2019-03-31', 3) <= end ? '2019-03-31' : last.origin);
    expect(result.origins.every((origin) => origin.origin <= '2019-03-31')).toBe(true);
    for (const origin of result.origins)
      for (const point of origin.points) expect(point.date <= end).toBe(true);
  });
});
