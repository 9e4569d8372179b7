import { type MeasuresReport, type Ratio } from '@ledger/projections';

type Days = MeasuresReport['adoption']['a10'];

const pct = (r: Ratio): string => (r.percent === null ? '   n/a' : `${r.percent.toFixed(1).padStart(5)}%`);
const ratio = (label: string, r: Ratio): string =>
  `  ${label.padEnd(44)} ${pct(r)}  (${r.numerator} / ${r.denominator})`;
const days = (label: string, d: Days): string =>
  `  ${label.padEnd(44)} ${d.count} children, mean ${d.meanDays ?? 'n/a'} days, median ${d.medianDays ?? 'n/a'} days`;

/** The report as a person reads it in a terminal; `--json` prints the document itself. */
export function formatReport(report: MeasuresReport): string {
  const { stability: s, location, adoption: a, careLeavers: c, snapshot } = report;
  const lines = [
    `Measures for ${report.window.from} to ${report.window.to}${report.asKnownAt ? `, as known at ${report.asKnownAt}` : ''}`,
    '',
    'Placement stability',
    ratio('3+ placements in the window', s.threePlusPlacements),
    ratio('3+ placements in two years', s.threePlusPlacementsTwoYears),
    ratio('Long-term stability (2+ years in placement)', s.longTerm),
    `  Moves by reason: ${
      Object.entries(s.movesByReason)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none'
    }`,
    '',
    `Location on ${report.window.to} (all children looked after)`,
    ratio('Outside the authority', location.all.outside),
    ratio('More than 20 miles from home', location.all.over20Miles),
    ratio('Outside and more than 20 miles', location.all.outsideAndOver20Miles),
    ratio('Outside the authority, excluding UASC', location.excludingUasc.outside),
    '',
    'Adoption',
    days('A10: care to moving in (adjusted)', a.a10),
    days('A1: care to placed for adoption', a.a1),
    days('A2: placement order to match', a.a2),
    ratio('A3: moved in within 14 months', a.a3),
    ratio('Left care by adoption', a.leftCareByAdoption),
    ratio('Left care by special guardianship', a.leftCareBySgo),
    '',
    'Care leavers (in touch / suitable accommodation / EET)',
    ...(['age17', 'age18', 'age19to21'] as const).map(
      (age) =>
        `  ${age.padEnd(10)} ${pct(c[age].inTouch)} ${pct(c[age].suitableAccommodation)} ${pct(c[age].educationEmploymentTraining)}`,
    ),
    ratio('Staying Put at 18', c.stayingPutAt18),
    '',
    `Children looked after on ${report.window.to}: ${snapshot.childrenLookedAfter} (UASC ${snapshot.uasc}, excluding UASC ${snapshot.excludingUasc})`,
    ...Object.entries(snapshot.byPlacementGroup).map(([group, n]) => `  ${group.padEnd(28)} ${n}`),
  ];
  return lines.join('\n');
}
