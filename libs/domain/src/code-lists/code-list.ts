import type { LocalDate } from '../values/local-date';

/** One code of a DfE code list, with its meaning and the days it is valid for new facts. */
export interface CodeEntry {
  readonly meaning: string;
  /** First day the code may be used for a new fact (inclusive). */
  readonly validFrom?: LocalDate;
  /** First day the code may no longer be used for a new fact. */
  readonly validUntil?: LocalDate;
}

export type CodeList<C extends string> = Readonly<Record<C, CodeEntry>>;

export function isCode<C extends string>(list: CodeList<C>, value: unknown): value is C {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(list, value);
}

/** True when the code exists and is valid on `on` (codes withdrawn later stay readable for old facts). */
export function isCodeValidOn<C extends string>(list: CodeList<C>, code: C, on: LocalDate): boolean {
  const entry = list[code];
  if (!entry) return false;
  if (entry.validFrom && on < entry.validFrom) return false;
  if (entry.validUntil && on >= entry.validUntil) return false;
  return true;
}

export function codesOf<C extends string>(list: CodeList<C>): C[] {
  return Object.keys(list) as C[];
}
