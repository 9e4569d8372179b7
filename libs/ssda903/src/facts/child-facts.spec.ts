import { ALL_RETURNS, AUTHORITY } from '../import/__fixtures__/authority-returns';
import { stitchedChild } from '../testing/records-of-returns';
import { csvReturn } from '../testing/csv-return';
import { deriveChildFacts, type ChildFactsResult } from './child-facts';
import { eventOfCommand } from '@ledger/domain';

const context = { now: '2025-01-01T00:00:00.000Z' };
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

function factsOf(result: ChildFactsResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.facts.map((f) => eventOfCommand(f.command));
}

describe('deriveChildFacts', () => {
  it('turns episodes into care, legal, move and temporary placement facts (child A)', () => {
    const { records, errors } = stitchedChild(ALL_RETURNS(), 'A');
    expect(errors).toEqual([]);
    const facts = factsOf(deriveChildFacts(records, { authority: AUTHORITY, context }));
    expect(facts).toEqual([
      {
        type: 'ChildRegistered',
        data: {
          childId: 'A',
          dateOfBirth: '2012-03-14',
          effectiveDate: '2012-03-14',
          sex: 'M',
          ethnicity: 'WBRI',
          upn: 'A123456789012',
          responsibleAuthority: AUTHORITY,
          homePostcode: 'DT1 1AA',
          uasc: false,
        },
      },
      {
        type: 'CareStarted',
        data: {
          effectiveDate: '2021-06-01',
          legalStatus: 'C1',
          categoryOfNeed: 'N1',
          placement: { type: 'U6', provider: 'PR1', postcode: 'DT2 2BB', urn: 'SC100001' },
        },
      },
      { type: 'LegalStatusChanged', data: { effectiveDate: '2021-09-01', legalStatus: 'C2' } },
      {
        type: 'PlacementMoved',
        data: {
          effectiveDate: '2022-02-01',
          placement: { type: 'U4', provider: 'PR4', postcode: 'BH1 1CC', urn: 'SC200002' },
          carerChanged: true,
          reason: 'CARPL',
        },
      },
      { type: 'TemporaryPlacementStarted', data: { effectiveDate: '2022-08-01', placement: { type: 'T2' } } },
      { type: 'TemporaryPlacementEnded', data: { effectiveDate: '2022-08-15' } },
      {
        type: 'PlacementMoved',
        data: {
          effectiveDate: '2023-01-10',
          placement: { type: 'U4', provider: 'PR4', postcode: 'BH2 2DD', urn: 'SC200002' },
          carerChanged: false,
          reason: 'PLACE',
        },
      },
    ]);
  });

  it('records a B/U episode as a legal status change and a move the same day, and adoption milestones (B)', () => {
    const { records } = stitchedChild(ALL_RETURNS(), 'B');
    const facts = factsOf(deriveChildFacts(records, { authority: AUTHORITY, context }));
    expect(facts.slice(1).map((f) => [f.type, f.data.effectiveDate])).toEqual([
      ['CareStarted', '2021-04-10'],
      ['AdoptionDecisionMade', '2021-08-01'],
      ['AdoptionMatched', '2021-09-15'],
      ['LegalStatusChanged', '2021-10-01'],
      ['PlacementMoved', '2021-10-01'],
      ['CareEnded', '2022-06-01'],
    ]);
    expect(facts[3].data).toEqual({
      effectiveDate: '2021-09-15',
      byFosterCarer: true,
      numberOfAdopters: 2,
      adopterSex: 'MF',
      adopterLegalStatus: 'L11',
    });
    expect(facts[5].data).toMatchObject({ carerChanged: false, reason: 'CARPL' });
    expect(facts[6].data).toEqual({ effectiveDate: '2022-06-01', reason: 'E11' });
  });

  it('starts Staying Put at E17 from foster care and ends it at the first contact not with the carers (C)', () => {
    const { records } = stitchedChild(ALL_RETURNS(), 'C');
    const facts = factsOf(deriveChildFacts(records, { authority: AUTHORITY, context }));
    expect(facts.slice(2).map((f) => [f.type, f.data])).toEqual([
      ['CareEnded', { effectiveDate: '2022-05-20', reason: 'E17' }],
      ['StayingPutStarted', { effectiveDate: '2022-05-20' }],
      [
        'CareLeaverContactRecorded',
        { effectiveDate: '2022-05-20', inTouch: 'YES', activity: 'F5', accommodation: 'Z1' },
      ],
      [
        'CareLeaverContactRecorded',
        { effectiveDate: '2023-05-20', inTouch: 'YES', activity: 'F5', accommodation: 'U1' },
      ],
      ['StayingPutEnded', { effectiveDate: '2023-05-20' }],
    ]);
  });

  it('registers a UASC child with the day the status ceased (D)', () => {
    const { records } = stitchedChild(ALL_RETURNS(), 'D');
    const [registered] = factsOf(deriveChildFacts(records, { authority: AUTHORITY, context }));
    expect(registered.data).toMatchObject({ uasc: true, uascCeasedOn: '2024-02-01' });
    expect(registered.data).not.toHaveProperty('homePostcode');
  });

  it('updates the home postcode when an episode carries a new HOME_POST, and infers a blank RNE', () => {
    const ret = csvReturn('2023-24', {
      header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nE,M,01/01/2015,WBRI,,,',
      episodes: `${EPISODES}
        E,01/05/2023,S,C2,N1,U6,PR1,01/06/2023,X1,,DT1 1AA,DT2 2BB,
        E,01/06/2023,,C2,N1,U6,PR1,,,,DT9 9ZZ,DT3 3CC,`,
    });
    const facts = factsOf(
      deriveChildFacts(stitchedChild([ret], 'E').records, { authority: AUTHORITY, context }),
    );
    expect(facts.map((f) => f.type)).toEqual([
      'ChildRegistered',
      'CareStarted',
      'ChildDetailsUpdated',
      'PlacementMoved',
    ]);
    expect(facts[2].data).toMatchObject({ effectiveDate: '2023-06-01', homePostcode: 'DT9 9ZZ' });
    expect(facts[3].data).toMatchObject({ carerChanged: false });
  });

  it('starts a period at the first episode known, whatever its RNE (care began before the oldest return)', () => {
    const ret = csvReturn('2023-24', {
      header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nF,2,01/01/2012,WBRI,,,',
      episodes: `${EPISODES}\nF,01/12/2022,P,C2,N1,U4,PR4,,,,DT1 1AA,DT2 2BB,SC1`,
    });
    const facts = factsOf(
      deriveChildFacts(stitchedChild([ret], 'F').records, { authority: AUTHORITY, context }),
    );
    expect(facts.map((f) => [f.type, f.data.effectiveDate])).toEqual([
      ['ChildRegistered', '2012-01-01'],
      ['CareStarted', '2022-12-01'],
    ]);
  });

  it('takes location and distance from the derived columns when the file has them', () => {
    const ret = csvReturn('2023-24', {
      header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nG,1,01/01/2012,WBRI,,,',
      episodes: `${EPISODES},PL_DISTANCE,PL_LA,PL_LOCATION
        G,01/05/2023,S,C2,N1,K2,PR4,01/06/2023,X1,CARPL,DT1 1AA,SO14 1AA,SC1,999.9,E06000045,OUT
        G,01/06/2023,P,C2,N1,U4,PR1,,,,DT1 1AA,,SC2,,CON,`,
    });
    const facts = factsOf(
      deriveChildFacts(stitchedChild([ret], 'G').records, { authority: AUTHORITY, context }),
    );
    expect(facts[1].data).toMatchObject({
      placement: { type: 'K2', authority: 'E06000045', location: 'OUT', distanceMiles: 999.9 },
    });
    expect(facts[2].data).toMatchObject({
      placement: { type: 'U4', provider: 'PR1', urn: 'SC2', authority: 'CON' },
    });
    expect(facts[2].data).not.toHaveProperty('placement.location');
    expect(facts[2].data).not.toHaveProperty('placement.distanceMiles');
  });
});
