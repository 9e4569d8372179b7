import type { Sex } from '@ledger/domain';
import { collectionYearStart, type CollectionYear } from './collection-year';

const FROM_903: Readonly<Record<string, Sex>> = { '1': 'M', '2': 'F', M: 'M', F: 'F', U: 'U' };

/**
 * Reads the 903 SEX code: `1`/`2` (up to 2023-24) or `M`/`F`/`U` (from 2024-25). Either form
 * is accepted in any year, since amended older returns are sometimes re-keyed in the new form.
 */
export function parseSex903(value: string): Sex | undefined {
  return FROM_903[value.trim().toUpperCase()];
}

/** The first collection year whose SEX is written M/F/U (docs/ssda903.md §2). */
const LETTER_CODES_FROM = '2024-04-01';

/** Writes SEX in the year's form: `1`/`2` up to 2023-24 (U has no code there and stays U), M/F/U after. */
export function formatSex903(sex: Sex, year: CollectionYear): string {
  if (collectionYearStart(year) >= LETTER_CODES_FROM) return sex;
  return sex === 'M' ? '1' : sex === 'F' ? '2' : 'U';
}
