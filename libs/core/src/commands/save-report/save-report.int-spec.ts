import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetMeasuresQuery } from '../../queries/get-measures/get-measures.query';
import {
  openUseCases,
  threePlacements,
  type UseCaseHarness,
  YEAR_2020_21,
} from '../../testing/use-case-harness';
import { SaveReportCommand } from './save-report.command';

describe('SaveReportCommand', () => {
  let core: UseCaseHarness;
  let last: bigint;
  beforeAll(async () => {
    core = await openUseCases();
    last = (await core.record('W1', threePlacements('W1'))).position;
  });
  afterAll(() => core.close());

  it('keeps the report as computed now, at the position it was computed at, with a checkpoint', async () => {
    const saved = await core.command(
      new SaveReportCommand({ name: '2020-21 as submitted', ...YEAR_2020_21 }, 'performance-1'),
    );
    expect(saved).toMatchObject({
      name: '2020-21 as submitted',
      window: YEAR_2020_21,
      position: last.toString(),
      savedBy: 'performance-1',
    });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.report).toEqual(
      await core.query(new GetMeasuresQuery({ ...YEAR_2020_21, asKnownAt: { position: last } })),
    );
    expect(saved.checkpoint.sequence).toBe(1);
  });
});
