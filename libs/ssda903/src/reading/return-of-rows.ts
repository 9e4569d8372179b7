import type { CollectionYear } from '../formats/collection-year';
import { IMPORTED_TABLES, type ImportedTable } from '../formats/table-columns';
import { emptyTables, type Return, type Row } from './return';

export type RowValues = Readonly<Record<string, string>>;

/**
 * A return built in memory (the demo generator, tests): each table's rows get a source named
 * `<label>/<year>/<table>.csv` and the line they would have in that file (the header is line 1).
 */
export function returnOfRows(
  year: CollectionYear,
  tables: Partial<Record<ImportedTable, readonly RowValues[]>>,
  label = 'memory',
): Return {
  const built = emptyTables();
  for (const table of IMPORTED_TABLES) {
    const file = `${label}/${year}/${table}.csv`;
    built[table] = (tables[table] ?? []).map((values, i): Row => ({ source: { file, line: i + 2 }, values }));
  }
  return {
    year,
    tables: built,
    files: IMPORTED_TABLES.map((table) => ({
      path: `${label}/${year}/${table}.csv`,
      table,
      year,
      yearSource: 'given' as const,
      rows: built[table].length,
      imported: true,
    })),
  };
}
