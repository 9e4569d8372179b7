import type { ImportedTable } from '../formats/table-columns';
import { csvReturn } from '../testing/csv-return';
import { stitchedChild } from '../testing/records-of-returns';
import { deriveChildFacts } from './child-facts';

const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nK,1,01/01/2010,WBRI,,,';

/** The errors, as [line, column, reason], for child K given these episode rows (and other tables). */
function errorsOf(episodes: string, tables: Partial<Record<ImportedTable, string>> = {}) {
  const ret = csvReturn('2023-24', { header: HEADER, episodes: `${EPISODES}\n${episodes}`, ...tables });
  const stitched = stitchedChild([ret], 'K');
  const errors = [...stitched.errors];
  if (errors.length === 0) {
    const result = deriveChildFacts(stitched.records, {
      authority: 'E06000059',
      context: { now: '2024-06-01T00:00:00Z' },
    });
    if (!result.ok) errors.push(...result.errors);
  }
  expect(errors.every((e) => e.childId === 'K' && e.file === 'test/2023-24/' + e.file.split('/').pop())).toBe(
    true,
  );
  return errors.map((e) => [e.file.split('/').pop(), e.line, e.column, e.reason]);
}

/** For a child that is imported: its data-quality findings as [file, line, column, rule]. */
function findingsOf(episodes: string, tables: Partial<Record<ImportedTable, string>> = {}) {
  const ret = csvReturn('2023-24', { header: HEADER, episodes: `${EPISODES}\n${episodes}`, ...tables });
  const stitched = stitchedChild([ret], 'K');
  expect(stitched.errors).toEqual([]);
  const result = deriveChildFacts(stitched.records, {
    authority: 'E06000059',
    context: { now: '2024-06-01T00:00:00Z' },
  });
  if (!result.ok) throw new Error(`skipped: ${JSON.stringify(result.errors)}`);
  const findings = [...stitched.findings, ...result.findings];
  expect(findings.every((f) => f.reason.includes(`DfE rule ${f.rule}`))).toBe(true);
  return {
    findings: findings.map((e) => [e.file.split('/').pop(), e.line, e.column, e.rule]),
    facts: result.facts.map((f) => f.command.type),
  };
}

