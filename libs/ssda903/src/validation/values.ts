import { isCode, isCodeValidOn, type CodeList, type LocalDate } from '@ledger/domain';
import { collectionYearEnd, collectionYearStart, type CollectionYear } from '../formats/collection-year';
import { parseDate903 } from '../formats/date-903';
import type { CheckedRow } from './dfe-rule';

/** A 903 date cell as a LocalDate; undefined when blank or unreadable. */
export function dateOf(row: CheckedRow, field: string): LocalDate | undefined {
  const text = row.values[field]?.trim() ?? '';
  if (text === '') return undefined;
  const parsed = parseDate903(text);
  return parsed.ok ? parsed.date : undefined;
}

/** A cell is filled but is not a 903 date. */
export function badDate(row: CheckedRow, field: string): boolean {
  const text = row.values[field]?.trim() ?? '';
  return text !== '' && !parseDate903(text).ok;
}

export const cell = (row: CheckedRow, field: string): string => row.values[field]?.trim() ?? '';

/** A cell is filled but not on the list (or, given a day, not valid on it). */
export function badCode<C extends string>(
  list: CodeList<C>,
  row: CheckedRow,
  field: string,
  on?: LocalDate,
): boolean {
  const value = cell(row, field);
  if (value === '') return false;
  if (!isCode(list, value)) return true;
  return on !== undefined && !isCodeValidOn(list, value, on);
}

export const yearStart = (year: CollectionYear): LocalDate => collectionYearStart(year);
export const yearEnd = (year: CollectionYear): LocalDate => collectionYearEnd(year);

/** Rows grouped by CHILD, each group in the order given. */
export function byChild(rows: readonly CheckedRow[]): Map<string, CheckedRow[]> {
  const groups = new Map<string, CheckedRow[]>();
  for (const row of rows) {
    const id = cell(row, 'CHILD');
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

/** A child's episodes in DECOM order (unreadable DECOMs last). */
export function episodesInOrder(rows: readonly CheckedRow[]): CheckedRow[] {
  return [...rows].sort((a, b) => (dateOf(a, 'DECOM') ?? '9999').localeCompare(dateOf(b, 'DECOM') ?? '9999'));
}
