import type { ChildCommand } from '@ledger/domain';
import { IMPORTED_TABLES } from '../formats/table-columns';
import { returnOfRows } from '../reading/return-of-rows';
import { MemoryLedger } from '../testing/memory-ledger';
import { exportYear } from './export-year';
import { childRecordsOfLedger } from './records-of-events';

const now = '2025-01-01T00:00:00.000Z';
const cmd = (type: ChildCommand['type'], data: object) => ({ type, data, metadata: { now } }) as ChildCommand;
const home = { type: 'U6', provider: 'PR1', carerId: 'carer-1', postcode: 'DT1 1AA', urn: 'SC1' } as const;

/** A child recorded through the API's commands: carers by id, same-day changes, a temporary placement. */
const COMMANDS: ChildCommand[] = [
  cmd('RegisterChild', {
    childId: 'API1',
    dateOfBirth: '2014-06-30',
    sex: 'F',
    responsibleAuthority: 'E06000059',
    homePostcode: 'DT2 2BB',
    uasc: false,
  }),
  cmd('StartCare', { effectiveDate: '2023-05-01', legalStatus: 'V2', categoryOfNeed: 'N4', placement: home }),
  cmd('ChangeLegalStatus', { effectiveDate: '2023-07-01', legalStatus: 'C1' }),
  cmd('MovePlacement', {
    effectiveDate: '2023-07-01',
    placement: {
      type: 'U4',
      provider: 'PR4',
      carerId: 'carer-2',
      postcode: 'BH1 1AA',
      urn: 'SC2',
      location: 'OUT',
      authority: 'E06000058',
      distanceMiles: 24.5,
    },
    carerChanged: true,
    reason: 'CREQO',
  }),
  cmd('StartTemporaryPlacement', { effectiveDate: '2023-12-20', placement: { type: 'T3' } }),
  cmd('EndTemporaryPlacement', { effectiveDate: '2024-01-02' }),
  cmd('EndCare', { effectiveDate: '2024-06-01', reason: 'E4A' }),
];

describe('export from events recorded through the API', () => {
  const ledger = new MemoryLedger();
  ledger.append('API1', COMMANDS, now);
  const records = childRecordsOfLedger(ledger.recordsOf('API1'))!;

  it('writes the episodes the events make (a same-day legal change and move is one B episode)', () => {
    const rows = exportYear('2023-24', [records], { derivedColumns: true }).episodes.rows;
    expect(
      rows.map((r) => [r.DECOM, r.RNE, r.LS, r.PLACE, r.DEC, r.REC, r.REASON_PLACE_CHANGE, r.PL_DISTANCE]),
    ).toEqual([
      ['01/05/2023', 'S', 'V2', 'U6', '01/07/2023', 'X1', 'CREQO', ''],
      ['01/07/2023', 'B', 'C1', 'U4', '20/12/2023', 'X1', '', '24.5'],
      ['20/12/2023', 'P', 'C1', 'T3', '02/01/2024', 'X1', '', ''],
      ['02/01/2024', 'P', 'C1', 'U4', '', '', '', '24.5'],
    ]);
  });

  it('round-trips: importing the export into another ledger exports the same rows', () => {
    const years = ['2023-24', '2024-25'];
    const exported = years.map((y) => exportYear(y, [records]));
    const again = new MemoryLedger();
    const returns = exported.map((tables, i) =>
      returnOfRows(years[i], Object.fromEntries(IMPORTED_TABLES.map((t) => [t, tables[t].rows]))),
    );
    const summary = again.import(returns, { authority: 'E06000059', now });
    expect(summary.children.map((c) => c.kind)).toEqual(['planned']);
    const reexported = years.map((y) => exportYear(y, [childRecordsOfLedger(again.recordsOf('API1'))!]));
    expect(reexported).toEqual(exported);
  });
});
