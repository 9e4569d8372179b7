import { describe, expect, it } from '@jest/globals';
import { StoreUnavailableError } from '../errors';
import type { StreamWrite } from '../event-store.port';
import { appendStreamsConcurrently, planRounds } from './esdb-append-streams';

const write = (stream: string, bytes: number): StreamWrite => ({
  stream,
  expectedRevision: 'any',
  events: [{ id: `${stream}-${bytes}`, type: 'T', data: { pad: 'x'.repeat(bytes) }, metadata: null }],
});

describe('EventStoreDB group append', () => {
  it('sends rounds under the byte limit, and a stream\u2019s writes in later rounds than its earlier ones', () => {
    const writes = [write('a', 400), write('b', 400), write('c', 400), write('a', 10), write('d', 10)];
    // Each 400-character write weighs about 520 bytes: two fit under 1,200, three do not.
    const rounds = planRounds(writes, 1200);
    expect(rounds).toEqual([
      [0, 1, 4],
      [2, 3],
    ]);
    const roundOf = (i: number) => rounds.findIndex((r) => r.includes(i));
    expect(roundOf(3)).toBeGreaterThan(roundOf(0));
  });

  it('keeps no more appends in flight than its limit', async () => {
    let inFlight = 0;
    let most = 0;
    const writes = Array.from({ length: 20 }, (_, i) => write(`s${i}`, 1));
    await appendStreamsConcurrently(
      writes,
      async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return { nextExpectedRevision: 0n, position: 0n };
      },
      { maxInFlight: 4, deadlineMs: 10_000 },
    );
    expect(most).toBe(4);
  });

  it('rejects as unavailable when the server does not answer by the deadline', async () => {
    const never = () => new Promise<never>(() => undefined);
    await expect(
      appendStreamsConcurrently([write('a', 1)], never, { maxInFlight: 2, deadlineMs: 20 }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
