import type { LocalDate } from '@ledger/domain';

/** The Ofsted ILACS Annex A lists the ledger can fill (docs/ssda903.md §8). */
export type AnnexAListNumber = 8 | 9 | 10;

/** One cell: a code, a date (`YYYY-MM-DD`), a number, or null when not recorded or not applicable. */
export type AnnexACell = string | number | null;

export type AnnexARow = Record<string, AnnexACell>;

/** What a list is asked for. */
export interface AnnexAOptions {
  /** The inspection date D. Timelines must already be built as known at the moment wanted. */
  readonly date: LocalDate;
}

/** An Annex A list: its columns in order, and one row per child sorted by `childId`. */
export interface AnnexAList<N extends AnnexAListNumber = AnnexAListNumber> {
  readonly list: N;
  readonly date: LocalDate;
  readonly columns: string[];
  readonly rows: AnnexARow[];
}
