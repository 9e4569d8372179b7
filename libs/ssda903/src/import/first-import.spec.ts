import type { Return } from '../reading/return';
import { IMPORTED_TABLES, type ImportedTable } from '../formats/table-columns';
import { exportYear, type ExportedReturn } from '../export/export-year';
import { childRecordsOfLedger } from '../export/records-of-events';
import { MemoryLedger } from '../testing/memory-ledger';
import { csvReturn } from '../testing/csv-return';
import { returnOfRows } from '../reading/return-of-rows';

/**
 * A council's first import is often one recent year's return: care that began, and decisions
 * made, before that year show only through what the year's rows carry. These cases come from
 * the ledger's own export of one year, which it must import again (ssda903 README).
 */
const AUTHORITY = 'E06000059';
const NOW = '2025-01-01T00:00:00Z';
const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const OC3 = 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM';

function imported(returns: Return[]) {
  const ledger = new MemoryLedger();
  const summary = ledger.import(returns, { authority: AUTHORITY, now: NOW });
  return { ledger, summary };
}

const exported = (ledger: MemoryLedger, year: string): ExportedReturn =>
  exportYear(
    year,
    ledger.childIds().map((id) => childRecordsOfLedger(ledger.recordsOf(id))!),
    { derivedColumns: false },
  );

/** An export read back as a return, as the CLI would read its files. */
const asReturn = (year: string, out: ExportedReturn): Return =>
  returnOfRows(year, Object.fromEntries(IMPORTED_TABLES.map((t) => [t, out[t].rows])), 'export');

const rowsOf = (ret: Return, table: ImportedTable) => ret.tables[table].map((r) => ({ ...r.values }));
const eventsOf = (ledger: MemoryLedger, childId: string) =>
  ledger.events(childId).map((e) => [e.type, e.data.effectiveDate]);

describe('a first import of one year', () => {
  it('records the contacts of a care leaver whose care lies before the return', () => {
    const ret = csvReturn('2023-24', {
      header: `${HEADER}\nL,2,12/09/2005,WBRI,,0,`,
      oc3: `${OC3}\nL,12/09/2005,YES,F2,Z1`,
    });
    const { ledger, summary } = imported([ret]);
    expect(summary.children).toMatchObject([{ kind: 'planned', childId: 'L' }]);
    expect(eventsOf(ledger, 'L')).toEqual([
      ['ChildRegistered', '2005-09-12'],
      ['CareLeaverContactRecorded', '2023-09-12'],
    ]);
    expect(rowsOf(asReturn('2023-24', exported(ledger, '2023-24')), 'oc3')).toEqual(rowsOf(ret, 'oc3'));
  });

  it('skips a contact while an older return has the young person in care and no return ends it', () => {
    const older = csvReturn('2021-22', {
      header: `${HEADER}\nL,2,12/09/2005,WBRI,,,`,
      episodes: `${EPISODES}\nL,01/05/2021,S,C2,N1,U4,PR1,,,,,,`,
    });
    const newer = csvReturn('2023-24', {
      header: `${HEADER}\nL,2,12/09/2005,WBRI,,,`,
      oc3: `${OC3}\nL,12/09/2005,YES,F2,Z1`,
    });
    const { summary } = imported([older, newer]);
    expect(summary.children).toEqual([
      {
        kind: 'skipped',
        childId: 'L',
        errors: [
          {
            kind: 'history',
            file: 'test/2023-24/oc3.csv',
            line: 2,
            column: 'IN_TOUCH',
            childId: 'L',
            reason:
              'IN_TOUCH the 2021-22 return shows the young person looked after from 2021-05-01 and no return ends that care by 2023-09-12 (import the year they left)',
          },
        ],
      },
    ]);
  });

  // The 5 children the round trip of one demo year skipped: care first shown in a temporary placement.
  const temporaryFirst = () =>
    csvReturn('2023-24', {
      header: `${HEADER}\nT,1,08/08/2012,WBRI,,,`,
      episodes: `${EPISODES}
        T,20/03/2023,P,C2,N5,T1,,01/04/2023,X1,,DT1 2AT,,
        T,01/04/2023,P,C2,N5,U4,PR5,11/06/2023,X1,CARPL,DT1 2AT,DT1 1BD,SC500000
        T,11/06/2023,P,C2,N5,U6,PR1,,,,DT1 2AT,BS1 1WN,SC066436`,
    });

  it('starts care first shown in a temporary placement in the placement the child returns to', () => {
    const { ledger, summary } = imported([temporaryFirst()]);
    expect(summary.children).toMatchObject([{ kind: 'planned' }]);
    const events = ledger.events('T');
    expect(events.map((e) => [e.type, e.data.effectiveDate])).toEqual([
      ['ChildRegistered', '2012-08-08'],
      ['CareStarted', '2023-03-20'],
      ['TemporaryPlacementStarted', '2023-03-20'],
      ['TemporaryPlacementEnded', '2023-04-01'],
      ['PlacementMoved', '2023-06-11'],
    ]);
    expect(events[1].data).toMatchObject({ placement: { type: 'U4', urn: 'SC500000' } });
    expect(events[2].data).toMatchObject({ placement: { type: 'T1' } });
  });

  it('exports it as read (the first RNE as the return gave it), and imports its own export to the same rows', () => {
    const source = temporaryFirst();
    const first = exported(imported([source]).ledger, '2023-24');
    const expected = rowsOf(source, 'episodes');
    expect(expected[0].RNE).toBe('P');
    expect(first.episodes.rows).toEqual(expected);
    const again = imported([asReturn('2023-24', first)]);
    expect(again.summary.children.filter((c) => c.kind === 'skipped')).toEqual([]);
    expect(exported(again.ledger, '2023-24')).toEqual(first);
  });

  // An adoption the year shows from a placement begun before it (RNE B), decided and matched earlier.
  const decidedBefore = () =>
    csvReturn('2023-24', {
      header: `${HEADER}\nA,1,08/07/2019,AOTH,UN1,,`,
      episodes: `${EPISODES}\nA,22/10/2022,B,E1,N1,A6,PR1,09/08/2023,E12,,DT6 3HJ,DT4 7UZ,SC300148`,
      ad1: 'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\nA,08/07/2019,08/05/2022,13/10/2022,0,2,MF,L11',
      placed_adoption:
        'CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\nA,08/07/2019,08/05/2022,,',
    });

  it('records an adoption decision and match made before the first episode shown, on their own dates', () => {
    const { ledger, summary } = imported([decidedBefore()]);
    expect(summary.children).toMatchObject([{ kind: 'planned' }]);
    expect(eventsOf(ledger, 'A')).toEqual([
      ['ChildRegistered', '2019-07-08'],
      ['AdoptionDecisionMade', '2022-05-08'],
      ['AdoptionMatched', '2022-10-13'],
      ['CareStarted', '2022-10-22'],
      ['CareEnded', '2023-08-09'],
    ]);
  });

  it('exports the decision as read, and imports its own export to the same rows', () => {
    const source = decidedBefore();
    const first = exported(imported([source]).ledger, '2023-24');
    for (const table of ['ad1', 'placed_adoption', 'header'] as const)
      expect(first[table].rows).toEqual(rowsOf(source, table));
    const again = imported([asReturn('2023-24', first)]);
    expect(again.summary.children.filter((c) => c.kind === 'skipped')).toEqual([]);
    expect(exported(again.ledger, '2023-24')).toEqual(first);
  });
});
