import { buildTimeline, computeReport } from '@ledger/projections';
import { MemoryLedger } from '../testing/memory-ledger';
import { generateAuthority } from './generate-authority';
import { Random } from './random';

/** A small authority, shared by the tests that need no realistic figures. */
const SMALL = { seed: 3, children: 40, years: 3 };
const small = generateAuthority(SMALL);

describe('generateAuthority', () => {
  const demo = generateAuthority({ seed: 11, years: 6, lastYear: '2024-25' });
  const ledger = new MemoryLedger();
  const summary = ledger.import(demo.returns, { authority: 'E06000059', now: '2025-06-01T00:00:00Z' });
  const timelines = ledger.childIds().map((id) => buildTimeline(ledger.recordsOf(id)));
  const reportOn = (to: string) =>
    computeReport(timelines, { from: `${Number(to.slice(0, 4)) - 1}-04-01`, to });

  it('writes one return per year, the derived columns included', () => {
    expect(demo.returns.map((r) => r.year)).toEqual([
      '2019-20',
      '2020-21',
      '2021-22',
      '2022-23',
      '2023-24',
      '2024-25',
    ]);
    const episode = demo.returns[0].tables.episodes[0].values;
    expect(Object.keys(episode)).toEqual(expect.arrayContaining(['PL_DISTANCE', 'PL_LA', 'PL_LOCATION']));
  });

  it('imports whole through the import path: no child skipped', () => {
    expect(summary.children.filter((c) => c.kind === 'skipped')).toEqual([]);
    expect(ledger.childIds()).toHaveLength(demo.children);
  });

  it('keeps about 450 children looked after, most in foster care, some UASC, some out of area', () => {
    for (const to of ['2021-03-31', '2023-03-31', '2025-03-31']) {
      const { snapshot, location } = reportOn(to);
      expect(snapshot.childrenLookedAfter).toBeGreaterThan(380);
      expect(snapshot.childrenLookedAfter).toBeLessThan(520);
      expect(snapshot.byPlacementGroup.foster / snapshot.childrenLookedAfter).toBeGreaterThan(0.6);
      expect(snapshot.byPlacementGroup.childrensHomes).toBeGreaterThan(10);
      expect(snapshot.uasc).toBeGreaterThan(5);
      expect(location.all.outside.numerator).toBeGreaterThan(50);
      expect(location.all.over20Miles.numerator).toBeGreaterThan(30);
    }
  });

  it('has moves with reasons, temporary placements, adoptions, care leavers and Staying Put', () => {
    const report = reportOn('2024-03-31');
    expect(report.stability.movesByReason.CARPL).toBeGreaterThan(20);
    expect(report.stability.movesByReason.PLACE).toBeGreaterThan(5);
    expect(report.adoption.leftCareByAdoption.numerator).toBeGreaterThan(2);
    expect(report.careLeavers.age19to21.inTouch.denominator).toBeGreaterThan(50);
    expect(report.careLeavers.stayingPutAt18.denominator).toBeGreaterThan(5);
    expect(timelines.some((t) => t.temporaryPlacements.length > 0)).toBe(true);
    const tables = demo.returns[4].tables;
    expect(
      [tables.ad1.length, tables.placed_adoption.length, tables.uasc.length, tables.oc3.length].every(
        (n) => n > 0,
      ),
    ).toBe(true);
  });

  it('is deterministic for a seed, and scales with the number of children', () => {
    // The small authority is enough to show determinism: every generation costs seconds.
    const again = generateAuthority(SMALL);
    expect(again.returns.map((r) => r.tables)).toEqual(small.returns.map((r) => r.tables));
    const other = generateAuthority({ ...SMALL, seed: SMALL.seed + 1 });
    expect(other.returns[0].tables.episodes).not.toEqual(small.returns[0].tables.episodes);
    expect(small.children).toBeLessThan(demo.children / 3);
  });
});

describe('DemoAuthority.batches', () => {
  it('cuts the same rows as the whole, a batch of children at a time', () => {
    const batches = [...small.batches(25)];
    expect(batches).toHaveLength(Math.ceil(small.children / 25));
    for (const [i, whole] of small.returns.entries()) {
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
