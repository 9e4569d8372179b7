import { isLocalDate as isLocalDateOf, type LocalDate } from '@ledger/domain';

/** Taken once: each use of another library's export goes through its re-export getters, for every date read. */
const isLocalDate = isLocalDateOf;

export type ParsedDate =
  { readonly ok: true; readonly date: LocalDate } | { readonly ok: false; readonly reason: string };

/**
 * Reads a 903 date, `DD/MM/YYYY` exactly (the DfE XSD pattern; docs/ssda903.md §1), into a
 * LocalDate. The reason says whether the shape or the calendar day is wrong.
 */
export function parseDate903(value: string): ParsedDate {
  const text = value.trim();
  if (!isDdMmYyyy(text)) return { ok: false, reason: `'${text}' is not a date in the form DD/MM/YYYY` };
  const date = `${text.slice(6, 10)}-${text.slice(3, 5)}-${text.slice(0, 2)}`;
  if (!isLocalDate(date)) return { ok: false, reason: `'${text}' is not a calendar day` };
  return { ok: true, date };
}

/** `^\d{2}\/\d{2}\/\d{4}$` by character codes: every date of every row of an import is read here. */
function isDdMmYyyy(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(2) !== 47 || text.charCodeAt(5) !== 47) return false;
  for (const i of DIGIT_AT) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const DIGIT_AT = [0, 1, 3, 4, 6, 7, 8, 9];

/** Writes a LocalDate (`YYYY-MM-DD`) as a 903 date, `DD/MM/YYYY`. */
export function formatDate903(date: LocalDate): string {
  if (!isLocalDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${String(date)}`);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
