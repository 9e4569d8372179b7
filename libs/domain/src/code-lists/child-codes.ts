import type { CodeList } from './code-list';

/** Sex: the 903 used 1/2 up to 2023-24 and M/F/U from 2024-25; the ledger stores M/F/U. */
export type Sex = 'M' | 'F' | 'U';
export const SEXES: CodeList<Sex> = {
  M: { meaning: 'Male' },
  F: { meaning: 'Female' },
  U: { meaning: 'Unknown or not recorded' },
};

export type Ethnicity =
  | 'WBRI'
  | 'WIRI'
  | 'WOTH'
  | 'WIRT'
  | 'WROM'
  | 'MWBC'
  | 'MWBA'
  | 'MWAS'
  | 'MOTH'
  | 'AIND'
  | 'APKN'
  | 'ABAN'
  | 'AOTH'
  | 'BCRB'
  | 'BAFR'
  | 'BOTH'
  | 'CHNE'
  | 'OOTH'
  | 'REFU'
  | 'NOBT';
const ETHNICITY_MEANINGS: Record<Ethnicity, string> = {
  WBRI: 'White British',
  WIRI: 'White Irish',
  WOTH: 'Any other White background',
  WIRT: 'Traveller of Irish heritage',
  WROM: 'Gypsy/Roma',
  MWBC: 'White and Black Caribbean',
  MWBA: 'White and Black African',
  MWAS: 'White and Asian',
  MOTH: 'Any other mixed background',
  AIND: 'Indian',
  APKN: 'Pakistani',
  ABAN: 'Bangladeshi',
  AOTH: 'Any other Asian background',
  BCRB: 'Caribbean',
  BAFR: 'African',
  BOTH: 'Any other Black background',
  CHNE: 'Chinese',
  OOTH: 'Any other ethnic group',
  REFU: 'Refused',
  NOBT: 'Information not yet obtained',
};
export const ETHNICITIES: CodeList<Ethnicity> = Object.fromEntries(
  Object.entries(ETHNICITY_MEANINGS).map(([code, meaning]) => [code, { meaning }]),
) as CodeList<Ethnicity>;
