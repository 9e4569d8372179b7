import type { Return } from '../reading/return';
import { csvReturn } from '../testing/csv-return';
import { MemoryLedger } from '../testing/memory-ledger';
import { exportYear } from './export-year';
import { childRecordsOfLedger } from './records-of-events';

/**
 * What an export must not add to a return (DfE rules as data-to-insight's validator runs
 * them): each case imports returns that are clean and checks the year's export stays so.
 */
const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const UASC = 'CHILD,SEX,DOB,DUC';
const OC3 = 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM';

function ledgerOf(returns: Return[]): MemoryLedger {
  const ledger = new MemoryLedger();
  const summary = ledger.import(returns, { authority: 'E06000059', now: '2025-01-01T00:00:00Z' });
  expect(summary.children.filter((c) => c.kind === 'skipped')).toEqual([]);
  return ledger;
}
const exported = (ledger: MemoryLedger, year: string, derivedColumns?: boolean) =>
  exportYear(
    year,
    ledger.childIds().map((id) => childRecordsOfLedger(ledger.recordsOf(id))!),
    derivedColumns === undefined ? {} : { derivedColumns },
  );

describe('the export adds no DfE errors', () => {
  it('leaves the derived columns out unless asked for (a 903 tool recognises tables by their exact columns)', () => {
    const ledger = ledgerOf([
      csvReturn('2023-24', {
        header: `${HEADER}\nA,1,01/01/2012,WBRI,UN1,,`,
        episodes: `${EPISODES}\nA,01/05/2023,S,C2,N1,U4,PR1,,,,DT1 1AA,DT2 2BB,SC1`,
      }),
    ]);
    expect(exported(ledger, '2023-24').episodes.columns).not.toContain('PL_DISTANCE');
    expect(exported(ledger, '2023-24').episodes.columns).toHaveLength(13);
    expect(exported(ledger, '2023-24', true).episodes.columns).toEqual(
      expect.arrayContaining(['PL_DISTANCE', 'PL_LA', 'PL_LOCATION']),
    );
  });

  // Reading: the UASC table holds the children of the return who were UASC on some day of the
  // year (rule 104 refuses a DUC before the year's start); DUC after the year is not yet known.
  it('writes UASC rows only for status held in the year, and DUC only when it ceased in the year (rule 104)', () => {
    const ledger = ledgerOf([
      csvReturn('2023-24', {
        header: `${HEADER}
          U,1,01/06/2006,BAFR,UN2,,
          L,1,01/06/2005,BAFR,UN2,,`,
        episodes: `${EPISODES}
          U,01/11/2021,S,V2,N8,K2,PR4,01/06/2024,E5,,,SO14 1AA,SC5
          L,01/11/2020,S,V2,N8,K2,PR4,01/06/2023,E5,,,SO14 1AA,SC5`,
        uasc: `${UASC}
          U,1,01/06/2006,
          L,1,01/06/2005,01/06/2023`,
      }),
      csvReturn('2024-25', {
        header: `${HEADER}
          U,1,01/06/2006,BAFR,UN2,,
          L,1,01/06/2005,BAFR,UN2,,`,
        episodes: `${EPISODES}\nU,01/11/2021,S,V2,N8,K2,PR4,01/06/2024,E5,,,SO14 1AA,SC5`,
        uasc: `${UASC}\nU,1,01/06/2006,01/06/2024`,
        oc3: `${OC3}\nL,01/06/2005,YES,F1,S2`,
      }),
    ]);
    const uasc = (year: string) => exported(ledger, year).uasc.rows.map((r) => [r.CHILD, r.DUC]);
    expect(uasc('2022-23')).toEqual([
      ['L', ''],
      ['U', ''],
    ]);
    expect(uasc('2023-24')).toEqual([
      ['L', '01/06/2023'],
      ['U', ''],
    ]);
    // L is a care leaver in 2024-25 whose status ended in 2023: no row.
    expect(uasc('2024-25')).toEqual([['U', '01/06/2024']]);
  });

  it('leaves motherhood details off care leavers not looked after in the year (rule 628)', () => {
    const ledger = ledgerOf([
      csvReturn('2023-24', {
        header: `${HEADER}\nM,2,01/06/2005,WBRI,UN1,1,01/01/2023`,
        episodes: `${EPISODES}\nM,01/11/2021,S,C2,N1,U4,PR1,01/06/2023,E8,,DT1 1AA,DT2 2BB,SC1`,
      }),
      csvReturn('2024-25', {
        header: `${HEADER}\nM,2,01/06/2005,WBRI,UN1,,`,
        oc3: `${OC3}\nM,01/06/2005,YES,F1,S2`,
      }),
    ]);
    expect(exported(ledger, '2023-24').header.rows[0]).toMatchObject({ MOTHER: '1', MC_DOB: '01/01/2023' });
    expect(exported(ledger, '2024-25').header.rows[0]).toMatchObject({ CHILD: 'M', MOTHER: '', MC_DOB: '' });
  });

  it("writes each year's header as it held in that year (rule 625: no first child born after it)", () => {
    const ledger = ledgerOf([
      csvReturn('2022-23', {
        header: `${HEADER}\nH,2,01/06/2007,WBRI,UN1,0,`,
        episodes: `${EPISODES}\nH,01/11/2021,S,C2,N1,U4,PR1,,,,DT1 1AA,DT2 2BB,SC1`,
      }),
      csvReturn('2023-24', {
        header: `${HEADER}\nH,2,01/06/2007,WBRI,H801200001001,1,01/09/2023`,
        episodes: `${EPISODES}\nH,01/11/2021,S,C2,N1,U4,PR1,,,,DT1 1AA,DT2 2BB,SC1`,
      }),
    ]);
    const header = (year: string) => exported(ledger, year).header.rows[0];
    expect(header('2022-23')).toMatchObject({ UPN: 'UN1', MOTHER: '0', MC_DOB: '' });
    expect(header('2023-24')).toMatchObject({ UPN: 'H801200001001', MOTHER: '1', MC_DOB: '01/09/2023' });
    // Importing the same returns again finds nothing to add.
    expect(
      ledger.import(
        [
          csvReturn('2022-23', {
            header: `${HEADER}\nH,2,01/06/2007,WBRI,UN1,0,`,
            episodes: `${EPISODES}\nH,01/11/2021,S,C2,N1,U4,PR1,,,,DT1 1AA,DT2 2BB,SC1`,
          }),
        ],
        { authority: 'E06000059', now: '2025-02-01T00:00:00Z', importedYears: ['2022-23', '2023-24'] },
      ).events,
    ).toBe(0);
  });

  it('keeps the RNE the oldest return gave a child already in care before it (not S)', () => {
    const ledger = ledgerOf([
      csvReturn('2023-24', {
        header: `${HEADER}\nP,1,01/06/2012,WBRI,UN1,,`,
        episodes: `${EPISODES}
          P,01/02/2023,P,C2,N1,U4,PR1,01/06/2023,X1,CREQB,DT1 1AA,DT2 2BB,SC1
          P,01/06/2023,P,C2,N1,U5,PR1,,,,DT1 1AA,DT3 3BB,SC2`,
      }),
    ]);
    expect(exported(ledger, '2023-24').episodes.rows.map((r) => [r.DECOM, r.RNE])).toEqual([
      ['01/02/2023', 'P'],
      ['01/06/2023', 'P'],
    ]);
  });
});
