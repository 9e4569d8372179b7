import type { LocalDate } from '@ledger/domain';
import {
  collectionYearEnd,
  collectionYearStart,
  overlapsCollectionYear,
  type CollectionYear,
} from '../formats/collection-year';
import type { ParsedRow } from '../records/parse-rows';
import type {
  Ad1Record,
  ChildRecords,
  DatedHeader,
  EpisodeRecord,
  HeaderRecord,
  Oc3Record,
  PlacedAdoptionRecord,
  UascRecord,
} from '../records/records';
import type { RowError } from '../reading/return';
import type { ChildReturnRows } from './child-rows';
import { sortErrors } from '../reading/sort-errors';

/** A child's standing records after stitching, and the errors of the rows that stand. */
export interface StitchedChild {
  readonly records: ChildRecords;
  /** Errors of standing rows, duplicate keys and unreadable keys: any error skips the child. */
  readonly errors: readonly RowError[];
  /** Unreadable optional rows (a care leaver contact): left out and reported, the child kept. */
  readonly findings: readonly RowError[];
}

export interface StitchOptions {
  /**
   * Years whose returns the ledger already holds. A return older than one of them changes
   * nothing that newer return covers: episodes and adoption decisions overlapping its year,
   * and the header, UASC and AD1 rows of a child the ledger holds.
   */
  readonly importedYears?: readonly CollectionYear[];
}

/** A standing row: its key span, and its record or the errors that stopped it being read. */
interface Entry<R> {
  readonly start: LocalDate;
  readonly end?: LocalDate;
  readonly record?: R;
  readonly errors: readonly RowError[];
}

type Covered = (start: LocalDate, end?: LocalDate) => boolean;
type Span = { start: LocalDate; end?: LocalDate };

/**
 * Stitches a child's rows across returns (docs/measures.md §8, "Which rows stand"): returns
 * apply oldest first; a return's episodes replace the child's earlier episodes that overlap
 * its year, and any with the same DECOM; placed_adoption rows likewise, keyed by DATE_PLACED;
 * header, UASC and AD1 rows are the latest; OC3 rows are keyed by the return's year (the
 * birthday in it). `base` is what the ledger already holds for the child, older than every
 * return given.
 */
export function stitchChild(
  childId: string,
  rows: readonly ChildReturnRows[],
  base?: ChildRecords,
  options: StitchOptions = {},
): StitchedChild {
  const errors: RowError[] = [];
  const findings: RowError[] = [];
  const episodes = new Map<LocalDate, Entry<EpisodeRecord>>();
  const placed = new Map<LocalDate, Entry<PlacedAdoptionRecord>>();
  const oc3 = new Map<CollectionYear, Entry<Oc3Record>>();
  for (const e of base?.episodes ?? [])
    episodes.set(e.decom, { start: e.decom, end: e.dec, record: e, errors: [] });
  for (const p of base?.placedAdoption ?? [])
    placed.set(p.decisionDate, { start: p.decisionDate, end: p.ceasedOn, record: p, errors: [] });
  for (const o of base?.oc3 ?? []) oc3.set(o.year, { start: o.year, record: o, errors: [] });
  let header = base?.header && entryOf<HeaderRecord>(base.header);
  // Each year's header holds from the year's start: a return says what held in its year.
  let headers: DatedHeader[] = [
    ...(base?.headers ?? (base?.header ? [{ effectiveDate: '', header: base.header }] : [])),
  ];
  let uasc = base?.uasc && entryOf<UascRecord>(base.uasc);
  let ad1 = base?.ad1 && entryOf<Ad1Record>(base.ad1);

  let shownEarlier = false;
  for (const ret of [...rows].sort((a, b) => byText(a.year, b.year))) {
    const newer = (options.importedYears ?? []).filter((y) => y > ret.year);
    const covered: Covered =
      newer.length === 0
        ? NOT_COVERED
        : (start, end) => newer.some((y) => overlapsCollectionYear(y, start, end));
    const episodeSpan = (p: ParsedRow<EpisodeRecord, { decom: LocalDate; dec?: LocalDate }>) =>
      p.key && { start: p.key.decom, end: p.key.dec };
    const placedSpan = (
      p: ParsedRow<PlacedAdoptionRecord, { decisionDate: LocalDate; ceasedOn?: LocalDate }>,
    ) => p.key && { start: p.key.decisionDate, end: p.key.ceasedOn };
    replaceInYear(ret.year, ret.episodes, episodeSpan, episodes, covered, errors, 'DECOM', fillInRne);
    replaceInYear(ret.year, ret.placedAdoption, placedSpan, placed, covered, errors, 'DATE_PLACED');
    const contact = single(ret.oc3, 'OC3', errors);
    if (contact && contact.errors.length > 0) {
      findings.push(...contact.errors.map(asContactFinding));
      oc3.set(ret.year, { start: ret.year, errors: [] });
    } else if (contact) oc3.set(ret.year, { start: ret.year, record: contact.record, errors: [] });
    // A child the ledger does not hold was in none of the newer returns: nothing newer covers it.
    if (newer.length > 0 && base) continue;
    header = latest(ret.header, header, 'header', errors);
    const shown = ret.header[0]?.record;
    if (shown) {
      // What the ledger held before this return stands for older years only if it holds an
      // older return (or this import brought one); otherwise this return's header is the first.
      const from = collectionYearStart(ret.year);
      const keepOlder = shownEarlier || (options.importedYears ?? []).some((y) => y < ret.year);
      headers = [
        ...(keepOlder ? headers.filter((h) => h.effectiveDate < from) : []),
        { effectiveDate: from, header: shown },
      ];
      shownEarlier = true;
    }
    uasc = latest(ret.uasc, uasc, 'UASC', errors);
    ad1 = latest(ret.ad1, ad1, 'AD1', errors);
  }
  const standing = <R>(entries: Iterable<Entry<R> | undefined>): R[] => {
    const records: R[] = [];
    for (const entry of entries) {
      if (!entry) continue;
      errors.push(...entry.errors);
      if (entry.record !== undefined) records.push(entry.record);
    }
    return records;
  };
  const byStart = <R>(m: Map<string, Entry<R>>): Entry<R>[] =>
    [...m.values()].sort((a, b) => byText(a.start, b.start));
  const records: ChildRecords = {
    childId,
    header: standing([header])[0],
    ...(headers.length > 1 ? { headers } : {}),
    uasc: standing([uasc])[0],
    ad1: standing([ad1])[0],
    episodes: standing(byStart(episodes)),
    placedAdoption: standing(byStart(placed)),
    oc3: standing(byStart(oc3)),
  };
  return { records, errors: sortErrors(errors), findings: sortErrors(findings) };
}

