import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTimeline, computeReport } from '@ledger/projections';
import { childRecordsOfLedger } from '../export/records-of-events';
import { exportYear } from '../export/export-year';
import { derivePlacementLocation, Gazetteer } from '../gazetteer/gazetteer';
import { normalisePostcode } from '../gazetteer/postcode';
import { MemoryLedger } from '../testing/memory-ledger';
import { checkedReturnOfExport, validateReturn } from '../validation/validate-return';
import { generateAuthority } from './generate-authority';
import { DEMO_POSTCODE_ROWS } from './postcodes/demo-postcodes';
import { Random } from './random';

// A small authority (about 150 looked after) keeps this suite quick; the default is 450.
const OPTIONS = { seed: 11, children: 150, years: 4, lastYear: '2024-25' } as const;

describe('generateAuthority', () => {
  const demo = generateAuthority(OPTIONS);
  const ledger = new MemoryLedger();
  const summary = ledger.import(demo.returns, { authority: 'E06000059', now: '2025-06-01T00:00:00Z' });
  const timelines = ledger.childIds().map((id) => buildTimeline(ledger.recordsOf(id)));
  const reportOn = (to: string) =>
    computeReport(timelines, { from: `${Number(to.slice(0, 4)) - 1}-04-01`, to });

  it('writes one return per year, the derived columns included', () => {
    expect(demo.returns.map((r) => r.year)).toEqual(['2021-22', '2022-23', '2023-24', '2024-25']);
    const episode = demo.returns[0].tables.episodes[0].values;
    expect(Object.keys(episode)).toEqual(expect.arrayContaining(['PL_DISTANCE', 'PL_LA', 'PL_LOCATION']));
  });

  it('imports whole through the import path: no child skipped', () => {
    expect(summary.children.filter((c) => c.kind === 'skipped')).toEqual([]);
    expect(ledger.childIds()).toHaveLength(demo.children);
  });

  it('keeps about 150 children looked after, most in foster care, some UASC, some out of area', () => {
    for (const to of ['2022-03-31', '2023-03-31', '2025-03-31']) {
      const { snapshot, location } = reportOn(to);
      expect(snapshot.childrenLookedAfter).toBeGreaterThan(90);
      expect(snapshot.childrenLookedAfter).toBeLessThan(190);
      expect(snapshot.byPlacementGroup.foster / snapshot.childrenLookedAfter).toBeGreaterThan(0.6);
      expect(snapshot.byPlacementGroup.childrensHomes).toBeGreaterThan(3);
      expect(snapshot.uasc).toBeGreaterThan(2);
      expect(location.all.outside.numerator).toBeGreaterThan(15);
      expect(location.all.over20Miles.numerator).toBeGreaterThan(5);
    }
  });

  it('fails none of the DfE rules the ledger checks in its 2023-24 export, read back from the ledger', () => {
    const children = ledger.childIds().map((id) => childRecordsOfLedger(ledger.recordsOf(id))!);
    const tables = exportYear('2023-24', children);
    expect(tables.episodes.rows.length).toBeGreaterThan(100);
    expect(validateReturn(checkedReturnOfExport('2023-24', tables)).failures).toEqual([]);
  });

  it('places children at real postcodes of the shipped sample, with PL_LA and distance by the DfE formula', () => {
    const gazetteer = new Gazetteer();
    for (const line of DEMO_POSTCODE_ROWS.split('\n')) {
      const [pcds, east, north, laua, utla] = line.split(',');
      gazetteer.add(pcds, {
        easting: Number(east),
        northing: Number(north),
        lowerTier: laua,
        upperTier: utla,
      });
    }
    const episodes = demo.returns.flatMap((r) => r.tables.episodes.map((e) => e.values));
    const located = episodes.filter((e) => e.PL_POST !== '' && e.PL_LA !== 'CON');
    expect(located.length).toBeGreaterThan(200);
    for (const e of located) {
      expect(gazetteer.lookup(e.PL_POST)).toBeDefined();
      const derived = derivePlacementLocation(gazetteer, 'E06000059', e.HOME_POST || undefined, e.PL_POST);
      expect([e.PL_LA, e.PL_LOCATION, e.PL_DISTANCE]).toEqual([
        derived.authority,
        derived.location,
        derived.distanceMiles === undefined ? '' : derived.distanceMiles.toFixed(1),
      ]);
    }
    const bcp = located.filter((e) => e.PL_LA === 'E06000058');
    expect(bcp.length).toBeGreaterThan(0);
    expect(bcp.every((e) => e.PL_LOCATION === 'OUT')).toBe(true);
  });

  it('ships its postcodes as the CSV beside the module, with the licence notice', () => {
    const dir = join(__dirname, 'postcodes');
    const csv = readFileSync(join(dir, 'demo-postcodes.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('pcds,oseast1m,osnrth1m,laua,utla');
    expect(csv.slice(1)).toEqual(DEMO_POSTCODE_ROWS.split('\n'));
    expect(csv.length).toBeGreaterThan(2000);
    expect(csv.slice(1).every((line) => normalisePostcode(line.split(',')[0]) === line.split(',')[0])).toBe(
      true,
    );
    expect(readFileSync(join(dir, 'NOTICE.md'), 'utf8')).toContain('Open Government Licence v3.0');
  });

  it('has moves with reasons, temporary placements, adoptions, care leavers and Staying Put', () => {
    const report = reportOn('2024-03-31');
    expect(report.stability.movesByReason.CARPL).toBeGreaterThan(20);
    expect(report.stability.movesByReason.PLACE).toBeGreaterThan(5);
    expect(report.adoption.leftCareByAdoption.numerator).toBeGreaterThan(2);
    expect(report.careLeavers.age19to21.inTouch.denominator).toBeGreaterThan(12);
    expect(report.careLeavers.stayingPutAt18.denominator).toBeGreaterThan(1);
    expect(timelines.some((t) => t.temporaryPlacements.length > 0)).toBe(true);
    const tables = demo.returns[2].tables;
    expect(
      [tables.ad1.length, tables.placed_adoption.length, tables.uasc.length, tables.oc3.length].every(
        (n) => n > 0,
      ),
    ).toBe(true);
  });

  it('is deterministic for a seed, and scales with the number of children', () => {
    const again = generateAuthority(OPTIONS);
    expect(again.returns.map((r) => r.tables)).toEqual(demo.returns.map((r) => r.tables));
    const other = generateAuthority({ ...OPTIONS, seed: 12 });
    expect(other.returns[0].tables.episodes).not.toEqual(demo.returns[0].tables.episodes);
    const small = generateAuthority({ ...OPTIONS, children: 40 });
    expect(small.children).toBeLessThan(demo.children / 2);
  });
});

describe('DemoAuthority.batches', () => {
  it('cuts the same rows as the whole, a batch of children at a time', () => {
    const demo = generateAuthority({ seed: OPTIONS.seed, children: 40, years: 3 }); // the seed's calibration is reused
    const batches = [...demo.batches(25)];
    expect(batches).toHaveLength(Math.ceil(demo.children / 25));
    for (const [i, whole] of demo.returns.entries()) {
      for (const table of ['header', 'episodes', 'oc3'] as const) {
        const rows = batches.flatMap((b) => b[i].tables[table].map((r) => r.values));
        expect(rows).toEqual(whole.tables[table].map((r) => r.values));
      }
    }
  });
});

describe('Random', () => {
  it('gives the same sequence for the same seed and stays in range', () => {
    const a = new Random(5);
    const b = new Random(5);
    const draws = Array.from({ length: 100 }, () => a.int(1, 6));
    expect(Array.from({ length: 100 }, () => b.int(1, 6))).toEqual(draws);
    expect(draws.every((d) => d >= 1 && d <= 6)).toBe(true);
    expect(new Set(draws).size).toBe(6);
  });
});
