import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openUseCases, threePlacements, type UseCaseHarness } from '../../testing/use-case-harness';
import { ExportReturnCommand } from './export-return.command';

describe('ExportReturnCommand', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('X1', threePlacements('X1'));
  });
  afterAll(() => core.close());

  it("writes the year's 903 tables from the ledger, one episode a placement", async () => {
    const out = join(core.dir, 'export');
    const summary = await core.command(new ExportReturnCommand('2020-21', out));
    expect(summary).toMatchObject({ year: '2020-21', directory: out, refused: false });
    expect(summary.rows.episodes).toBe(3);
    expect(summary.files.length).toBeGreaterThan(0);
    for (const file of summary.files) expect(existsSync(file)).toBe(true);
    const episodes = summary.files.find((f) => f.includes('episodes'))!;
    expect(readFileSync(episodes, 'utf8')).toContain('X1');
  });

  it('leaves the derived columns out unless asked', async () => {
    const plain = await core.command(new ExportReturnCommand('2020-21', join(core.dir, 'plain')));
    const derived = await core.command(
      new ExportReturnCommand('2020-21', join(core.dir, 'derived'), { derivedColumns: true }),
    );
    const header = (files: readonly string[]) =>
      readFileSync(
        files.find((f) => f.includes('episodes'))!,
        'utf8',
      ).split(/\r?\n/)[0];
    expect(header(plain.files)).not.toContain('PL_DISTANCE');
    expect(header(derived.files)).toContain('PL_DISTANCE');
  });
});
