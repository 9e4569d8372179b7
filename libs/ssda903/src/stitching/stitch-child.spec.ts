import { csvReturn } from '../testing/csv-return';
import { stitchedChild } from '../testing/records-of-returns';

const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const episodesIn = (year: string, rows: string, header = 'S,1,01/01/2012,WBRI,,,') =>
  csvReturn(year, { header: `${HEADER}\n${header}`, episodes: `${EPISODES}\n${rows}` }, year);

const spans = (returns: ReturnType<typeof episodesIn>[], importedYears?: string[]) =>
  stitchedChild(returns, 'S', undefined, { importedYears }).records.episodes.map((e) => [
    e.decom,
    e.dec ?? null,
    e.place,
    e.source?.file,
  ]);

describe('stitchChild', () => {
  const older = episodesIn(
    '2022-23',
    `S,01/05/2022,S,C2,N1,U6,PR1,01/03/2023,X1,,,,
     S,01/03/2023,P,C2,N1,U4,PR1,,,,,,`,
  );

  it("replaces the child's episodes that overlap the newer return's year, keeping earlier ones", () => {
    const newer = episodesIn('2023-24', 'S,01/03/2023,P,C2,N1,U5,PR1,,,,,,');
    expect(spans([newer, older])).toEqual([
      ['2022-05-01', '2023-03-01', 'U6', '2022-23/2022-23/episodes.csv'],
      ['2023-03-01', null, 'U5', '2023-24/2023-24/episodes.csv'],
    ]);
  });

  it('lets a later return remove an episode of its year, and re-send one of an earlier year', () => {
    const newer = episodesIn(
      '2023-24',
      `S,01/05/2022,S,C2,N1,U3,PR1,01/02/2023,X1,,,,
       S,01/02/2023,P,C2,N1,U4,PR1,,,,,,`,
    );
    expect(spans([older, newer])).toEqual([
      ['2022-05-01', '2023-02-01', 'U3', '2023-24/2023-24/episodes.csv'],
      ['2023-02-01', null, 'U4', '2023-24/2023-24/episodes.csv'],
    ]);
  });

  it('leaves alone a child who is not in the newer return', () => {
    const newer = csvReturn('2023-24', { header: `${HEADER}\nOTHER,1,01/01/2012,WBRI,,,` });
    expect(spans([older, newer])).toHaveLength(2);
  });

  it('lets an older return change nothing a newer imported year covers', () => {
    const oldest = episodesIn(
      '2021-22',
      `S,01/05/2021,S,C2,N1,U6,PR1,01/05/2022,E4A,,,,
       S,01/03/2022,S,C2,N1,U1,PR1,,,,,,`,
    );
    const base = stitchedChild([older], 'S').records;
    const onto = (importedYears?: string[]) =>
      stitchedChild([oldest], 'S', base, { importedYears }).records.episodes.map((e) => [
        e.decom,
        e.dec ?? null,
      ]);
    expect(onto(['2022-23'])).toEqual([
      ['2022-05-01', '2023-03-01'],
      ['2023-03-01', null],
    ]);
    // Without knowing 2022-23 was imported, the older rows would stand beside the newer ones.
    expect(onto()).toEqual([
      ['2021-05-01', '2022-05-01'],
      ['2022-03-01', null],
      ['2022-05-01', '2023-03-01'],
      ['2023-03-01', null],
    ]);
  });

  it('takes the header of a child the ledger does not hold from an older return, newer years imported or not', () => {
    const header = stitchedChild([older], 'S', undefined, { importedYears: ['2023-24'] }).records.header;
    expect(header).toMatchObject({ childId: 'S', dateOfBirth: '2012-01-01' });
    const base = stitchedChild(
      [episodesIn('2023-24', 'S,01/05/2023,S,C2,N1,U6,PR1,,,,,,', 'S,2,01/01/2012,WIRI,,,')],
      'S',
    ).records;
    const held = stitchedChild([older], 'S', base, { importedYears: ['2023-24'] }).records.header;
    expect(held).toMatchObject({ sex: 'F', ethnicity: 'WIRI' });
  });

  it('keeps the latest header, and reports a bad row only when it stands', () => {
    const bad = episodesIn('2022-23', 'S,01/05/2022,S,C2,N1,U6,PR9,,,,,,', 'S,1,01/01/2012,WBRI,,,');
    const fixed = episodesIn('2023-24', 'S,01/05/2022,S,C2,N1,U6,PR1,,,,,,', 'S,2,01/01/2012,WIRI,,,');
    const stitched = stitchedChild([bad, fixed], 'S');
    expect(stitched.errors).toEqual([]);
    expect(stitched.records.header).toMatchObject({ sex: 'F', ethnicity: 'WIRI' });
    expect(stitchedChild([bad], 'S').errors.map((e) => e.reason)).toEqual([
      "PLACE_PROVIDER 'PR9' is not a valid PLACE_PROVIDER code",
    ]);
  });

  it('keys care leaver rows by the return year', () => {
    const oc3 = (year: string, accom: string) =>
      csvReturn(year, { oc3: `CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nS,01/01/2004,YES,F1,${accom}` });
    const records = stitchedChild(
      [oc3('2022-23', 'U1'), oc3('2023-24', 'D1'), oc3('2023-24', 'B1')],
      'S',
    ).records;
    expect(records.oc3.map((o) => [o.year, o.accommodation])).toEqual([
      ['2022-23', 'U1'],
      ['2023-24', 'B1'],
    ]);
  });
});
