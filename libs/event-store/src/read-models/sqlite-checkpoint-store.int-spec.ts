import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { tempLedgerDir } from '../sqlite/sqlite-temp.fixture';
import { StoreUnavailableError } from '../errors';
import { SqliteCheckpointStore } from './sqlite-checkpoint-store';

describe('SqliteCheckpointStore', () => {
  let temp: ReturnType<typeof tempLedgerDir>;
  beforeEach(() => {
    temp = tempLedgerDir();
  });
  afterEach(() => temp.remove());

  it('saves position and state together, beside the events in the ledger file, across reopening', async () => {
    const events = new SqliteEventStore({ file: temp.file });
    const first = new SqliteCheckpointStore({ file: temp.file });
    const huge = 2n ** 62n + 7n;
    await first.save('placements', { position: 41n, version: 1, state: '{"a":1}' });
    await first.save('placements', { position: huge, version: 2, state: '{"a":2}' });
    await first.save('children', { position: 3n, version: 1, state: '[]' });
    await first.close();
    const again = new SqliteCheckpointStore({ file: temp.file });
    expect(await again.load('placements')).toEqual({ position: huge, version: 2, state: '{"a":2}' });
    expect(await again.load('children')).toEqual({ position: 3n, version: 1, state: '[]' });
    expect(await again.load('nobody')).toBeUndefined();
    await again.close();
    await events.close();
  });

  it('forgets a deleted checkpoint and refuses calls once closed', async () => {
    const store = new SqliteCheckpointStore({ file: temp.file });
    await store.save('placements', { position: 1n, version: 1, state: '{}' });
    await store.delete('placements');
    expect(await store.load('placements')).toBeUndefined();
    await store.close();
    await expect(store.load('placements')).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
