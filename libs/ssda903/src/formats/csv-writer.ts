import { stringify } from 'csv-stringify/sync';

/** What a spreadsheet takes as the start of a formula (or a command, for `@`), or a hidden cell break. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number, negative ones included: Excel reads it as a number, never a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A cell that a spreadsheet will show as text: one beginning with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading apostrophe (OWASP's CSV injection advice). Excel shows such a
 * cell as the text after it; the 903 validator reads it as text that is not a valid code, so a
 * poisoned value is reported, never run. Plain numbers (`-1.5`) are left as they are.
 */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** A cell: text is made safe; a number is written as it is. */
export type CsvValue = string | number | null | undefined;

/**
 * The one CSV writer for everything the ledger writes (the 903 export, Annex A lists, error
 * reports): CRLF line ends, quoting as RFC 4180 needs, every cell made safe by {@link safeCell}.
 */
export function writeCsv(records: readonly (readonly CsvValue[])[]): string {
  return stringify(
    records.map((record) =>
      record.map((value) => (typeof value === 'string' ? safeCell(value) : (value ?? ''))),
    ),
    // A lone CR or LF is quoted too, so no reader takes it for a line end.
    { record_delimiter: '\r\n', quoted_match: /[\r\n]/ },
  );
}
