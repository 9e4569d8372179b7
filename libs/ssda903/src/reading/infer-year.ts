import { collectionYearContaining, type CollectionYear } from '../formats/collection-year';
import { parseDate903 } from '../formats/date-903';
import type { Row } from './return';

/** Columns whose dates say which year a return is for (dates of birth do not). */
const EVENT_DATE_COLUMNS = [
  'DECOM',
  'DEC',
  'DUC',
  'DATE_INT',
  'DATE_MATCH',
  'DATE_PLACED',
  'DATE_PLACED_CEASED',
  'REVIEW',
  'MIS_START',
  'MIS_END',
  'SW_DECOM',
  'SW_DEC',
];

/** The later of `latest` and the row's event dates (ISO), for reading a file's year row by row. */
export function latestEventDate(
  values: Readonly<Record<string, string>>,
  latest?: string,
): string | undefined {
  for (const column of EVENT_DATE_COLUMNS) {
    const text = values[column];
    if (!text) continue;
    const parsed = parseDate903(text);
    if (parsed.ok && (latest === undefined || parsed.date > latest)) latest = parsed.date;
  }
  return latest;
}

/** The collection year containing the latest of these event dates. */
export const collectionYearOfLatest = (latest: string | undefined): CollectionYear | undefined =>
  latest === undefined ? undefined : collectionYearContaining(latest);

/**
 * The collection year containing the latest event date of the rows: every episode of a return
 * ends on or before the year's last day, and an authority's return always has some change in
 * its year. Unreadable dates are ignored here (they are reported when the rows are read).
 */
export function inferCollectionYear(rows: Iterable<Row>): CollectionYear | undefined {
  let latest: string | undefined;
  for (const row of rows) latest = latestEventDate(row.values, latest);
  return collectionYearOfLatest(latest);
}