describe('episode rules: each break is reported with file, line, column and reason', () => {
  it('a bad date and an unknown code', () => {
    expect(errorsOf('K,01/05/2023,S,C2,N1,X9,PR1,31/02/2024,E4A,,,,')).toEqual([
      ['episodes.csv', 2, 'PLACE', "PLACE 'X9' is not a valid PLACE code"],
      ['episodes.csv', 2, 'DEC', "DEC '31/02/2024' is not a calendar day"],
    ]);
  });

  it('DEC and REC not both given, and an episode that does not last a day', () => {
    expect(errorsOf('K,01/05/2023,S,C2,N1,U6,PR1,01/05/2023,,,,,')).toEqual([
      ['episodes.csv', 2, 'REC', 'REC is blank but DEC is given (rule 148)'],
      [
        'episodes.csv',
        2,
        'DEC',
        'DEC is not after DECOM: an episode lasts at least one day (rules 355, 356)',
      ],
    ]);
  });

  it('overlapping episodes', () => {
    expect(
      errorsOf(`K,01/05/2023,S,C2,N1,U6,PR1,01/07/2023,E4A,,,,
                K,01/06/2023,S,C2,N1,U6,PR1,,,,,,`),
    ).toEqual([
      [
        'episodes.csv',
        3,
        'DECOM',
        "DECOM is before the previous episode's DEC 2023-07-01: episodes overlap (rule 501)",
      ],
    ]);
  });

  it('an open episode followed by another', () => {
    expect(
      errorsOf(`K,01/05/2023,S,C2,N1,U6,PR1,,,,,,
                K,01/06/2023,S,C2,N1,U6,PR1,,,,,,`),
    ).toEqual([
      [
        'episodes.csv',
        2,
        'DEC',
        'DEC is blank but a later episode starts on 2023-06-01: only the last episode may be open (rule 142)',
      ],
    ]);
  });

  it('X1 with a gap after it, and X1 on the last episode', () => {
    expect(
      errorsOf(`K,01/05/2023,S,C2,N1,U6,PR1,01/06/2023,X1,,,,
                K,05/06/2023,P,C2,N1,U4,PR1,01/07/2023,X1,,,,`),
    ).toEqual([
      [
        'episodes.csv',
        2,
        'REC',
        'REC is X1 but the next episode starts on 2023-06-05, not on DEC (rules 388, 433)',
      ],
      ['episodes.csv', 3, 'REC', 'REC is X1 but no episode follows (rule 388)'],
    ]);
  });

  it('starting care again on the day it ended', () => {
    expect(
      errorsOf(`K,01/05/2023,S,C2,N1,U6,PR1,01/06/2023,E4A,,,,
                K,01/06/2023,S,C2,N1,U6,PR1,,,,,,`),
    ).toEqual([
      [
        'episodes.csv',
        3,
        'DECOM',
        'DECOM starts care again on the day care ended: a continuing period needs REC X1 (rule 431)',
      ],
    ]);
  });

  it('RNE codes that contradict the changes (rules 434–436) are findings: the facts follow the fields', () => {
    const { findings, facts } = findingsOf(`K,01/05/2023,S,C2,N1,U6,PR1,01/06/2023,X1,,,A,
                K,01/06/2023,L,C1,N1,U6,PR1,01/07/2023,X1,,,B,
                K,01/07/2023,P,V2,N1,U6,PR1,,,,,B,`);
    expect(findings).toEqual([
      ['episodes.csv', 3, 'RNE', '434'],
      ['episodes.csv', 4, 'RNE', '435'],
    ]);
    expect(facts).toEqual([
      'RegisterChild',
      'StartCare',
      'ChangeLegalStatus',
      'MovePlacement',
      'ChangeLegalStatus',
    ]);
  });

  it('an episode that changes nothing is a finding, read as part of the one before', () => {
    const { findings, facts } = findingsOf(`K,01/05/2023,S,C2,N1,U6,PR1,01/06/2023,X1,,,A,
                K,01/06/2023,P,C2,N1,U6,PR1,,,,,A,`);
    expect(findings).toEqual([['episodes.csv', 3, 'DECOM', '435']]);
    expect(facts).toEqual(['RegisterChild', 'StartCare']);
  });

  it('a later period that starts or ends in a temporary placement is refused', () => {
    expect(
      errorsOf(`K,01/05/2023,S,C2,N1,U6,PR1,01/06/2023,E4A,,,,
                K,05/06/2023,S,C2,N1,T1,,01/07/2023,X1,,,,
                K,01/07/2023,P,C2,N1,T4,,03/07/2023,E4A,,,,`),
    ).toEqual([
      [
        'episodes.csv',
        3,
        'PLACE',
        'PLACE is T1: a period of care cannot start in a temporary placement (rule 380)',
      ],
      ['episodes.csv', 4, 'REC', 'REC ends care in a temporary placement (T4): not allowed (rule 381)'],
    ]);
  });

  it('CIN changing within a period is a finding (rule 504): the period keeps its first', () => {
    const { findings } = findingsOf(`K,01/05/2023,S,C2,N1,U6,PR1,01/06/2023,X1,CARPL,,A,
                K,01/06/2023,P,C2,N2,U4,PR1,,,,,B,`);
    expect(findings).toEqual([['episodes.csv', 3, 'CIN', '504']]);
  });

  it('care first shown in a temporary placement that no usual placement follows', () => {
    expect(errorsOf('K,20/03/2023,P,C2,N1,T1,,,,,,,')).toEqual([
      [
        'episodes.csv',
        2,
        'PLACE',
        'PLACE is T1: the returns first show this care in a temporary placement, and no usual placement follows it in the period (import the year care began)',
      ],
    ]);
  });

  it('adoption without a placement for adoption, and a code not valid on the day', () => {
    expect(errorsOf('K,01/11/2023,S,C2,N1,P2,PR1,01/12/2023,E11,,,,')).toEqual([
      ['episodes.csv', 2, 'PLACE', 'PLACE P2 is not a valid placement type on 2023-11-01'],
      ['episodes.csv', 2, 'REC', 'REC is E11 (adopted) but the placement is P2, not A3–A6 (rule 390)'],
    ]);
  });

  it('a date after today', () => {
    expect(errorsOf('K,01/07/2024,S,C2,N1,U6,PR1,,,,,,')).toEqual([
      ['episodes.csv', 2, 'DECOM', 'DECOM dates a StartCare on 2024-07-01, after today (2024-06-01)'],
    ]);
  });

  it('the same episode twice in one return', () => {
    expect(
      errorsOf(`K,01/05/2023,S,C2,N1,U6,PR1,,,,,,
                K,01/05/2023,S,C2,N1,U4,PR1,,,,,,`),
    ).toEqual([
      ['episodes.csv', 3, 'DECOM', 'DECOM repeats the DECOM of line 2: one row per key in a return'],
    ]);
  });

  it('MOTHER other than 0 or 1, and MC_DOB not after DOB', () => {
    const header = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nK,2,01/01/2010,WBRI,,2,01/01/2009';
    expect(errorsOf('K,01/05/2023,S,C2,N1,U6,PR1,,,,,,', { header })).toEqual([
      ['header.csv', 2, 'MOTHER', "MOTHER '2' is not one of 0, 1"],
      ['header.csv', 2, 'MC_DOB', "MC_DOB is not after DOB: the mother's first child is born after her"],
    ]);
  });

  it('inconsistent or withdrawn OC3 codes leave the contact out, reported against oc3.csv (rules 344, 132)', () => {
    const died = 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nK,01/01/2005,DIED,F1,0';
    const header = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nK,1,01/01/2005,WBRI,,,';
    const leftCare = 'K,01/05/2021,S,C2,N1,U6,PR1,01/06/2022,E4A,,,,';
    const first = findingsOf(leftCare, { oc3: died, header });
    expect(first.findings).toEqual([['oc3.csv', 2, 'IN_TOUCH', '344']]);
    expect(first.facts).not.toContain('RecordCareLeaverContact');
    const withdrawn = 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nK,01/01/2005,YES,F3,U1';
    const second = findingsOf(leftCare, { oc3: withdrawn, header });
    expect(second.findings).toEqual([['oc3.csv', 2, 'ACTIV', '132']]);
    expect(second.facts).toEqual(['RegisterChild', 'StartCare', 'EndCare']);
  });

  it('an adoption decision that no period of care in the returns can hold', () => {
    const placed = 'CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\nK,01/01/2010,01/07/2023,,';
    const twoPeriods = `K,01/05/2023,S,C2,N1,U6,PR1,01/06/2023,E4A,,,,
                        K,01/09/2023,S,C2,N1,U6,PR1,,,,,,`;
    expect(errorsOf(twoPeriods, { placed_adoption: placed })).toEqual([
      [
        'placed_adoption.csv',
        2,
        'DATE_PLACED',
        'DATE_PLACED 2023-07-01 is after care first began but in no period of care of the imported returns (rule 334: import the year of that care)',
      ],
    ]);
    const ad1 =
      'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\nK,01/01/2010,01/07/2023,,,,,';
    expect(errorsOf(twoPeriods, { ad1 })).toEqual([
      [
        'ad1.csv',
        2,
        'DATE_INT',
        'DATE_INT 2023-07-01 is after care first began but in no period of care of the imported returns (rule 334: import the year of that care)',
      ],
    ]);
  });

  it('a care leaver contact on a birthday the returns show in care is left out (rule 1007)', () => {
    const oc3 = 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nK,01/01/2006,YES,F1,U1';
    const header = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nK,1,01/01/2006,WBRI,,,';
    const { findings, facts } = findingsOf('K,01/05/2023,S,C2,N1,U6,PR1,01/02/2024,E4A,,,,', { oc3, header });
    expect(findings).toEqual([['oc3.csv', 2, 'IN_TOUCH', '1007']]);
    expect(facts).toEqual(['RegisterChild', 'StartCare', 'EndCare']);
  });

  it('OC3 at an age it does not cover is left out (rule 391)', () => {
    const oc3 = 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nK,01/01/2010,YES,F1,U1';
    expect(findingsOf('K,01/05/2023,S,C2,N1,U6,PR1,,,,,,', { oc3 }).findings).toEqual([
      ['oc3.csv', 2, 'DOB', '391'],
    ]);
  });

  it('a child in the header with no episode and no OC3 row is registered with a warning (EPI)', () => {
    const ret = csvReturn('2023-24', { header: HEADER });
    const stitched = stitchedChild([ret], 'K');
    const result = deriveChildFacts(stitched.records, {
      authority: 'E06000059',
      context: { now: '2024-06-01T00:00:00Z' },
    });
    expect(
      result.ok && result.findings.map((f) => [f.file.split('/').pop(), f.line, f.column, f.rule]),
    ).toEqual([['header.csv', 2, 'CHILD', 'EPI']]);
  });
});
