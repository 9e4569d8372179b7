import type { CollectionYear } from '../formats/collection-year';
import type { EpisodeKey } from '../records/parse-episode-row';
import { parseEpisodeRow } from '../records/parse-episode-row';
import {
  parseAd1Row,
  parseHeaderRow,
  parseOc3Row,
  parsePlacedAdoptionRow,
  parseUascRow,
  type ParsedRow,
  type PlacedAdoptionKey,
} from '../records/parse-rows';
import type {
  Ad1Record,
  EpisodeRecord,
  HeaderRecord,
  Oc3Record,
  PlacedAdoptionRecord,
  UascRecord,
} from '../records/records';
import type { Return, RowError } from '../reading/return';

/** One return's parsed rows for one child. */
export interface ChildReturnRows {
  readonly year: CollectionYear;
  readonly header: ParsedRow<HeaderRecord>[];
  readonly uasc: ParsedRow<UascRecord>[];
  readonly ad1: ParsedRow<Ad1Record>[];
  readonly episodes: ParsedRow<EpisodeRecord, EpisodeKey>[];
  readonly placedAdoption: ParsedRow<PlacedAdoptionRecord, PlacedAdoptionKey>[];
  readonly oc3: ParsedRow<Oc3Record>[];
}

export interface ParsedReturns {
  /** Per child, its rows in each return, oldest return first. */
  readonly byChild: Map<string, ChildReturnRows[]>;
  /** Errors of rows whose CHILD could not be read: they belong to no child. */
  readonly unattributed: RowError[];
}

const emptyRows = (year: CollectionYear): ChildReturnRows => ({
  year,
  header: [],
  uasc: [],
  ad1: [],
  episodes: [],
  placedAdoption: [],
  oc3: [],
});

/** Parses every imported row of the returns and groups them by child, then by return year. */
export function parseReturns(returns: readonly Return[]): ParsedReturns {
  const byChild = new Map<string, ChildReturnRows[]>();
  const unattributed: RowError[] = [];
  // Collection years are written alike: code-unit order is year order (no collation needed).
  const sorted = [...returns].sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
  for (const ret of sorted) {
    const current = new Map<string, ChildReturnRows>();
    const add = <R, K>(parsed: ParsedRow<R, K>, pick: (rows: ChildReturnRows) => ParsedRow<R, K>[]): void => {
      if (parsed.childId === undefined) {
        unattributed.push(...parsed.errors);
        return;
      }
      let rows = current.get(parsed.childId);
      if (!rows) {
        rows = emptyRows(ret.year);
        current.set(parsed.childId, rows);
        const list = byChild.get(parsed.childId) ?? [];
        list.push(rows);
        byChild.set(parsed.childId, list);
      }
      pick(rows).push(parsed);
    };
    for (const row of ret.tables.header) add(parseHeaderRow(row), (r) => r.header);
    for (const row of ret.tables.uasc) add(parseUascRow(row), (r) => r.uasc);
    for (const row of ret.tables.ad1) add(parseAd1Row(row), (r) => r.ad1);
    for (const row of ret.tables.episodes) add(parseEpisodeRow(row, ret.year), (r) => r.episodes);
    for (const row of ret.tables.placed_adoption) add(parsePlacedAdoptionRow(row), (r) => r.placedAdoption);
    for (const row of ret.tables.oc3) add(parseOc3Row(row, ret.year), (r) => r.oc3);
  }
  return { byChild, unattributed };
}
