import { isCode as isCodeOf, type CodeList, type LocalDate } from '@ledger/domain';
import { parseDate903 } from '../formats/date-903';
import type { Row, RowError, RowErrorKind, SourceRef } from '../reading/return';

/** Taken once: each use of another library's export goes through its re-export getters, for every value read. */
const isCode = isCodeOf;

/**
 * Reads one row's values, collecting an error per bad value (file, line, column, reason)
 * instead of stopping at the first, so one report shows everything to fix in a row.
 */
export class RowReader {
  readonly errors: RowError[] = [];
  readonly childId: string | undefined;

  readonly source: SourceRef;

  constructor(private readonly row: Row) {
    this.source = row.source;
    this.childId = this.text('CHILD');
    if (this.childId === undefined) this.fail('CHILD', 'is blank', 'missing');
    else if (this.childId.length > 10)
      this.fail('CHILD', `'${this.childId}' is longer than 10 characters`, 'value');
  }

  /** Whether the file has the column at all (the derived episode columns are optional). */
  has(column: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.row.values, column);
  }

  /** The trimmed value; a blank value is undefined. */
  text(column: string): string | undefined {
    const value = this.row.values[column]?.trim();
    return value ? value : undefined;
  }

  required(column: string): string | undefined {
    const value = this.text(column);
    if (value === undefined) this.fail(column, 'is blank', 'missing');
    return value;
  }

  date(column: string, required = false): LocalDate | undefined {
    const value = required ? this.required(column) : this.text(column);
    if (value === undefined) return undefined;
    const parsed = parseDate903(value);
    if (parsed.ok) return parsed.date;
    this.fail(column, parsed.reason, 'date');
    return undefined;
  }

  code<C extends string>(column: string, list: CodeList<C>, required = false): C | undefined {
    const value = required ? this.required(column) : this.text(column);
    if (value === undefined) return undefined;
    const upper = value.toUpperCase();
    if (isCode(list, upper)) return upper;
    this.fail(column, `'${value}' is not a valid ${column} code`, 'code');
    return undefined;
  }

  /** A value from a short fixed list, mapped to what the ledger stores. */
  oneOf<T>(column: string, values: Readonly<Record<string, T>>, required = false): T | undefined {
    const value = required ? this.required(column) : this.text(column);
    if (value === undefined) return undefined;
    if (Object.prototype.hasOwnProperty.call(values, value.toUpperCase())) return values[value.toUpperCase()];
    this.fail(column, `'${value}' is not one of ${Object.keys(values).join(', ')}`, 'code');
    return undefined;
  }

  fail(column: string | undefined, reason: string, kind: RowErrorKind = 'rule'): void {
    this.errors.push({
      kind,
      file: this.row.source.file,
      line: this.row.source.line,
      ...(column ? { column } : {}),
      ...(this.childId ? { childId: this.childId } : {}),
      reason: column ? `${column} ${reason}` : reason,
    });
  }
}
