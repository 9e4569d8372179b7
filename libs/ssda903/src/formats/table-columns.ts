/**
 * The 903 CSV tables and their exact column sets (docs/ssda903.md §2, as in the DfE
 * validator's `config.py`). A file is recognised by its column set, whatever the order.
 */
export const TABLE_COLUMNS = {
  header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  episodes: [
    'CHILD',
    'DECOM',
    'RNE',
    'LS',
    'CIN',
    'PLACE',
    'PLACE_PROVIDER',
    'DEC',
    'REC',
    'REASON_PLACE_CHANGE',
    'HOME_POST',
    'PL_POST',
    'URN',
  ],
  uasc: ['CHILD', 'SEX', 'DOB', 'DUC'],
  reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  ad1: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  placed_adoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  prev_perm: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  oc2: [
    'CHILD',
    'DOB',
    'SDQ_SCORE',
    'SDQ_REASON',
    'CONVICTED',
    'HEALTH_CHECK',
    'IMMUNISATIONS',
    'TEETH_CHECK',
    'HEALTH_ASSESSMENT',
    'SUBSTANCE_MISUSE',
    'INTERVENTION_RECEIVED',
    'INTERVENTION_OFFERED',
  ],
  oc3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  sw_episodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
  dolo: ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'],
} as const satisfies Record<string, readonly string[]>;

export type TableName = keyof typeof TABLE_COLUMNS;

/** The tables the ledger imports and exports; the others are recognised and ignored. */
export const IMPORTED_TABLES = ['header', 'episodes', 'uasc', 'ad1', 'placed_adoption', 'oc3'] as const;
export type ImportedTable = (typeof IMPORTED_TABLES)[number];

export const isImportedTable = (table: TableName): table is ImportedTable =>
  (IMPORTED_TABLES as readonly string[]).includes(table);

/** Columns the DfE derives from HOME_POST and PL_POST; an episodes file may carry them or not. */
export const EPISODE_DERIVED_COLUMNS = ['PL_DISTANCE', 'PL_LA', 'PL_LOCATION'] as const;

export const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[];

/** The column names of a table as written on export (episodes optionally with the derived columns). */
export function columnsOf(table: TableName, withDerived = false): readonly string[] {
  const columns: readonly string[] = TABLE_COLUMNS[table];
  return table === 'episodes' && withDerived ? [...columns, ...EPISODE_DERIVED_COLUMNS] : columns;
}
