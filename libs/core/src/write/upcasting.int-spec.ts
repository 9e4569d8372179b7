import {
  childDecider,
  childStreamName,
  EVENT_CATALOGUE,
  EventUpcaster,
  type EventVersions,
  type StoredEventData,
} from '@ledger/domain';
import { SqliteEventStore } from '@ledger/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readChildStream } from './stream-events';
import { UnreadableEventError } from './write-errors';

/**
 * A version 2 of StayingPutStarted, as a later ledger might define it: the one optional
 * `carerId` becomes `carers`, a list. The ledger's own catalogue is at version 1 throughout,
 * so the test brings its own catalogue and upcaster; the read path is the ledger's.
 */
const versionTwo: EventVersions = { ...EVENT_CATALOGUE, StayingPutStarted: { schemaVersion: 2 } };
const upcasterToTwo = new EventUpcaster(versionTwo, {
  StayingPutStarted: [
    ({ carerId, ...rest }: StoredEventData) => ({ ...rest, carers: carerId === undefined ? [] : [carerId] }),
  ],
});

const metadata = (schemaVersion: number) => ({
  schemaVersion,
  recordedAt: '2024-06-01T10:00:00.000Z',
  recordedBy: 'sw-1',
  commandId: `cmd-${schemaVersion}`,
  correlationId: 'c-1',
  source: 'api',
});

describe('reading stored events of an older schema version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-upcast-'));
  const store = new SqliteEventStore({ file: join(dir, 'ledger.db') });
  const stream = childStreamName('C1');

  beforeAll(async () => {
    await store.appendToStream(
      stream,
      [
        {
          id: '00000000-0000-4000-8000-000000000001',
          type: 'ChildRegistered',
          data: {
            effectiveDate: '2006-05-01',
            childId: 'C1',
            dateOfBirth: '2006-05-01',
            sex: 'F',
            responsibleAuthority: 'E06000059',
            uasc: false,
          },
          metadata: metadata(1),
        },
        // Written by the ledger at version 1, as it stands in the store today.
        {
          id: '00000000-0000-4000-8000-000000000002',
          type: 'StayingPutStarted',
          data: { effectiveDate: '2024-05-01', carerId: 'FC-2' },
          metadata: metadata(1),
        },
        // Written later, at version 2.
        {
          id: '00000000-0000-4000-8000-000000000003',
          type: 'StayingPutStarted',
          data: { effectiveDate: '2024-09-01', carers: ['FC-3', 'FC-4'] },
          metadata: metadata(2),
        },
      ],
      { expectedRevision: 'no_stream' },
    );
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a version 1 event and reads it as version 2, before any decider sees it', async () => {
    const events = await readChildStream(store, stream, upcasterToTwo);
    expect(events.map((e) => e.event.data)).toEqual([
      expect.objectContaining({ childId: 'C1' }),
      { effectiveDate: '2024-05-01', carers: ['FC-2'] },
      { effectiveDate: '2024-09-01', carers: ['FC-3', 'FC-4'] },
    ]);
    // The metadata is as stored: it says which version was written.
    expect(events.map((e) => e.metadata.schemaVersion)).toEqual([1, 1, 2]);
    // The decider folds what the read gives it.
    const state = events.reduce((s, e) => childDecider.evolve(s, e.event), childDecider.initialState());
    expect(state.registered).toBe(true);
  });

  it('refuses, never skips, a version newer than the ledger knows', async () => {
    await expect(readChildStream(store, stream)).rejects.toThrow(UnreadableEventError);
    await expect(readChildStream(store, stream)).rejects.toMatchObject({
      eventId: '00000000-0000-4000-8000-000000000003',
      type: 'StayingPutStarted',
    });
  });
});
