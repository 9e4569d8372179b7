import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { call, type RunningApi, startApi } from '../../e2e/support/api-harness';
import { journeyEventTypes, journeySteps, registration } from '../../e2e/support/journey';

/** A child id no earlier run can have used: a real server keeps its streams between runs. */
const freshChildId = (): string => `E${randomBytes(4).toString('hex')}`;

/**
 * The API end to end on the EventStoreDB adapter: the journey of the end-to-end suite, a repeated
 * command and racing writers, with assertions that hold on a server that already holds events.
 */
export function describeApiOnEventStoreDb(where: string, connectionString: () => string): void {
  describe(`the API on EventStoreDB (${where})`, () => {
    let first: RunningApi;
    let second: RunningApi;

    beforeAll(async () => {
      // Two instances: two writers that share nothing but the server.
      const env = { EVENTSTORE_CONNECTION_STRING: connectionString() };
      first = await startApi({ dbFile: 'unused-with-eventstoredb', env });
      second = await startApi({ dbFile: 'unused-with-eventstoredb', env });
    });
    afterAll(async () => {
      await first?.close();
      await second?.close();
    });

    it('records a whole journey and reads it back with the server’s revisions and positions', async () => {
      const childId = freshChildId();
      const before = await call(first.url, 'GET', '/status');
      const registered = await call(first.url, 'POST', '/children', { ...registration, childId });
      expect(registered).toMatchObject({ status: 201, body: { childId, revision: '0' } });
      for (const [path, body] of journeySteps) {
        const res = await call(first.url, 'POST', `/children/${childId}/${path}`, body);
        expect({ path, status: res.status, body: res.body }).toMatchObject({ path, status: 201 });
      }

      const history = await call(second.url, 'GET', `/children/${childId}/history`);
      const entries = history.body.entries as { type: string; revision: string; position: string }[];
      expect(entries.map((e) => e.type)).toEqual(journeyEventTypes);
      expect(entries.map((e) => e.revision)).toEqual(entries.map((_, i) => String(i)));
      const positions = entries.map((e) => BigInt(e.position));
      expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);

      const after = await call(first.url, 'GET', '/status');
      // The child's events, and the access log's record of the history read (its stream, ledger-access,
      // is new unless an earlier read on this server made it).
      expect(after.body.events - before.body.events).toBe(entries.length + 1);
      expect([1, 2]).toContain(after.body.streams - before.body.streams);
    });

    it('answers a command repeated by another instance as the first time, appending nothing', async () => {
      const childId = freshChildId();
      const key = { 'Idempotency-Key': `register-${childId}` };
      const once = await call(first.url, 'POST', '/children', { ...registration, childId }, key);
      const twice = await call(second.url, 'POST', '/children', { ...registration, childId }, key);
      expect(once.status).toBe(201);
      expect(twice.body).toEqual(once.body);
      const history = await call(first.url, 'GET', `/children/${childId}/history`);
      expect(history.body.entries).toHaveLength(1);
    });

    it('lets racing writers each land once or be refused with 409, with contiguous revisions', async () => {
      const childId = freshChildId();
      await call(first.url, 'POST', '/children', { ...registration, childId });
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          call(
            (i % 2 === 0 ? first : second).url,
            'POST',
            `/children/${childId}/details`,
            {
              ...registration,
              childId: undefined,
              effectiveDate: `2019-01-0${i + 1}`,
              homePostcode: `DT${i} 1AA`,
            },
            { 'Idempotency-Key': `race-${childId}-${i}` },
          ),
        ),
      );
      expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
      const landed = results.filter((r) => r.status === 201).length;
      const history = await call(first.url, 'GET', `/children/${childId}/history`);
      const revisions = (history.body.entries as { revision: string }[]).map((e) => Number(e.revision));
      expect(revisions.sort((a, b) => a - b)).toEqual(Array.from({ length: 1 + landed }, (_, i) => i));
    });
  });
}
