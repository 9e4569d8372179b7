import { codesOf, PLACEMENT_CHANGE_REASONS } from '@ledger/domain';
import { figureAt, type MeasuresReport, PLACEMENT_GROUPS, type PlacementGroup } from '@ledger/projections';

export type FigureKind = 'ratio' | 'days' | 'count';

/** One figure of the report: where it is in the report's JSON, its words and its definition. */
export interface Figure {
  readonly path: string;
  readonly label: string;
  /** The section of docs/measures.md that defines it (its anchor on the docs page is `section-<s>`). */
  readonly section: string;
  readonly kind: FigureKind;
}

export interface FigureTable {
  readonly id: string;
  readonly caption: string;
  readonly section: string;
  readonly figures: readonly Figure[];
}

export const PLACEMENT_GROUP_LABELS: Readonly<Record<PlacementGroup, string>> = {
  foster: 'Foster placements',
  fosterConnected: 'Foster placements with relatives or friends',
  fosterOther: 'Other foster placements',
  fosterOwnProvision: "Foster placements with the council's own carers",
  fosterIndependent: 'Foster placements through independent agencies',
  placedForAdoption: 'Placed for adoption',
  placedWithParents: 'Placed with parents',
  childrensHomes: "Children's homes",
  childrensHomesInside: "Children's homes inside the council's area",
  supportedAccommodation: 'Supported accommodation',
  residentialSchools: 'Residential schools',
  other: 'Other placements',
};

const LOCATION: readonly [string, string, string][] = [
  ['outside', 'Placed outside the council’s area', '3'],
  ['inside', 'Placed inside the council’s area', '3'],
  ['locationUnknown', 'Placement location not known', '3'],
  ['over20Miles', 'Placed more than 20 miles from home', '3'],
  ['within20Miles', 'Placed 20 miles or less from home', '3'],
  ['distanceUnknown', 'Distance from home not known', '3'],
  ['outsideAndOver20Miles', 'Placed outside the area and more than 20 miles from home', '3'],
];

const CARE_LEAVERS: readonly [string, string][] = [
  ['inTouch', 'In touch with the council'],
  ['suitableAccommodation', 'In suitable accommodation'],
  ['educationEmploymentTraining', 'In education, employment or training'],
  ['bedAndBreakfast', 'In bed and breakfast'],
  ['withFormerFosterCarers', 'Living with former foster carers'],
];

const ratio = (path: string, label: string, section: string): Figure => ({
  path,
  label,
  section,
  kind: 'ratio',
});

const locationTable = (key: string, who: string): FigureTable => ({
  id: `location-${key}`,
  caption: `Where children live: ${who}`,
  section: '3',
  figures: LOCATION.map(([leaf, label, section]) => ratio(`location.${key}.${leaf}`, label, section)),
});

const careLeaverTable = (key: string, who: string): FigureTable => ({
  id: `care-leavers-${key}`,
  caption: `Care leavers ${who}`,
  section: '5',
  figures: CARE_LEAVERS.map(([leaf, label]) => ratio(`careLeavers.${key}.${leaf}`, label, '5')),
});

