import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AUTHORITY, openUseCases, registerChild, type UseCaseHarness } from '../../testing/use-case-harness';
import { GetResponsibleAuthoritiesQuery } from './get-responsible-authorities.query';

describe('GetResponsibleAuthoritiesQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('R1', [registerChild('R1')]);
    await core.record('R2', [registerChild('R2')]);
    await core.record('R2', [
      {
        type: 'UpdateChildDetails',
        data: {
          childId: 'R2',
          effectiveDate: '2020-01-01',
          responsibleAuthority: 'E10000009',
          partial: true,
        },
      },
    ]);
  });
  afterAll(() => core.close());

  it("answers each child's authority now, and none for a child the ledger does not hold", async () => {
    expect(await core.query(new GetResponsibleAuthoritiesQuery(['R1', 'R2', 'NOPE']))).toEqual({
      R1: AUTHORITY,
      R2: 'E10000009',
      NOPE: undefined,
    });
  });
});
