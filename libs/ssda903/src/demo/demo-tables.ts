/**
 * The proportions the demo authority draws from. They follow the DfE's published national
 * figures where docs/ssda903.md and docs/measures.md give them (reasons for placement changes, foster
 * care majority, UASC share) and are plausible guesses elsewhere.
 */

/** REASON_PLACE_CHANGE of moves to a new carer; PLACE moves (24%) are the same-carer ones. */
export const NEW_CARER_MOVE_REASONS = {
  CARPL: 31,
  OTHER: 22,
  CREQB: 8,
  CREQO: 6,
  CHILD: 3,
  LAREQ: 1,
  STAND: 1,
  CLOSE: 1,
  ALLEG: 1,
  APPRR: 0.3,
  CUSTOD: 0.3,
} as const;

export const ETHNICITY_WEIGHTS = {
  WBRI: 70,
  WOTH: 5,
  WIRT: 0.5,
  WROM: 0.5,
  MWBC: 4,
  MWBA: 1.5,
  MWAS: 1.5,
  MOTH: 3,
  AIND: 0.5,
  APKN: 1,
  ABAN: 0.5,
  AOTH: 1,
  BCRB: 1,
  BAFR: 3,
  BOTH: 1,
  CHNE: 0.2,
  OOTH: 2,
  REFU: 0.3,
  NOBT: 0.5,
} as const;

export const UASC_ETHNICITY_WEIGHTS = { AOTH: 30, BAFR: 35, OOTH: 20, WOTH: 10, BOTH: 5 } as const;

export const CATEGORY_OF_NEED_WEIGHTS = {
  N1: 64,
  N2: 3,
  N3: 3,
  N4: 8,
  N5: 14,
  N6: 2,
  N7: 0.5,
  N8: 5.5,
} as const;

export const ENTRY_LEGAL_STATUS_WEIGHTS = { V2: 45, C1: 38, L2: 8, L1: 4, J1: 2, C2: 3 } as const;

/** Age at entry to care, in years, by band (about the national shape). */
export const ENTRY_AGE_WEIGHTS = { '0': 20, '1-4': 15, '5-9': 15, '10-15': 36, '16-17': 14 } as const;

export const FOSTER_PROVIDER_WEIGHTS = { PR1: 60, PR4: 30, PR5: 10 } as const;
export const HOME_PROVIDER_WEIGHTS = { PR4: 78, PR1: 16, PR5: 6 } as const;

export const IN_TOUCH_WEIGHTS = { YES: 88, NO: 5, REFU: 2, NREQ: 3.5, RHOM: 1, DIED: 0.5 } as const;

export const ACTIVITY_WEIGHTS = {
  F1: 7,
  P1: 1,
  F2: 20,
  P2: 3,
  F4: 4,
  P4: 1,
  F5: 17,
  P5: 8,
  G4: 8,
  G5: 26,
  G6: 5,
} as const;

/** Accommodation letters after care (Z is Staying Put, drawn apart); suitability drawn apart. */
export const ACCOMMODATION_WEIGHTS = {
  D: 22,
  U: 26,
  E: 8,
  B: 14,
  K: 3,
  C: 2,
  T: 3,
  R: 1,
  W: 1,
  X: 2,
  S: 1,
  V: 1,
  Y: 3,
} as const;
