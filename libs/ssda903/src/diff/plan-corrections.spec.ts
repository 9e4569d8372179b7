import { buildTimeline } from '@ledger/projections';
import { csvReturn } from '../testing/csv-return';
import { MemoryLedger } from '../testing/memory-ledger';
import { canonicalJson, standingFacts } from './standing-facts';

const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const options = (now: string) => ({ authority: 'E06000059', now });
const returnWith = (ethnicity: string, dob = '01/01/2015') =>
  csvReturn('2023-24', {
    header: `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nE,M,${dob},${ethnicity},,,`,
    episodes: `${EPISODES}
      E,01/05/2023,S,C2,N1,U6,PR1,01/06/2023,X1,,DT1 1AA,DT2 2BB,
      E,01/06/2023,L,C1,N1,U6,PR1,,,,DT9 9ZZ,DT2 2BB,`,
  });

describe('planCorrections', () => {
  it('corrects the details from birth with an update, since a registration cannot be voided', () => {
    const ledger = new MemoryLedger();
    ledger.import([returnWith('WBRI')], options('2025-01-01T00:00:00Z'));
    const summary = ledger.import([returnWith('WIRI')], options('2025-02-01T00:00:00Z'));
    const [plan] = summary.children;
    expect(
      plan.kind === 'planned' &&
        plan.commands.map((c) => [c.type, 'effectiveDate' in c.data ? c.data.effectiveDate : '']),
    ).toEqual([
      ['VoidEntry', ''],
      ['UpdateChildDetails', '2015-01-01'],
      ['UpdateChildDetails', '2023-06-01'],
    ]);
    const timeline = buildTimeline(ledger.recordsOf('E'));
    expect(timeline.details).toMatchObject({ ethnicity: 'WIRI', homePostcode: 'DT9 9ZZ' });
    expect(
      timeline.detailsHistory.map((d) => [d.effectiveDate, d.details.ethnicity, d.details.homePostcode]),
    ).toEqual([
      ['2015-01-01', 'WBRI', 'DT1 1AA'],
      ['2015-01-01', 'WIRI', 'DT1 1AA'],
      ['2023-06-01', 'WIRI', 'DT9 9ZZ'],
    ]);
    expect(ledger.import([returnWith('WIRI')], options('2025-03-01T00:00:00Z')).events).toBe(0);
  });

  it('dates the correction of a later date of birth from the new date of birth', () => {
    const ledger = new MemoryLedger();
    ledger.import([returnWith('WBRI')], options('2025-01-01T00:00:00Z'));
    ledger.import([returnWith('WBRI', '01/02/2015')], options('2025-02-01T00:00:00Z'));
    const details = buildTimeline(ledger.recordsOf('E')).details;
    expect(details?.dateOfBirth).toBe('2015-02-01');
    const updates = ledger.events('E').filter((e) => e.type === 'ChildDetailsUpdated');
    expect(updates.map((u) => u.data.effectiveDate)).toContain('2015-02-01');
  });
});

describe('standingFacts', () => {
  it('drops voided entries, and a voided void voids nothing', () => {
    const e = (id: string, type: string, data: object) => ({ id, type, data }) as never;
    const facts = standingFacts([
      e('1', 'CareEnded', { effectiveDate: '2024-01-01', reason: 'E8' }),
      e('2', 'CareEnded', { effectiveDate: '2024-02-01', reason: 'E8' }),
      e('3', 'EntryVoided', { effectiveDate: '2024-01-01', eventId: '1', reason: 'x' }),
      e('4', 'EntryVoided', { effectiveDate: '2024-02-01', eventId: '2', reason: 'x' }),
      e('5', 'EntryVoided', { effectiveDate: '2024-02-01', eventId: '4', reason: 'x' }),
    ]);
    expect(facts.map((f) => f.id)).toEqual(['2']);
  });

  it('compares payloads whatever the key order, without undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [1, 'x'] } })).toBe('{"a":{"c":[1,"x"]},"b":1}');
  });
});
