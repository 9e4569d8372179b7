import { type AnnexAList } from '@ledger/projections';
import { writeCsv } from '@ledger/ssda903';

/** The list as CSV, its columns in order, a header row even when empty (as inspectors receive it). */
export function annexAListCsv(list: AnnexAList): string {
  const records = [list.columns, ...list.rows.map((row) => list.columns.map((c) => row[c] ?? ''))];
  return writeCsv(records);
}