/** Every figure of the report, in the tables the dashboard shows (docs/measures.md §9 order). */
export const FIGURE_TABLES: readonly FigureTable[] = [
  {
    id: 'stability',
    caption: 'Placement stability',
    section: '2',
    figures: [
      ratio(
        'stability.threePlusPlacements',
        'Children looked after with 3 or more placements in the window',
        '2a',
      ),
      ratio(
        'stability.threePlusPlacementsTwoYears',
        'Children in care for 2 years or more with 3 or more placements in the last 2 years',
        '2b',
      ),
      ratio(
        'stability.longTerm',
        'Children under 16 in care for 2½ years or more in the same placement for 2 years',
        '2c',
      ),
    ],
  },
  {
    id: 'moves',
    caption: 'Moves in the window, by the reason the placement ended',
    section: '2d',
    figures: codesOf(PLACEMENT_CHANGE_REASONS).map((code) => ({
      path: `stability.movesByReason.${code}`,
      label: `${PLACEMENT_CHANGE_REASONS[code].meaning} (${code})`,
      section: '2d',
      kind: 'count' as const,
    })),
  },
  locationTable('all', 'all children looked after on the last day'),
  locationTable('excludingUasc', 'children who are not unaccompanied asylum seekers'),
  locationTable('uasc', 'unaccompanied asylum-seeking children'),
  {
    id: 'adoption',
    caption: 'Adoption and permanence',
    section: '4',
    figures: [
      {
        path: 'adoption.a10',
        label:
          'Days from entering care to moving in with the adoptive family, foster carer adoptions adjusted (A10)',
        section: '4',
        kind: 'days',
      },
      {
        path: 'adoption.a1',
        label: 'Days from entering care to being placed for adoption (A1)',
        section: '4',
        kind: 'days',
      },
      {
        path: 'adoption.a2',
        label: 'Days from the placement order to the match with adopters (A2)',
        section: '4',
        kind: 'days',
      },
      ratio(
        'adoption.a3',
        'Children adopted who moved in with their adoptive family within 14 months of entering care (A3)',
        '4',
      ),
      ratio('adoption.leftCareByAdoption', 'Children leaving care who were adopted', '4'),
      ratio('adoption.leftCareBySgo', 'Children leaving care on a special guardianship order', '4'),
    ],
  },
  careLeaverTable('age17', 'aged 17'),
  careLeaverTable('age18', 'aged 18'),
  careLeaverTable('age19to21', 'aged 19 to 21'),
  {
    id: 'staying-put',
    caption: 'Staying Put',
    section: '5',
    figures: [
      ratio(
        'careLeavers.stayingPutAt18',
        'Young people leaving foster care at 18 still Staying Put 3 months later',
        '5',
      ),
    ],
  },
  {
    id: 'snapshot',
    caption: 'Children looked after on the last day, by placement',
    section: '6',
    figures: [
      { path: 'snapshot.childrenLookedAfter', label: 'Children looked after', section: '6', kind: 'count' },
      { path: 'snapshot.uasc', label: 'Unaccompanied asylum-seeking children', section: '6', kind: 'count' },
      { path: 'snapshot.excludingUasc', label: 'Other children', section: '6', kind: 'count' },
      ...PLACEMENT_GROUPS.map((group) => ({
        path: `snapshot.byPlacementGroup.${group}`,
        label: PLACEMENT_GROUP_LABELS[group],
        section: '6',
        kind: 'count' as const,
      })),
    ],
  },
];

export function findFigure(path: string): Figure | undefined {
  for (const table of FIGURE_TABLES)
    for (const figure of table.figures) if (figure.path === path) return figure;
  return undefined;
}

/** A table's columns, as the page and its CSV show them: only those its figures need. */
export interface TableColumn {
  readonly key: 'figure' | 'number' | 'outOf' | 'percent' | 'meanDays' | 'medianDays';
  readonly heading: string;
  readonly numeric: boolean;
}

export interface TableRow {
  readonly figure: Figure;
  readonly cells: Readonly<Record<TableColumn['key'], string>>;
  /** Whether children stand behind it (a list can be shown). */
  readonly hasChildren: boolean;
}

const show = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

export function columnsOf(table: FigureTable): TableColumn[] {
  const kinds = new Set(table.figures.map((f) => f.kind));
  const columns: TableColumn[] = [{ key: 'figure', heading: 'Figure', numeric: false }];
  columns.push({
    key: 'number',
    heading: kinds.has('days') && kinds.size === 1 ? 'Children' : 'Number',
    numeric: true,
  });
  if (kinds.has('ratio')) {
    columns.push(
      { key: 'outOf', heading: 'Out of', numeric: true },
      { key: 'percent', heading: 'Per cent', numeric: true },
    );
  }
  if (kinds.has('days')) {
    columns.push(
      { key: 'meanDays', heading: 'Mean days', numeric: true },
      { key: 'medianDays', heading: 'Median days', numeric: true },
    );
  }
  return columns;
}

/** The rows of one table for a report: the same cells on the page and in its CSV. */
export function rowsOf(table: FigureTable, report: MeasuresReport): TableRow[] {
  return table.figures.map((figure) => {
    const value = figureAt(report, figure.path) as Record<string, number | null> | number;
    const cells = { figure: figure.label, number: '', outOf: '', percent: '', meanDays: '', medianDays: '' };
    if (typeof value === 'number') cells.number = String(value);
    else if (figure.kind === 'days') {
      cells.number = show(value.count);
      cells.meanDays = show(value.meanDays);
      cells.medianDays = show(value.medianDays);
    } else {
      cells.number = show(value.numerator);
      cells.outOf = show(value.denominator);
      cells.percent = value.percent === null ? '' : value.percent.toFixed(1);
    }
    return {
      figure,
      cells,
      hasChildren: cells.number !== '0' || (cells.outOf !== '' && cells.outOf !== '0'),
    };
  });
}
