import {
  collectionYearEnd,
  collectionYearStart,
  overlapsCollectionYear,
  type CollectionYear,
} from '../formats/collection-year';
import { formatDate903 } from '../formats/date-903';
import { formatSex903 } from '../formats/sex-903';
import { columnsOf, IMPORTED_TABLES, type ImportedTable } from '../formats/table-columns';
import type { LocalDate } from '@ledger/domain';
import type { RowRef } from '../validation/dfe-rule';
import type { ChildRecords, EpisodeRecord, HeaderRecord, PlacedAdoptionRecord } from '../records/records';

export type CsvRow = Readonly<Record<string, string>>;

/** One table of a return as written: its exact columns and its rows. */
export interface ExportedTable {
  readonly columns: readonly string[];
  readonly rows: CsvRow[];
  /** With `withRefs`: per row, the ledger events behind it (for the data-quality report). */
  readonly refs?: RowRef[];
}

export type ExportedReturn = { readonly [T in ImportedTable]: ExportedTable };

export interface ExportOptions {
  /**
   * Write PL_DISTANCE, PL_LA and PL_LOCATION on episodes (the DfE derives them; a file with or
   * without them is a valid episodes file, but a tool that recognises 903 tables by their
   * exact column set refuses the wider one, so they are left out unless asked for).
   * @defaultValue false
   */
  readonly derivedColumns?: boolean;
  /** Give each row the ids of the events behind it (`ExportedTable.refs`). @defaultValue false */
  readonly withRefs?: boolean;
}

/**
 * A collection year's return as the ledger knows it: every child looked after at any time in
 * the year (episodes overlapping it), each care leaver with a contact in it, as the year's
 * return would show them. Things that happened after the year are left out: an episode or a
 * decision that ended later is open (DEC, REC and REASON_PLACE_CHANGE blank) as it was on 31 March.
 * The header is the one standing on the child's last day looked after in the year (31 March
 * if still looked after then, or for a care leaver); motherhood details only for children
 * looked after in the year (DfE rule 628); a UASC row only for a child whose status held on
 * some day of the year (rule 104), with DUC blank if it ceased after the year.
 */
export function exportYear(
  year: CollectionYear,
  children: Iterable<ChildRecords>,
  options: ExportOptions = {},
): ExportedReturn {
  const derived = options.derivedColumns ?? false;
  const rows = Object.fromEntries(IMPORTED_TABLES.map((t) => [t, [] as CsvRow[]])) as Record<
    ImportedTable,
    CsvRow[]
  >;
  const refs = Object.fromEntries(IMPORTED_TABLES.map((t) => [t, [] as RowRef[]])) as Record<
    ImportedTable,
    RowRef[]
  >;
  const add = (table: ImportedTable, row: CsvRow, ref: RowRef) => {
    rows[table].push(row);
    refs[table].push(ref);
  };
  const start = collectionYearStart(year);
  const end = collectionYearEnd(year);
  for (const child of children) {
    const episodes = child.episodes.filter((e) => overlapsCollectionYear(year, e.decom, e.dec));
    const contacts = child.oc3.filter((o) => o.year === year);
    if ((episodes.length === 0 && contacts.length === 0) || !child.header) continue;
    const header = headerOn(child, lastDayInYear(episodes, end));
    const dob = formatDate903(header.dateOfBirth);
    add('header', headerRow(header, year, episodes.length > 0), { eventId: header.eventId });
    for (const e of episodes)
      add('episodes', episodeRow(e, end, derived), {
        eventId: e.eventId,
        endEventId: e.dec !== undefined && e.dec <= end ? e.endEventId : undefined,
      });
    const ceased = child.uasc?.ceasedOn;
    if (child.uasc && (ceased === undefined || ceased >= start))
      add(
        'uasc',
        {
          CHILD: child.childId,
          SEX: formatSex903(header.sex, year),
          DOB: dob,
          DUC: ceased !== undefined && ceased <= end ? formatDate903(ceased) : '',
        },
        { eventId: child.uasc.eventId },
      );
    const adopted = episodes.some((e) => e.dec && e.dec <= end && (e.rec === 'E11' || e.rec === 'E12'));
    if (adopted && child.ad1) {
      const a = child.ad1;
      add(
        'ad1',
        {
          CHILD: child.childId,
          DOB: dob,
          DATE_INT: date(a.decisionDate),
          DATE_MATCH: date(a.matchDate),
          FOSTER_CARE: a.byFosterCarer === undefined ? '' : a.byFosterCarer ? '1' : '0',
          NB_ADOPTR: a.numberOfAdopters === undefined ? '' : String(a.numberOfAdopters),
          SEX_ADOPTR: a.adopterSex ?? '',
          LS_ADOPTR: a.adopterLegalStatus ?? '',
        },
        { eventId: a.eventId },
      );
    }
    if (episodes.length > 0)
      for (const p of child.placedAdoption.filter(
        (p) => p.decisionDate <= end && (!p.ceasedOn || p.ceasedOn >= start),
      ))
        add('placed_adoption', placedRow(child.childId, dob, p, end), { eventId: p.eventId });
    for (const c of contacts)
      add(
        'oc3',
        { CHILD: child.childId, DOB: dob, IN_TOUCH: c.inTouch, ACTIV: c.activity, ACCOM: c.accommodation },
        { eventId: c.eventId },
      );
  }
  return Object.fromEntries(
    IMPORTED_TABLES.map((t) => [
      t,
      {
        columns: columnsOf(t, t === 'episodes' && derived),
        rows: rows[t],
        ...(options.withRefs ? { refs: refs[t] } : {}),
      },
    ]),
  ) as unknown as ExportedReturn;
}

