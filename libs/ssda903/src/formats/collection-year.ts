import { addDays, type LocalDate } from '@ledger/domain';

/** A collection year as the DfE writes it, `2023-24`: 1 April 2023 to 31 March 2024. */
export type CollectionYear = string;

const YEAR = /^(\d{4})-(\d{2})$/;

export function isCollectionYear(value: string): value is CollectionYear {
  const m = YEAR.exec(value);
  return !!m && (Number(m[1]) + 1) % 100 === Number(m[2]);
}

/** Throws a RangeError naming the value unless it is a collection year like `2023-24`. */
export function parseCollectionYear(value: string): CollectionYear {
  const text = value.trim();
  if (!isCollectionYear(text)) throw new RangeError(`Not a collection year (like 2023-24): ${value}`);
  return text;
}

/** The collection year starting 1 April of `startYear`. */
export function collectionYearOf(startYear: number): CollectionYear {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export const collectionYearStartYear = (year: CollectionYear): number => Number(year.slice(0, 4));
export const collectionYearStart = (year: CollectionYear): LocalDate => `${year.slice(0, 4)}-04-01`;
export const collectionYearEnd = (year: CollectionYear): LocalDate =>
  `${collectionYearStartYear(year) + 1}-03-31`;

/** The year's window, inclusive at both ends (docs/measures.md §0). */
export function collectionYearWindow(year: CollectionYear): { from: LocalDate; to: LocalDate } {
  return { from: collectionYearStart(year), to: collectionYearEnd(year) };
}

/** The collection year a day falls in. */
export function collectionYearContaining(date: LocalDate): CollectionYear {
  const y = Number(date.slice(0, 4));
  return collectionYearOf(date.slice(5) >= '04-01' ? y : y - 1);
}

export const nextCollectionYear = (year: CollectionYear): CollectionYear =>
  collectionYearOf(collectionYearStartYear(year) + 1);

export const previousCollectionYear = (year: CollectionYear): CollectionYear =>
  collectionYearOf(collectionYearStartYear(year) - 1);

/** Whether `[start, end]` (end open when undefined) shares a day with the year. */
export function overlapsCollectionYear(year: CollectionYear, start: LocalDate, end?: LocalDate): boolean {
  return start <= collectionYearEnd(year) && (end === undefined || end >= collectionYearStart(year));
}

/** The day after the year ends: an episode ending later was still open in that year's return. */
export const dayAfterCollectionYear = (year: CollectionYear): LocalDate =>
  addDays(collectionYearEnd(year), 1);

/**
 * The collection year named in a folder or file name: `2023-24`, `2023_24` or `202324`, or a
 * lone four-digit year `2024`, which means the year ending in March 2024 (as DfE file names use
 * it). The last match wins, so `SSDA903_2023_24.csv` works. Pass a single path segment (a file or
 * folder name): a whole path could name a year by accident (a temporary folder, a user name).
 */
export function collectionYearInName(path: string): CollectionYear | undefined {
  const candidates: CollectionYear[] = [];
  const pair = /(?<!\d)(\d{4})[-_ ]?(\d{2})(?!\d)/g;
  for (const m of path.matchAll(pair)) {
    const y = collectionYearOf(Number(m[1]));
    if (isPlausible(Number(m[1])) && y.slice(5) === m[2]) candidates.push(y);
  }
  if (candidates.length > 0) return candidates[candidates.length - 1];
  const single = [...path.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1])).filter(isPlausible);
  return single.length > 0 ? collectionYearOf(single[single.length - 1] - 1) : undefined;
}

const isPlausible = (year: number): boolean => year >= 1990 && year <= 2100;
