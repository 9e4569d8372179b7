import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { trailCsv } from '../../audit/trail/trail-csv';
import { openUseCases, registerChild, startCare, type UseCaseHarness } from '../../testing/use-case-harness';
import { GetAuditTrailQuery } from './get-audit-trail.query';

describe('GetAuditTrailQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('U1', [registerChild('U1'), startCare('2020-05-01')]);
    await core.record('U2', [registerChild('U2')]);
  });
  afterAll(() => core.close());

  it('answers the events in the order the ledger learned them, in words, a page at a time', async () => {
    const first = await core.query(new GetAuditTrailQuery({ limit: 2 }));
    expect(first.entries.map((e) => [e.childId, e.type, e.recordedBy])).toEqual([
      ['U1', 'ChildRegistered', 'tester'],
      ['U1', 'CareStarted', 'tester'],
    ]);
    expect(first.entries.every((e) => e.description.length > 0)).toBe(true);
    expect(first.next).toBe(first.entries[1].position);
    const second = await core.query(new GetAuditTrailQuery({ limit: 2, after: BigInt(first.next!) }));
    expect(second.entries.map((e) => e.childId)).toEqual(['U2']);
    expect(second.next).toBeNull();
  });

  it("keeps one child's events, and writes them as CSV", async () => {
    const page = await core.query(new GetAuditTrailQuery({ limit: 100, childId: 'U2' }));
    expect(page.entries.map((e) => e.type)).toEqual(['ChildRegistered']);
    expect(trailCsv(page.entries).trim().split(/\r?\n/)).toHaveLength(2);
  });
});