/** The DfE rule an unreadable OC3 value breaks (ssda903.md §3.8): 131–133, or 344/345 for IN_TOUCH against the others. */
function asContactFinding(error: RowError): RowError {
  const rule =
    error.column === 'ACTIV'
      ? '132'
      : error.column === 'ACCOM'
        ? '133'
        : /rule 344/.test(error.reason)
          ? '344'
          : /rule 345/.test(error.reason)
            ? '345'
            : '131';
  return { ...error, rule, reason: `${error.reason}; the contact is left out (DfE rule ${rule})` };
}

/**
 * Order of ISO dates and collection years, all written alike: code-unit order is their order,
 * and far cheaper than `localeCompare`'s collation.
 */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What an import of no newer year covers: nothing. */
const NOT_COVERED: Covered = () => false;

const entryOf = <R>(record: R): Entry<R> => ({ start: '', record, errors: [] });

/** The return's rows replace the standing rows that overlap its year (or share a key with them). */
function replaceInYear<R, K>(
  year: CollectionYear,
  rows: readonly ParsedRow<R, K>[],
  spanOf: (row: ParsedRow<R, K>) => Span | undefined,
  entries: Map<LocalDate, Entry<R>>,
  covered: Covered,
  errors: RowError[],
  keyColumn: string,
  fillIn?: (standing: R, older: R) => R,
): void {
  if (rows.length === 0) return;
  const from = collectionYearStart(year);
  const to = collectionYearEnd(year);
  for (const [key, entry] of entries) {
    const overlaps = entry.start <= to && (entry.end === undefined || entry.end >= from);
    if (overlaps && !covered(entry.start, entry.end)) entries.delete(key);
  }
  // A return usually shows one row of a child's table: no key can repeat then.
  const seen = rows.length > 1 ? new Map<LocalDate, ParsedRow<R, K>>() : undefined;
  for (const row of rows) {
    const span = spanOf(row);
    if (!span) {
      errors.push(...row.errors); // without its key no one can tell which row it amends
      continue;
    }
    const first = seen?.get(span.start);
    if (first) {
      errors.push(duplicate(row, first, keyColumn));
      continue;
    }
    seen?.set(span.start, row);
    const existing = entries.get(span.start);
    if (covered(span.start, span.end) || (existing && covered(existing.start, existing.end))) {
      if (fillIn && existing?.record !== undefined && row.record !== undefined)
        entries.set(span.start, { ...existing, record: fillIn(existing.record, row.record) });
      continue;
    }
    entries.set(span.start, { ...span, record: row.record, errors: row.errors });
  }
}

/**
 * The ledger rebuilds the first episode it holds with RNE S (it starts the period there). An
 * older return showing that same episode (same DECOM) knows its real RNE: take it, and nothing
 * else, so that joining the older care on does not read a new carer into it.
 */
function fillInRne(standing: EpisodeRecord, older: EpisodeRecord): EpisodeRecord {
  const rebuiltStart = standing.source === undefined && standing.rne === 'S';
  return rebuiltStart && older.rne !== undefined && older.rne !== 'S'
    ? { ...standing, rne: older.rne }
    : standing;
}

/** The one row of a child in a return's table; a second is a duplicate. */
function single<R, K>(rows: readonly ParsedRow<R, K>[], table: string, errors: RowError[]) {
  for (const extra of rows.slice(1)) errors.push(duplicate(extra, rows[0], `CHILD (${table})`));
  return rows[0];
}

function latest<R>(
  rows: readonly ParsedRow<R>[],
  previous: Entry<R> | undefined,
  table: string,
  errors: RowError[],
): Entry<R> | undefined {
  const row = single(rows, table, errors);
  return row ? { start: '', record: row.record, errors: row.errors } : previous;
}

function duplicate<R, K>(row: ParsedRow<R, K>, first: ParsedRow<R, K>, keyColumn: string): RowError {
  return {
    kind: 'duplicate',
    file: row.source.file,
    line: row.source.line,
    column: keyColumn.split(' ')[0],
    childId: row.childId,
    reason: `${keyColumn.split(' ')[0]} repeats the ${keyColumn} of line ${first.source.line}: one row per key in a return`,
  };
}
