import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_RETURNS, AUTHORITY } from '../import/__fixtures__/authority-returns';
import { readReturns } from '../reading/read-returns';
import type { Return } from '../reading/return';
import { IMPORTED_TABLES } from '../formats/table-columns';
import { csvReturn } from '../testing/csv-return';
import { MemoryLedger } from '../testing/memory-ledger';
import { exportYear, type ExportOptions } from './export-year';
import { childRecordsOfLedger } from './records-of-events';
import { returnFileName, tableToCsv, writeReturn } from './write-return';

const sorted = (rows: readonly Readonly<Record<string, string>>[]) =>
  rows.map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)))).sort();

function exported(ledger: MemoryLedger, year: string, options?: ExportOptions) {
  const children = ledger.childIds().map((id) => childRecordsOfLedger(ledger.recordsOf(id))!);
  return exportYear(year, children, options);
}

function importAll(returns: Return[]): MemoryLedger {
  const ledger = new MemoryLedger();
  const summary = ledger.import(returns, { authority: AUTHORITY, now: '2025-01-01T00:00:00Z' });
  expect(summary.children.filter((c) => c.kind === 'skipped')).toEqual([]);
  return ledger;
}

describe('round trip: import returns, export each year', () => {
  it('gives back the same rows of every table of every year (order aside)', () => {
    const returns = ALL_RETURNS();
    const ledger = importAll(returns);
    for (const ret of returns) {
      const out = exported(ledger, ret.year, { derivedColumns: false });
      for (const table of IMPORTED_TABLES) {
        expect([ret.year, table, sorted(out[table].rows)]).toEqual([
          ret.year,
          table,
          sorted(ret.tables[table].map((r) => r.values)),
        ]);
      }
    }
  });

  it('gives back every table of several years as each year knew it, for a child in care before the oldest return', () => {
    const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
    const EPISODES =
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
    const returns = [
      csvReturn('2022-23', {
        header: `${HEADER}\nP,2,01/06/2008,WBRI,UN1,0,`,
        episodes: `${EPISODES}\nP,01/02/2022,P,C2,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1`,
        uasc: 'CHILD,SEX,DOB,DUC\nP,2,01/06/2008,',
      }),
      csvReturn('2023-24', {
        header: `${HEADER}\nP,2,01/06/2008,WBRI,H801200001001,1,01/09/2023`,
        episodes: `${EPISODES}
          P,01/02/2022,P,C2,N1,U4,PR1,01/07/2023,X1,CREQB,DT1 1AA,BH1 1AA,SC1
          P,01/07/2023,P,C2,N1,U5,PR1,,,,DT1 1AA,BH2 2AA,SC2`,
        uasc: 'CHILD,SEX,DOB,DUC\nP,2,01/06/2008,01/06/2023',
      }),
    ];
    const ledger = importAll(returns);
    for (const ret of returns) {
      const out = exported(ledger, ret.year);
      for (const table of IMPORTED_TABLES)
        expect([ret.year, table, sorted(out[table].rows)]).toEqual([
          ret.year,
          table,
          sorted(ret.tables[table].map((r) => r.values)),
        ]);
    }
  });

  it('keeps the derived columns when the returns carry them', () => {
    const ret = csvReturn('2024-25', {
      header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nG,F,01/01/2012,WBRI,,,',
      episodes: `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,PL_DISTANCE,PL_LA,PL_LOCATION
        G,01/05/2024,S,C2,N1,K2,PR4,01/06/2024,X1,CARPL,DT1 1AA,SO14 1AA,SC1,999.9,E06000045,OUT
        G,01/06/2024,P,C2,N1,U4,PR1,,,,DT1 1AA,DT2 2BB,SC2,3.2,E06000059,IN`,
    });
    const out = exported(importAll([ret]), '2024-25', { derivedColumns: true });
    expect(out.episodes.columns).toContain('PL_DISTANCE');
    expect(sorted(out.episodes.rows)).toEqual(sorted(ret.tables.episodes.map((r) => r.values)));
    expect(sorted(out.header.rows)).toEqual(sorted(ret.tables.header.map((r) => r.values)));
  });

  it('keeps MOTHER and MC_DOB in the child details', () => {
    const ret = csvReturn('2024-25', {
      header: `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
        M,F,01/01/2008,WBRI,,1,15/06/2024
        N,F,01/01/2009,WBRI,,0,
        O,M,01/01/2009,WBRI,,,`,
      episodes: `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
        M,01/05/2024,S,C2,N1,R3,PR4,,,,,,
        N,01/05/2024,S,C2,N1,U4,PR1,,,,,,
        O,01/05/2024,S,C2,N1,U4,PR1,,,,,,`,
    });
    const ledger = importAll([ret]);
    const registered = ledger.events('M')[0];
    expect(registered.data).toMatchObject({ mother: 1, firstChildDateOfBirth: '2024-06-15' });
    expect(ledger.events('O')[0].data).not.toHaveProperty('mother');
    const out = exported(ledger, '2024-25', { derivedColumns: false });
    expect(sorted(out.header.rows)).toEqual(sorted(ret.tables.header.map((r) => r.values)));
  });

  it('writes CSV files with exact headers, a header row even for an empty table, and reads them back', async () => {
    const returns = ALL_RETURNS();
    const ledger = importAll(returns);
    const dir = await mkdtemp(join(tmpdir(), 'ssda903-'));
    try {
      const out = exported(ledger, '2023-24', { derivedColumns: false });
      const paths = await writeReturn(join(dir, 'out'), '2023-24', out);
      expect(paths.map((p) => p.split('/').pop())).toEqual(
        IMPORTED_TABLES.map((t) => returnFileName('2023-24', t)),
      );
      expect(await readFile(join(dir, 'out', 'SSDA903_2023-24_ad1.csv'), 'utf8')).toBe(
        'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\r\n',
      );
      const read = await readReturns([join(dir, 'out')]);
      expect(read.fileErrors).toEqual([]);
      expect(read.returns.map((r) => r.year)).toEqual(['2023-24']);
      for (const table of IMPORTED_TABLES) {
        expect(sorted(read.returns[0].tables[table].map((r) => r.values))).toEqual(
          sorted(returns[2].tables[table].map((r) => r.values)),
        );
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('quotes values that need it', () => {
    expect(tableToCsv({ columns: ['CHILD', 'UPN'], rows: [{ CHILD: 'A,1', UPN: '"x"' }] })).toBe(
      'CHILD,UPN\r\n"A,1","""x"""\r\n',
    );
  });
});
