import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetAuditTrailQuery } from '../../queries/get-audit-trail/get-audit-trail.query';
import { ListAccessRecordsQuery } from '../../queries/list-access-records/list-access-records.query';
import { openUseCases, type UseCaseHarness } from '../../testing/use-case-harness';
import { ACCESS_LOG_STREAM, RecordChildDataReadCommand } from './record-child-data-read.command';

describe('RecordChildDataReadCommand', () => {
  let core: UseCaseHarness;
  beforeAll(async () => (core = await openUseCases()));
  afterAll(() => core.close());

  it('appends who read which children, once each, to the access log', async () => {
    const record = await core.command(
      new RecordChildDataReadCommand(
        { subject: 'sw-1', displayName: 'A Worker', mode: 'token' },
        ['C1', 'C2', 'C1'],
        'GET /children/:childId/history',
        'corr-1',
      ),
    );
    expect(record).toMatchObject({
      subject: 'sw-1',
      displayName: 'A Worker',
      mode: 'token',
      children: ['C1', 'C2'],
      endpoint: 'GET /children/:childId/history',
      correlationId: 'corr-1',
    });
    expect(await core.query(new ListAccessRecordsQuery())).toEqual([record]);
    const trail = await core.query(new GetAuditTrailQuery({ limit: 10 }));
    expect(trail.entries.map((e) => [e.stream, e.recordedBy])).toEqual([[ACCESS_LOG_STREAM, 'sw-1']]);
  });

  it('keeps no display name when the reader has none', async () => {
    const record = await core.command(
      new RecordChildDataReadCommand({ subject: 'me', mode: 'local' }, ['C3'], 'GET /x', ''),
    );
    expect('displayName' in record).toBe(false);
  });
});
