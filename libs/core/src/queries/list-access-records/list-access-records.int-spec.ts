import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RecordChildDataReadCommand } from '../../commands/record-child-data-read/record-child-data-read.command';
import { openUseCases, type UseCaseHarness } from '../../testing/use-case-harness';
import { ListAccessRecordsQuery } from './list-access-records.query';

describe('ListAccessRecordsQuery', () => {
  let core: UseCaseHarness;
  let day: string;
  beforeAll(async () => {
    core = await openUseCases();
    const read = (subject: string, children: string[]) =>
      core.command(new RecordChildDataReadCommand({ subject, mode: 'token' }, children, 'GET /r', 'c'));
    day = (await read('sw-1', ['C1'])).at.slice(0, 10);
    await read('sw-2', ['C1', 'C2']);
    await read('sw-1', ['C3']);
  });
  afterAll(() => core.close());

  it('keeps the records matching every filter, oldest first', async () => {
    const byChild = await core.query(new ListAccessRecordsQuery({ childId: 'C1' }));
    expect(byChild.map((r) => r.subject)).toEqual(['sw-1', 'sw-2']);
    const bySubject = await core.query(new ListAccessRecordsQuery({ subject: 'sw-1', childId: 'C3' }));
    expect(bySubject.map((r) => r.children)).toEqual([['C3']]);
  });

  it('takes a bare day as the upper bound for the whole of that day', async () => {
    expect(await core.query(new ListAccessRecordsQuery({ to: day }))).toHaveLength(3);
    expect(await core.query(new ListAccessRecordsQuery({ to: '2000-01-01' }))).toEqual([]);
  });
});
