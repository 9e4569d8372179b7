import { isLocalDate, type LocalDate } from '@ledger/domain';

const DD_MM_YYYY = /^(\d{2})\/(\d{2})\/(\d{4})$/;

export type ParsedDate =
  { readonly ok: true; readonly date: LocalDate } | { readonly ok: false; readonly reason: string };

/**
 * Reads a 903 date, `DD/MM/YYYY` exactly (the DfE XSD pattern; docs/ssda903.md §1), into a
 * LocalDate. The reason says whether the shape or the calendar day is wrong.
 */
export function parseDate903(value: string): ParsedDate {
  const text = value.trim();
  const m = DD_MM_YYYY.exec(text);
  if (!m) return { ok: false, reason: `'${text}' is not a date in the form DD/MM/YYYY` };
  const date = `${m[3]}-${m[2]}-${m[1]}`;
  if (!isLocalDate(date)) return { ok: false, reason: `'${text}' is not a calendar day` };
  return { ok: true, date };
}

/** Writes a LocalDate (`YYYY-MM-DD`) as a 903 date, `DD/MM/YYYY`. */
export function formatDate903(date: LocalDate): string {
  if (!isLocalDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${String(date)}`);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
