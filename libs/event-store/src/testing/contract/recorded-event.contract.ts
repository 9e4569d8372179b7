import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { EventStore } from '../../event-store.port';
import { collect, newEvents, newStreamName } from '../contract-fixtures';

const data = {
  childId: 'C-001',
  name: 'Zoë Ødegård-Łukasz 李小龍 🧒🏽',
  legal: { status: 'C2', periods: [{ from: '2024-01-31', to: null }, { from: '2024-02-29' }] },
  flags: [true, false],
  counts: { zero: 0, negative: -12, fraction: 0.125, large: 9007199254740991 },
  empty: { object: {}, array: [], string: '' },
  quotes: 'it\'s "quoted" \\ back\\slashed\n\ttabbed',
};
const metadata = {
  recordedAt: '2025-03-01T09:30:00.000Z',
  recordedBy: 'worker@example.org',
  commandId: randomUUID(),
  correlationId: randomUUID(),
  source: 'api',
  nested: { deeper: { deepest: ['ä', 'ß', '€'] } },
};

/** What a recorded event carries back: the appended content unchanged, and the store's own facts. */
export function recordedEventContract(store: () => EventStore): void {
  describe('recorded events', () => {
    it('round-trips id, type, nested unicode data and metadata', async () => {
      const stream = newStreamName();
      const id = randomUUID();
      await store().appendToStream(stream, [{ id, type: 'ChildPlacementStarted', data, metadata }], {
        expectedRevision: 'no_stream',
      });
      const [event] = await collect(store().readStream(stream));
      expect(event).toMatchObject({ id, type: 'ChildPlacementStarted', streamName: stream, revision: 0n });
      expect(event.data).toEqual(data);
      expect(event.metadata).toEqual(metadata);
      const [fromLog] = await collect(store().readAll({ fromPosition: event.position, maxCount: 1 }));
      expect(fromLog.data).toEqual(data);
      expect(fromLog.metadata).toEqual(metadata);
    });

    it('records when the store wrote each event', async () => {
      const stream = newStreamName();
      const before = Date.now();
      await store().appendToStream(stream, newEvents(2), { expectedRevision: 'no_stream' });
      const after = Date.now();
      for (const event of await collect(store().readStream(stream))) {
        expect(event.recordedAt).toBeInstanceOf(Date);
        // A server's clock may differ from ours a little: allow a minute either way.
        expect(event.recordedAt.getTime()).toBeGreaterThan(before - 60_000);
        expect(event.recordedAt.getTime()).toBeLessThan(after + 60_000);
      }
    });
  });

  describe('stats', () => {
    it('counts the appended events and new streams and reports the last position', async () => {
      const before = await store().stats();
      const [s1, s2] = [newStreamName(), newStreamName()];
      await store().appendToStream(s1, newEvents(2), { expectedRevision: 'no_stream' });
      await store().appendToStream(s2, newEvents(1), { expectedRevision: 'no_stream' });
      const last = await store().appendToStream(s1, newEvents(3), { expectedRevision: 1n });
      const after = await store().stats();
      expect(after.events - before.events).toBe(6n);
      expect(after.streams - before.streams).toBe(2n);
      expect(after.position).toBe(last.position);
    });
  });
}
