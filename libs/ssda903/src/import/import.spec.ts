import { buildTimeline, computeReport } from '@ledger/projections';
import { MemoryLedger } from '../testing/memory-ledger';
import { csvReturn } from '../testing/csv-return';
import {
  ALL_RETURNS,
  AUTHORITY,
  RETURN_2021_22,
  RETURN_2022_23,
  RETURN_2023_24,
  RETURN_2023_24_AMENDED,
} from './__fixtures__/authority-returns';
import type { ChildImport } from './prepare-import';

const T1 = '2025-01-01T09:00:00.000Z';
const T2 = '2025-02-01T09:00:00.000Z';
const options = (now: string) => ({ authority: AUTHORITY, now });

/** Each child's standing facts, as comparable values. */
function factsOf(ledger: MemoryLedger, childId: string) {
  return buildTimeline(ledger.recordsOf(childId)).episodes;
}

const planned = (children: ChildImport[]) =>
  children.map((c) => (c.kind === 'planned' ? [c.childId, c.commands.length] : [c.childId, 'skipped']));

describe('importing several years of returns', () => {
  it('stitches the years into each child and records every fact once', () => {
    const ledger = new MemoryLedger();
    const summary = ledger.import(ALL_RETURNS(), options(T1));
    expect(planned(summary.children)).toEqual([
      ['A', 7],
      ['B', 7],
      ['C', 7],
      ['D', 4],
    ]);
    expect(summary.events).toBe(25);
    expect(summary.children.map((c) => (c.kind === 'planned' ? c.episodes : 0))).toEqual([6, 2, 1, 1]);
  });

  it('gives the same ledger whatever order the returns come in', () => {
    const inOrder = new MemoryLedger();
    inOrder.import(ALL_RETURNS(), options(T1));
    const reversed = new MemoryLedger();
    reversed.import([...ALL_RETURNS()].reverse(), options(T1));
    for (const id of ['A', 'B', 'C', 'D']) expect(factsOf(reversed, id)).toEqual(factsOf(inOrder, id));
    expect(reversed.records.map((r) => r.event)).toEqual(inOrder.records.map((r) => r.event));
  });

  it('is idempotent: importing the same returns again appends nothing', () => {
    const ledger = new MemoryLedger();
    ledger.import(ALL_RETURNS(), options(T1));
    const again = ledger.import(ALL_RETURNS(), options(T2));
    expect(again.events).toBe(0);
    expect(planned(again.children)).toEqual([
      ['A', 0],
      ['B', 0],
      ['C', 0],
      ['D', 0],
    ]);
  });

  it('is idempotent year by year: a later return adds only its own year', () => {
    const ledger = new MemoryLedger();
    ledger.import([RETURN_2021_22(), RETURN_2022_23()], options(T1));
    const before = ledger.records.length;
    const added = ledger.import([RETURN_2023_24()], options(T2));
    expect(planned(added.children)).toEqual([
      ['A', 0],
      ['C', 2],
      ['D', 3],
    ]);
    // D's DUC first shows in 2023-24 (the year it ceased): the details are corrected from birth.
    expect(ledger.records.slice(before).map((r) => r.event.type)).toEqual([
      'CareLeaverContactRecorded',
      'StayingPutEnded',
      'ChildDetailsUpdated',
      'CareEnded',
      'CareLeaverContactRecorded',
    ]);
    const all = new MemoryLedger();
    all.import(ALL_RETURNS(), options(T1));
    for (const id of ['A', 'B', 'C', 'D']) expect(factsOf(ledger, id)).toEqual(factsOf(all, id));
  });

  it('records an amendment as corrections only, and keeps the measures as known before it', () => {
    const ledger = new MemoryLedger();
    ledger.import(ALL_RETURNS(), options(T1));
    const before = ledger.records.length;
    const amended = ledger.import([RETURN_2023_24_AMENDED()], options(T2));
    expect(planned(amended.children)).toEqual([
      ['A', 2],
      ['C', 0],
      ['D', 0],
    ]);
    const [voided, moved] = ledger.records.slice(before).map((r) => r.event);
    const oldMove = ledger
      .events('A')
      .find((e) => e.type === 'PlacementMoved' && e.data.effectiveDate === '2023-01-10')!;
    expect(voided).toEqual({
      type: 'EntryVoided',
      data: {
        effectiveDate: '2023-01-10',
        eventId: oldMove.id,
        reason: 'Amended by the SSDA903 return(s) 2023-24',
      },
    });
    expect(moved).toEqual({
      type: 'PlacementMoved',
      data: {
        effectiveDate: '2023-01-10',
        placement: { type: 'U4', provider: 'PR4', postcode: 'BH2 2DD', urn: 'SC200099' },
        carerChanged: true,
        reason: 'CREQB',
      },
    });
    const window = { from: '2022-04-01', to: '2023-03-31' };
    const report = (asKnownAt?: { recordedAt: string }) =>
      computeReport(
        ledger.childIds().map((id) => buildTimeline(ledger.recordsOf(id), { asKnownAt })),
        { ...window, asKnownAt },
      ).stability.movesByReason;
    const counted = (moves: Record<string, number>) => Object.entries(moves).filter(([, n]) => n > 0);
    expect(counted(report({ recordedAt: T1 }))).toEqual([['PLACE', 1]]);
    expect(counted(report())).toEqual([['CREQB', 1]]);
    expect(ledger.import([RETURN_2023_24_AMENDED()], options(T2)).events).toBe(0);
  });

  it('lets a return older than one already imported change nothing the newer one covers', () => {
    const ledger = new MemoryLedger();
    ledger.import([RETURN_2022_23(), RETURN_2023_24()], options(T1));
    const older = RETURN_2021_22();
    // An older return that disagrees about the episode both years hold: the newer return stands.
    const disagreeing = {
      ...older,
      tables: { ...older.tables, episodes: older.tables.episodes.filter((r) => r.values.CHILD === 'A') },
    };
    ledger.import([disagreeing], { ...options(T2), importedYears: ['2022-23', '2023-24'] });
    const all = new MemoryLedger();
    all.import(ALL_RETURNS(), options(T1));
    expect(factsOf(ledger, 'A')).toEqual(factsOf(all, 'A'));
  });

  it('records a decision older than the returns, and corrects the period once the older return comes', () => {
    const ledger = new MemoryLedger();
    const first = ledger.import([RETURN_2022_23(), RETURN_2023_24()], options(T1));
    // B's decision (2021-08-01) and match predate the first episode these returns show (2021-10-01, RNE U).
    expect(first.children.find((c) => c.childId === 'B')).toMatchObject({ kind: 'planned', voids: 0 });
    const recorded = ledger
      .events('B')
      .filter((e) => e.type === 'AdoptionDecisionMade' || e.type === 'CareStarted');
    expect(recorded.map((e) => [e.type, e.data.effectiveDate])).toEqual([
      ['AdoptionDecisionMade', '2021-08-01'],
      ['CareStarted', '2021-10-01'],
    ]);
    const older = ledger.import([RETURN_2021_22()], {
      ...options(T2),
      importedYears: ['2022-23', '2023-24'],
    });
    expect(older.children.find((c) => c.childId === 'B')).toMatchObject({ kind: 'planned', voids: 1 });
    const all = new MemoryLedger();
    all.import(ALL_RETURNS(), options(T1));
    expect(factsOf(ledger, 'B')).toEqual(factsOf(all, 'B'));
  });

  it('skips a child whose rows break the rules, imports the others, and says why', () => {
    const ledger = new MemoryLedger();
    const broken = csvReturn('2023-24', {
      header: `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
        OK,1,01/01/2012,WBRI,,,
        BAD,2,01/01/2012,WBRI,,,
        ,1,01/01/2012,WBRI,,,`,
      episodes: `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
        OK,01/05/2023,S,C2,N1,U6,PR1,,,,,,
        BAD,01/05/2023,S,C2,N1,U6,PR1,01/06/2023,X1,,,,
        BAD,02/06/2023,P,C2,N1,U4,PR1,,,,,,`,
    });
    const summary = ledger.import([broken], options(T1));
    expect(planned(summary.children)).toEqual([
      ['BAD', 'skipped'],
      ['OK', 2],
    ]);
    expect(summary.children[0]).toEqual({
      kind: 'skipped',
      childId: 'BAD',
      errors: [
        {
          kind: 'rule',
          file: 'test/2023-24/episodes.csv',
          line: 3,
          column: 'REC',
          childId: 'BAD',
          reason: 'REC is X1 but the next episode starts on 2023-06-02, not on DEC (rules 388, 433)',
        },
      ],
    });
    expect(ledger.childIds()).toEqual(['OK']);
  });
});
