import { join } from 'node:path';
import { MemoryLedger } from '../testing/memory-ledger';
import { csvReturn } from '../testing/csv-return';
import { derivePlacementLocation, distanceInMiles, Gazetteer, placementAuthorityCode } from './gazetteer';
import { loadGazetteer } from './load-gazetteer';
import { normalisePostcode, postcodeSector } from './postcode';

const fixtures = join(__dirname, '__fixtures__');
const DORSET = 'E06000059';

describe('postcodes', () => {
  it('normalises full postcodes and finds their sector', () => {
    expect(normalisePostcode(' dt11aa ')).toBe('DT1 1AA');
    expect(normalisePostcode('SW1A 1AA')).toBe('SW1A 1AA');
    expect(normalisePostcode('DT1 1')).toBeUndefined();
    expect(postcodeSector('dt1  1aa')).toBe('DT1 1');
    expect(postcodeSector('DT11')).toBe('DT1 1');
    expect(postcodeSector('not a postcode')).toBeUndefined();
  });
});

describe('gazetteer', () => {
  it('looks a postcode up in full, then by sector', async () => {
    const gazetteer = await loadGazetteer(join(fixtures, 'sectors.csv'));
    expect(gazetteer.lookup('dt2 2bb')).toMatchObject({ easting: 372010, northing: 94490 });
    expect(gazetteer.lookup('DT2 2ZZ')).toMatchObject({ easting: 372000, northing: 94500 });
    expect(gazetteer.lookup('AB1 2CD')).toBeUndefined();
  });

  it('measures straight-line miles to one decimal place (docs/measures.md §3)', () => {
    expect(distanceInMiles({ easting: 369000, northing: 90500 }, { easting: 372000, northing: 94500 })).toBe(
      3.1,
    );
    expect(distanceInMiles({ easting: 369000, northing: 90500 }, { easting: 442000, northing: 111500 })).toBe(
      47.2,
    );
    expect(distanceInMiles({ easting: 369000, northing: 90500 }, {})).toBeUndefined();
  });

  it('derives PL_LA, PL_LOCATION and PL_DISTANCE from HOME_POST and PL_POST', async () => {
    const gazetteer = await loadGazetteer(join(fixtures, 'sectors.csv'));
    expect(derivePlacementLocation(gazetteer, DORSET, 'DT1 1AA', 'DT2 2XX')).toEqual({
      authority: DORSET,
      location: 'IN',
      distanceMiles: 3.1,
    });
    expect(derivePlacementLocation(gazetteer, DORSET, 'DT1 1AA', 'CF10 1AB')).toEqual({
      authority: 'WAL',
      location: 'OUT',
      distanceMiles: 63.4,
    });
    expect(derivePlacementLocation(gazetteer, DORSET, undefined, 'SO14 1AA')).toEqual({
      authority: 'E06000045',
      location: 'OUT',
      distanceMiles: undefined,
    });
    expect(derivePlacementLocation(gazetteer, DORSET, 'DT1 1AA', 'ZZ9 9AA')).toEqual({
      authority: DORSET,
      location: 'IN',
      distanceMiles: undefined,
    });
    expect(derivePlacementLocation(gazetteer, DORSET, 'DT1 1AA', undefined)).toEqual({
      authority: undefined,
      location: undefined,
      distanceMiles: undefined,
    });
  });

  it('reads a full ONSPD extract: the county is the upper tier, unless it is the no-county code', async () => {
    const gazetteer = await loadGazetteer(join(fixtures, 'onspd.csv'));
    expect(gazetteer.lookup('OX1 1AA')?.upperTier).toBe('E10000025');
    expect(gazetteer.lookup('DT1 1AA')?.upperTier).toBe(DORSET);
  });

  it('refuses a file without the directory columns, naming them', async () => {
    await expect(loadGazetteer(join(fixtures, 'sectors.csv'), { upperTierColumn: 'ctyua' })).rejects.toThrow(
      'sectors.csv: not a postcode directory, missing ctyua',
    );
    await expect(
      loadGazetteer(join(__dirname, '..', 'reading', '__fixtures__', 'returns', 'undated', 'oc3.csv')),
    ).rejects.toThrow('not a postcode directory, missing pcds, oseast1m, osnrth1m, laua');
  });

  it('names the nations outside England by their 903 codes', () => {
    expect(['W06000015', 'S12000036', 'N09000003', 'e06000059'].map(placementAuthorityCode)).toEqual([
      'WAL',
      'SCO',
      'NIR',
      'E06000059',
    ]);
  });
});

describe('importing with a gazetteer', () => {
  const EPISODES =
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
  const ret = csvReturn('2023-24', {
    header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nH,1,01/01/2012,WBRI,,,',
    episodes: `${EPISODES}
      H,01/05/2023,S,C2,N1,K2,PR4,01/06/2023,X1,CARPL,DT1 1AA,SO14 1AA,SC1
      H,01/06/2023,P,C2,N1,U4,PR1,,,,DT1 1AA,DT2 2BB,SC2`,
  });

  it('derives location and distance for episodes without the derived columns', () => {
    const gazetteer = new Gazetteer();
    gazetteer.add('DT1 1', { easting: 369000, northing: 90500, upperTier: DORSET });
    gazetteer.add('DT2 2BB', { easting: 372000, northing: 94500, upperTier: DORSET });
    gazetteer.add('SO14 1', { easting: 442000, northing: 111500, upperTier: 'E06000045' });
    const ledger = new MemoryLedger();
    ledger.import([ret], { authority: DORSET, now: '2025-01-01T00:00:00Z', gazetteer });
    const placements = ledger
      .events('H')
      .flatMap((e) => (e.type === 'CareStarted' || e.type === 'PlacementMoved' ? [e.data.placement] : []));
    expect(placements).toEqual([
      {
        type: 'K2',
        provider: 'PR4',
        postcode: 'SO14 1AA',
        urn: 'SC1',
        authority: 'E06000045',
        location: 'OUT',
        distanceMiles: 47.2,
      },
      {
        type: 'U4',
        provider: 'PR1',
        postcode: 'DT2 2BB',
        urn: 'SC2',
        authority: DORSET,
        location: 'IN',
        distanceMiles: 3.1,
      },
    ]);
  });

  it('leaves them unknown without a gazetteer', () => {
    const ledger = new MemoryLedger();
    ledger.import([ret], { authority: DORSET, now: '2025-01-01T00:00:00Z' });
    const started = ledger.events('H').find((e) => e.type === 'CareStarted');
    expect(started?.data).toMatchObject({ placement: { type: 'K2', postcode: 'SO14 1AA' } });
    expect(started?.data).not.toHaveProperty('placement.location');
  });
});
