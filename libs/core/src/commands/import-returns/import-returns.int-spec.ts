import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { GetChildHistoryQuery } from '../../queries/get-child-history/get-child-history.query';
import { ListChildrenQuery } from '../../queries/list-children/list-children.query';
import {
  AUTHORITY,
  openUseCases,
  type UseCaseHarness,
  writeGeneratedReturns,
} from '../../testing/use-case-harness';
import { ImportReturnsCommand } from './import-returns.command';

describe('ImportReturnsCommand', () => {
  let core: UseCaseHarness;
  let returns: string;
  let children: number;
  beforeAll(async () => {
    core = await openUseCases();
    returns = join(core.dir, 'returns');
    children = await writeGeneratedReturns(returns);
  });
  afterAll(() => core.close());

  it('imports every child of the returns, recorded by the configured recorder', async () => {
    const progress: number[] = [];
    const summary = await core.command(
      new ImportReturnsCommand([returns], {
        authority: AUTHORITY,
        onProgress: (done) => progress.push(done),
      }),
    );
    expect(summary.fileErrors).toEqual([]);
    expect(summary.children).toMatchObject({ inReturns: children, imported: children, skipped: 0 });
    expect(progress.at(-1)).toBe(children);
    const list = await core.query(new ListChildrenQuery());
    expect(list.count).toBe(children);
    const history = await core.query(new GetChildHistoryQuery(list.children[0].childId));
    expect(history.entries[0]).toMatchObject({ recordedBy: 'tester', source: 'import' });
  });

  it('finds nothing to append when the same returns come again', async () => {
    const summary = await core.command(new ImportReturnsCommand([returns], { authority: AUTHORITY }));
    expect(summary.children).toMatchObject({ imported: 0, unchanged: children });
    expect(summary.events).toBe(0);
  });

  it('refuses a path that holds no 903 file, appending nothing', async () => {
    const summary = await core.command(
      new ImportReturnsCommand([join(core.dir, 'missing')], { authority: AUTHORITY, recordedBy: 'someone' }),
    );
    expect(summary.fileErrors).toHaveLength(1);
    expect(summary.events).toBe(0);
  });
});
