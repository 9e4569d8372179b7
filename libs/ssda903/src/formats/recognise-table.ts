import { EPISODE_DERIVED_COLUMNS, TABLE_COLUMNS, TABLE_NAMES, type TableName } from './table-columns';

export interface RecognisedTable {
  readonly ok: true;
  readonly table: TableName;
  /** Episodes only: whether the file carries PL_DISTANCE, PL_LA and PL_LOCATION. */
  readonly hasDerivedColumns: boolean;
}

export interface UnrecognisedTable {
  readonly ok: false;
  /** What is wrong, naming the closest table and the missing and unexpected columns. */
  readonly reason: string;
}

/**
 * Which 903 table a file is, from its header row: the column set must be exactly a table's
 * (order and case of the names aside; surrounding spaces are ignored). Episodes may carry all
 * three derived columns or none of them.
 */
export function recogniseTable(columns: readonly string[]): RecognisedTable | UnrecognisedTable {
  const names = columns.map((c) => c.trim().toUpperCase());
  const duplicates = names.filter((n, i) => n !== '' && names.indexOf(n) !== i);
  if (duplicates.length > 0) {
    return { ok: false, reason: `duplicate columns: ${[...new Set(duplicates)].join(', ')}` };
  }
  const given = new Set(names.filter((n) => n !== ''));
  for (const table of TABLE_NAMES) {
    for (const withDerived of table === 'episodes' ? [false, true] : [false]) {
      const expected = expectedColumns(table, withDerived);
      if (expected.length === given.size && expected.every((c) => given.has(c))) {
        return { ok: true, table, hasDerivedColumns: withDerived };
      }
    }
  }
  return { ok: false, reason: describeMismatch(given) };
}

function expectedColumns(table: TableName, withDerived: boolean): string[] {
  const base: readonly string[] = TABLE_COLUMNS[table];
  return withDerived ? [...base, ...EPISODE_DERIVED_COLUMNS] : [...base];
}

/** Names the table whose columns overlap most, so the message says what to fix. */
function describeMismatch(given: ReadonlySet<string>): string {
  let best: { table: TableName; expected: string[]; score: number } | undefined;
  for (const table of TABLE_NAMES) {
    const withDerived = table === 'episodes' && EPISODE_DERIVED_COLUMNS.some((c) => given.has(c));
    const expected = expectedColumns(table, withDerived);
    const common = expected.filter((c) => given.has(c)).length;
    const score = common / (expected.length + given.size - common);
    if (!best || score > best.score) best = { table, expected, score };
  }
  const columns = given.size === 0 ? 'no column names' : `columns ${[...given].join(', ')}`;
  if (!best || best.score < 0.3) return `not a 903 table (${columns})`;
  const missing = best.expected.filter((c) => !given.has(c));
  const unexpected = [...given].filter((c) => !best.expected.includes(c));
  const parts = [
    missing.length ? `missing ${missing.join(', ')}` : '',
    unexpected.length ? `unexpected ${unexpected.join(', ')}` : '',
  ].filter(Boolean);
  return `not a 903 table: closest is ${best.table}, ${parts.join('; ')}`;
}
