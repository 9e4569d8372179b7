import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openUseCases, registerChild, startCare, type UseCaseHarness } from '../../testing/use-case-harness';
import { ListChildrenQuery } from './list-children.query';

describe('ListChildrenQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('L3', [registerChild('L3')]);
    await core.record('L1', [registerChild('L1'), startCare('2020-05-01')]);
    await core.record('L2', [registerChild('L2')]);
  });
  afterAll(() => core.close());

  it('answers the children by id a page at a time, the cursor leading to the next page', async () => {
    const first = await core.query(new ListChildrenQuery({ limit: 2 }));
    expect(first).toMatchObject({ count: 3, limit: 2 });
    expect(first.children.map((c) => [c.childId, c.events])).toEqual([
      ['L1', 2],
      ['L2', 1],
    ]);
    expect(first.nextCursor).not.toBeNull();
    const second = await core.query(new ListChildrenQuery({ limit: 2, cursor: first.nextCursor! }));
    expect(second.children.map((c) => c.childId)).toEqual(['L3']);
    expect(second.nextCursor).toBeNull();
  });

  it('keeps only the children looked after on a day', async () => {
    const list = await core.query(new ListChildrenQuery({ lookedAfterOn: '2021-01-01' }));
    expect(list.children.map((c) => c.childId)).toEqual(['L1']);
    expect(list.count).toBe(1);
  });
});