const date = (d: string | undefined): string => (d ? formatDate903(d) : '');

/** The last day of the year the child was looked after: the year's end if still in care then (or never in it). */
function lastDayInYear(episodes: readonly EpisodeRecord[], yearEnd: LocalDate): LocalDate {
  let last: LocalDate | undefined;
  for (const e of episodes) {
    if (e.dec === undefined || e.dec > yearEnd) return yearEnd;
    if (last === undefined || e.dec > last) last = e.dec;
  }
  return last ?? yearEnd;
}

/** The header standing on `day`: the latest version effective on or before it (else the first). */
export function headerOn(child: ChildRecords, day: LocalDate): HeaderRecord {
  const versions = child.headers;
  if (!versions || versions.length === 0) return child.header!;
  for (let i = versions.length - 1; i >= 0; i--)
    if (versions[i].effectiveDate <= day) return versions[i].header;
  return versions[0].header;
}

function headerRow(header: HeaderRecord, year: CollectionYear, lookedAfter: boolean): CsvRow {
  if (!lookedAfter) return { ...headerRow(header, year, true), MOTHER: '', MC_DOB: '' };
  return {
    CHILD: header.childId,
    SEX: formatSex903(header.sex, year),
    DOB: formatDate903(header.dateOfBirth),
    ETHNIC: header.ethnicity ?? '',
    UPN: header.upn ?? '',
    MOTHER: header.mother === undefined ? '' : String(header.mother),
    MC_DOB: date(header.firstChildDateOfBirth),
  };
}

function episodeRow(e: EpisodeRecord, yearEnd: string, derived: boolean): CsvRow {
  const endedInYear = e.dec !== undefined && e.dec <= yearEnd;
  const row: Record<string, string> = {
    CHILD: e.childId,
    DECOM: formatDate903(e.decom),
    RNE: e.rne ?? '',
    LS: e.legalStatus,
    CIN: e.categoryOfNeed,
    PLACE: e.place,
    PLACE_PROVIDER: e.provider ?? '',
    DEC: endedInYear ? date(e.dec) : '',
    REC: endedInYear ? (e.rec ?? '') : '',
    REASON_PLACE_CHANGE: endedInYear ? (e.reasonPlaceChange ?? '') : '',
    HOME_POST: e.homePostcode ?? '',
    PL_POST: e.placementPostcode ?? '',
    URN: e.urn ?? '',
  };
  if (derived) {
    row.PL_DISTANCE = e.derived?.distanceMiles === undefined ? '' : e.derived.distanceMiles.toFixed(1);
    row.PL_LA = e.derived?.authority ?? '';
    row.PL_LOCATION = e.derived?.location ?? '';
  }
  return row;
}

function placedRow(childId: string, dob: string, p: PlacedAdoptionRecord, yearEnd: string): CsvRow {
  const ceased = p.ceasedOn !== undefined && p.ceasedOn <= yearEnd;
  return {
    CHILD: childId,
    DOB: dob,
    DATE_PLACED: formatDate903(p.decisionDate),
    DATE_PLACED_CEASED: ceased ? date(p.ceasedOn) : '',
    REASON_PLACED_CEASED: ceased ? (p.ceasedReason ?? '') : '',
  };
}
