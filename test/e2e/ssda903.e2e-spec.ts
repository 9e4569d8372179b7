import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ledger, ledgerInProcess, loadCliInProcess } from './support/cli-harness';
import { onEventStoreDb, releaseStore, storeEnv } from './support/store-under-test';
import { tempDir } from './support/api-harness';

const YEARS = ['2022-23', '2023-24', '2024-25'];
const csvLines = (file: string) => readFileSync(file, 'utf8').trim().split(/\r?\n/);
const sortedRows = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, [csvLines(join(dir, f))[0], ...csvLines(join(dir, f)).slice(1).sort()]]),
  );

/**
 * The 903 path through the real CLI: a generated authority, its returns exported, imported
 * into a second ledger and exported again (the round trip), an amendment recorded as a
 * correction, bad files and bad rows.
 */
describe('ledger demo, import and export', () => {
  const tmp = tempDir();
  const source = join(tmp.dir, 'source.db');
  const target = join(tmp.dir, 'target.db');
  const json = <T = any>(stdout: string): T => JSON.parse(stdout) as T;
  // Most steps run the CLI in this process (what it prints and the status it sets); the imports
  // of bad input below spawn it, as a user would, to check the process's own exit status.
  const cli = ledgerInProcess;

  beforeAll(async () => {
    // On EventStoreDB each "file" is a wire server the CLI processes share.
    await storeEnv(source);
    await storeEnv(target);
    await loadCliInProcess();
  });
  afterAll(async () => {
    await releaseStore(source);
    await releaseStore(target);
    tmp.remove();
  });

  it('fills an empty ledger with a demo authority, and refuses a ledger that is not empty', async () => {
    const demo = await cli(['demo', '--children', '40', '--years', '3', '--seed', '7', '--db', source]);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/Demo authority E06000059: \d+ children, \d+ events/);
    const again = await cli(['demo', '--db', source]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('fills an empty ledger');
  });

  // The round trip in three steps, each well inside its timeout on a busy machine.
  it('round trip, 1: exports each year of the demo as six tables', async () => {
    for (const year of YEARS) {
      const out = await cli([
        'export',
        '--year',
        year,
        '--out',
        join(tmp.dir, 'first', year),
        // With the derived columns the second ledger gets the same locations and distances.
        '--derived',
        '--json',
        '--db',
        source,
      ]);
      expect(out.code).toBe(0);
      expect(json(out.stdout).files).toHaveLength(6);
    }
  });

  it('round trip, 2: imports the returns elsewhere, and exporting again gives the same rows', async () => {
    // Folders in any order: the years come from the file names.
    const imported = await cli([
      'import',
      join(tmp.dir, 'first', '2024-25'),
      join(tmp.dir, 'first', '2022-23'),
      join(tmp.dir, 'first', '2023-24'),
      '--authority',
      'E06000059',
      '--json',
      '--db',
      target,
    ]);
    expect(imported.code).toBe(0);
    const summary = json(imported.stdout);
    expect(summary.years).toEqual(YEARS);
    expect(summary.children.skipped).toBe(0);
    expect(summary.children.imported).toBeGreaterThan(30);
    expect(summary.events).toBeGreaterThan(summary.children.imported);

    for (const year of YEARS) {
      const dir = join(tmp.dir, 'second', year);
      await cli(['export', '--year', year, '--out', dir, '--derived', '--db', target]);
      expect(sortedRows(dir)).toEqual(sortedRows(join(tmp.dir, 'first', year)));
    }
  });

  it('round trip, 3: the two ledgers give the same measures', async () => {
    const measures = async (db: string) =>
      (await cli(['measures', '--from', '2023-04-01', '--to', '2024-03-31', '--json', '--db', db])).stdout;
    const [a, b] = [json(await measures(source)), json(await measures(target))];
    expect(b.snapshot).toEqual(a.snapshot);
    expect(b.location).toEqual(a.location);
    expect(b.adoption).toEqual(a.adoption);
  });

  it('importing the same returns again appends nothing', async () => {
    const before = json((await cli(['status', '--json', '--db', target])).stdout);
    const again = await cli([
      'import',
      join(tmp.dir, 'first'),
      '--authority',
      'E06000059',
      '--json',
      '--db',
      target,
    ]);
    expect(again.code).toBe(0);
    expect(json(again.stdout)).toMatchObject({ events: 0, children: { imported: 0, skipped: 0 } });
    const after = json((await cli(['status', '--json', '--db', target])).stdout);
    expect(after.events - before.events).toBe(1); // the import log's own entry, no child event
  });

  it('an amended return is recorded as a correction; the measures as known before it stand', async () => {
    const dir = join(tmp.dir, 'first', '2024-25');
    const file = join(dir, 'SSDA903_2024-25_episodes.csv');
    const lines = csvLines(file);
    const columns = lines[0].split(',');
    const at = lines.findIndex(
      (line, i) => i > 0 && line.split(',')[columns.indexOf('REASON_PLACE_CHANGE')] === 'CARPL',
    );
    expect(at).toBeGreaterThan(0);
    const cells = lines[at].split(',');
    cells[columns.indexOf('REASON_PLACE_CHANGE')] = 'CREQB';
    const amended = [...lines];
    amended[at] = cells.join(',');
    writeFileSync(file, amended.join('\r\n') + '\r\n');

    const before = json((await cli(['status', '--json', '--db', target])).stdout);
    const window = ['--from', '2024-04-01', '--to', '2025-03-31', '--json', '--db', target];
    const reportBefore = json((await cli(['measures', ...window])).stdout);
    const imported = await cli(['import', dir, '--authority', 'E06000059', '--json', '--db', target]);
    const summary = json(imported.stdout);
    expect(summary).toMatchObject({ children: { imported: 1, skipped: 0 }, voided: 1 });
    expect(summary.events).toBeGreaterThanOrEqual(2);

    const reportAfter = json((await cli(['measures', ...window])).stdout);
    const moved = (r: any, reason: string) => r.stability.movesByReason[reason] as number;
    expect(moved(reportAfter, 'CREQB') - moved(reportBefore, 'CREQB')).toBe(1);
    const asKnown = json((await cli(['measures', ...window, '--as-known-at', before.position])).stdout);
    expect(asKnown.stability).toEqual(reportBefore.stability);
  });

  it('refuses a file that is not a 903 table, naming it, and imports nothing', async () => {
    const dir = join(tmp.dir, 'bad-file');
    await cli(['export', '--year', '2023-24', '--out', dir, '--db', source]);
    writeFileSync(join(dir, 'SSDA903_2023-24_people.csv'), 'CHILD,NAME,DOB\nX1,Somebody,01/01/2010\n');
    const empty = join(tmp.dir, 'empty.db');
    if (onEventStoreDb()) await storeEnv(empty);
    const res = await ledger(['import', dir, '--authority', 'E06000059', '--db', empty]);
    expect(res.code).toBe(2);
    expect(json((await cli(['status', '--json', '--db', empty])).stdout).events).toBe(0);
    if (onEventStoreDb()) await releaseStore(empty);
    expect(res.stdout).toContain('SSDA903_2023-24_people.csv');
    expect(res.stdout).toContain('not a 903 table');
  });

  it('skips a child with a bad row whole, reports file, line and column, imports the others, exits non-zero', async () => {
    const [cleanDb, badDb] = [join(tmp.dir, 'rows-clean.db'), join(tmp.dir, 'rows.db')];
    if (onEventStoreDb()) await Promise.all([storeEnv(cleanDb), storeEnv(badDb)]);
    const dir = join(tmp.dir, 'bad-row');
    await cli(['export', '--year', '2023-24', '--out', dir, '--db', source]);
    const clean = json(
      (await cli(['import', dir, '--authority', 'E06000059', '--json', '--db', cleanDb])).stdout,
    );

    const file = join(dir, 'SSDA903_2023-24_episodes.csv');
    const lines = csvLines(file);
    const columns = lines[0].split(',');
    const cells = lines[1].split(',');
    const badChild = cells[columns.indexOf('CHILD')];
    cells[columns.indexOf('DECOM')] = '31/02/2023';
    lines[1] = cells.join(',');
    writeFileSync(file, lines.join('\r\n') + '\r\n');

    const errors = join(tmp.dir, 'errors.csv');
    const res = await ledger([
      'import',
      dir,
      '--authority',
      'E06000059',
      '--errors',
      errors,
      '--json',
      '--db',
      badDb,
    ]);
    expect(res.code).toBe(1);
    const summary = json(res.stdout);
    expect(summary.children.skipped).toBe(clean.children.skipped + 1);
    expect(summary.children.imported).toBe(clean.children.imported - 1);
    const rowError = summary.rowErrors.find((e: any) => e.childId === badChild);
    expect(rowError).toMatchObject({ file, line: 2, column: 'DECOM', kind: 'date' });
    const report = csvLines(errors);
    expect(report[0]).toBe('file,line,column,child,kind,reason');
    expect(report.some((line) => line.includes(`,2,DECOM,${badChild},date,`))).toBe(true);
    const status = json((await cli(['status', '--json', '--db', badDb])).stdout);
    expect(status.streams).toBe(summary.children.imported + 1); // the children, and the import log
    if (onEventStoreDb()) await Promise.all([releaseStore(cleanDb), releaseStore(badDb)]);
  });
});
