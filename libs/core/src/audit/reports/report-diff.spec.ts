import { diffReports, flattenReport, touches } from './report-diff';

describe('report diff', () => {
  it('names each moved figure by its dotted path, leaving asKnownAt out', () => {
    const before = {
      asKnownAt: '5',
      location: { all: { outside: { numerator: 1, denominator: 4, percent: 25 } } },
      x: [1, 2],
    };
    const after = {
      asKnownAt: '9',
      location: { all: { outside: { numerator: 2, denominator: 4, percent: 50 } } },
      x: [1, 3],
    };
    expect(diffReports(before, after)).toEqual([
      { field: 'location.all.outside.numerator', old: 1, new: 2 },
      { field: 'location.all.outside.percent', old: 25, new: 50 },
      { field: 'x.1', old: 2, new: 3 },
    ]);
    expect([...flattenReport(before).keys()]).not.toContain('asKnownAt');
  });

  it('ties a percent to the child whose numerator or denominator moved, not a plain count to its siblings', () => {
    const touched = new Set(['location.all.outside.denominator']);
    expect(touches('location.all.outside.percent', touched)).toBe(true);
    expect(touches('location.all.outside.denominator', touched)).toBe(true);
    expect(touches('location.all.outside.numerator', touched)).toBe(false);
    expect(touches('snapshot.byPlacementGroup.foster', new Set(['snapshot.byPlacementGroup.other']))).toBe(
      false,
    );
  });
});
