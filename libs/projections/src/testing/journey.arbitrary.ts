import fc from 'fast-check';
import { addDays, type LocalDate } from '@ledger/domain';
import type { LedgerEventRecord } from '../ledger-event-record';
import { planArbitrary, play } from './journey-plan';
import { TestLedger } from './test-ledger';
/**
 * Random ledgers of valid journeys for property tests: a few children whose events are
 * interleaved across the ledger, with backdated facts, voids, and recorded times that sometimes
 * tie. Positions run 1..n; recorded times never go back.
 */
export const ledgerArbitrary: fc.Arbitrary<LedgerEventRecord[]> = fc
  .record({
    plans: fc.array(planArbitrary, { minLength: 1, maxLength: 5 }),
    interleaving: fc.array(fc.nat(), { maxLength: 200 }),
    ties: fc.array(fc.boolean(), { maxLength: 200 }),
  })
  .map(({ plans, interleaving, ties }) => {
    const perChild = plans.map((plan, index) => {
      const ledger = new TestLedger(`c${index}e`);
      const born = addDays('2000-01-01', plan.bornDaysAfter2000);
      play(ledger.child(`C${index}`, { dateOfBirth: born }), plan, born);
      return ledger.records;
    });
    return interleave(perChild, interleaving, ties);
  });

/** Merges the children's streams (each in its own order) into one ledger with fresh positions. */
function interleave(
  streams: LedgerEventRecord[][],
  interleaving: readonly number[],
  ties: readonly boolean[],
): LedgerEventRecord[] {
  const cursors = streams.map(() => 0);
  const merged: LedgerEventRecord[] = [];
  let clock = Date.parse('2025-01-01T00:00:00.000Z');
  for (let k = 0; ; k++) {
    const open = cursors
      .map((cursor, index) => (cursor < streams[index].length ? index : -1))
      .filter((i) => i >= 0);
    if (open.length === 0) return merged;
    const child = open[(interleaving[k % Math.max(1, interleaving.length)] ?? 0) % open.length];
    const record = streams[child][cursors[child]++];
    if (!ties[k % Math.max(1, ties.length)]) clock += 60_000;
    merged.push({
      ...record,
      position: BigInt(merged.length + 1),
      metadata: { recordedAt: new Date(clock).toISOString() },
    });
  }
}

/**
 * A ledger and a report window around one of its facts, so that the window meets the journeys.
 */
export const scenarioArbitrary: fc.Arbitrary<{
  records: LedgerEventRecord[];
  window: { from: LocalDate; to: LocalDate };
}> = ledgerArbitrary.chain((records) =>
  fc
    .record({
      anchor: fc.constantFrom(...records.map((record) => record.event.data.effectiveDate)),
      before: fc.integer({ min: 0, max: 800 }),
      after: fc.integer({ min: 0, max: 800 }),
    })
    .map(({ anchor, before, after }) => ({
      records,
      window: { from: addDays(anchor, -before), to: addDays(anchor, after) },
    })),
);
