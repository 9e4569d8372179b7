import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TakeCheckpointCommand } from '../../commands/take-checkpoint/take-checkpoint.command';
import { openUseCases, registerChild, type UseCaseHarness } from '../../testing/use-case-harness';
import { GetLastCheckpointTimeQuery } from './get-last-checkpoint-time.query';

describe('GetLastCheckpointTimeQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('K1', [registerChild('K1')]);
  });
  afterAll(() => core.close());

  it('answers undefined before any checkpoint, then the time of the last one', async () => {
    expect(await core.query(new GetLastCheckpointTimeQuery())).toBeUndefined();
    await core.command(new TakeCheckpointCommand('daily', 'ledger'));
    const last = await core.command(new TakeCheckpointCommand('daily', 'ledger'));
    expect(await core.query(new GetLastCheckpointTimeQuery())).toBe(last.time);
  });
});
