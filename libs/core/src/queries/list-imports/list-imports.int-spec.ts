import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { ImportReturnsCommand } from '../../commands/import-returns/import-returns.command';
import {
  AUTHORITY,
  openUseCases,
  type UseCaseHarness,
  writeGeneratedReturns,
} from '../../testing/use-case-harness';
import { ListImportsQuery } from './list-imports.query';

describe('ListImportsQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => (core = await openUseCases()));
  afterAll(() => core.close());

  it('answers nothing before any import, then each import with its files, counts and who', async () => {
    expect(await core.query(new ListImportsQuery())).toEqual([]);
    const returns = join(core.dir, 'returns');
    const children = await writeGeneratedReturns(returns, 4);
    const summary = await core.command(
      new ImportReturnsCommand([returns], { authority: AUTHORITY, recordedBy: 'data-team' }),
    );
    const imports = await core.query(new ListImportsQuery());
    const ended = imports.filter((i) => i.children !== undefined);
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({
      importId: summary.importId,
      authority: AUTHORITY,
      children,
      events: summary.events,
      recordedBy: 'data-team',
    });
    expect(ended[0].files.length).toBe(summary.files);
  });
});
