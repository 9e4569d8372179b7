import type { CodeList } from './code-list';

/** PLACE: placement type (docs/ssda903.md §3.4). */
export type PlacementType =
  | 'A3'
  | 'A4'
  | 'A5'
  | 'A6'
  | 'H5'
  | 'K1'
  | 'K2'
  | 'K3'
  | 'P1'
  | 'P2'
  | 'P3'
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R5'
  | 'S1'
  | 'T0'
  | 'T1'
  | 'T2'
  | 'T3'
  | 'T4'
  | 'U1'
  | 'U2'
  | 'U3'
  | 'U4'
  | 'U5'
  | 'U6'
  | 'Z1'
  | 'Z11'
  | 'Z12'
  | 'Z13'
  | 'Z14';

export const PLACEMENT_TYPES: CodeList<PlacementType> = {
  A3: { meaning: 'Placed for adoption with consent with current foster carer(s)' },
  A4: { meaning: 'Placed for adoption with consent, not with current foster carer(s)' },
  A5: { meaning: 'Placed for adoption with placement order with current foster carer(s)' },
  A6: { meaning: 'Placed for adoption with placement order, not with current foster carer(s)' },
  H5: {
    meaning: "Semi-independent living not subject to children's homes regulations",
    validUntil: '2025-04-01',
  },
  K1: { meaning: "Secure children's home" },
  K2: { meaning: "Children's home subject to Children's Homes Regulations" },
  K3: { meaning: 'Registered supported accommodation', validFrom: '2023-10-28' },
  P1: { meaning: 'Placed with own parent(s) or other person(s) with parental responsibility' },
  P2: { meaning: 'Independent living', validUntil: '2023-10-28' },
  P3: { meaning: 'Residential employment' },
  R1: { meaning: 'Residential care home' },
  R2: { meaning: 'NHS/health trust or other establishment providing medical or nursing care' },
  R3: { meaning: 'Family centre or mother and baby unit' },
  R5: { meaning: 'Young offender institution' },
  S1: { meaning: 'Residential school' },
  T0: { meaning: 'Temporary move of any type' },
  T1: { meaning: 'Temporary period in hospital' },
  T2: { meaning: 'Temporary absence of the child on holiday' },
  T3: { meaning: 'Temporary accommodation while the normal foster carer(s) are on holiday' },
  T4: { meaning: 'Temporary accommodation of seven days or less for any other reason' },
  U1: { meaning: 'Foster placement with relative(s)/friend(s), long-term fostering' },
  U2: { meaning: 'Foster placement with relative(s)/friend(s) who are approved adopters (FFA/concurrent)' },
  U3: { meaning: 'Foster placement with relative(s)/friend(s), not long-term or FFA' },
  U4: { meaning: 'Foster placement with other foster carer(s), long-term fostering' },
  U5: { meaning: 'Foster placement with other foster carer(s) who are approved adopters (FFA/concurrent)' },
  U6: { meaning: 'Foster placement with other foster carer(s), not long-term or FFA' },
  Z1: { meaning: 'Other placement', validUntil: '2025-04-01' },
  Z11: { meaning: 'Other placement (Z11)', validFrom: '2025-04-01' },
  Z12: { meaning: 'Other placement (Z12)', validFrom: '2025-04-01' },
  Z13: { meaning: 'Other placement (Z13)', validFrom: '2025-04-01' },
  Z14: { meaning: 'Other placement (Z14)', validFrom: '2025-04-01' },
};

export const TEMPORARY_PLACEMENT_TYPES: readonly PlacementType[] = ['T0', 'T1', 'T2', 'T3', 'T4'];
export const FOSTER_PLACEMENT_TYPES: readonly PlacementType[] = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'];
export const ADOPTION_PLACEMENT_TYPES: readonly PlacementType[] = ['A3', 'A4', 'A5', 'A6'];
/** Placed for adoption with the current foster carer(s). */
export const ADOPTION_WITH_FOSTER_CARER_TYPES: readonly PlacementType[] = ['A3', 'A5'];

export const isTemporaryPlacement = (t: PlacementType): boolean => TEMPORARY_PLACEMENT_TYPES.includes(t);
export const isFosterPlacement = (t: PlacementType): boolean => FOSTER_PLACEMENT_TYPES.includes(t);
export const isAdoptionPlacement = (t: PlacementType): boolean => ADOPTION_PLACEMENT_TYPES.includes(t);

/** PLACE_PROVIDER (docs/ssda903.md §3.5). */
export type PlacementProvider = 'PR0' | 'PR1' | 'PR2' | 'PR3' | 'PR4' | 'PR5';

export const PLACEMENT_PROVIDERS: CodeList<PlacementProvider> = {
  PR0: { meaning: 'Parent(s) or other person(s) with parental responsibility' },
  PR1: { meaning: 'Own provision (by the LA)' },
  PR2: { meaning: 'Other LA provision' },
  PR3: { meaning: 'Other public provision' },
  PR4: { meaning: 'Private provision' },
  PR5: { meaning: 'Voluntary/third sector provision' },
};

/** REASON_PLACE_CHANGE (docs/ssda903.md §3.7), recorded against the ending placement. */
export type PlacementChangeReason =
  | 'CARPL'
  | 'CLOSE'
  | 'ALLEG'
  | 'STAND'
  | 'APPRR'
  | 'CREQB'
  | 'CREQO'
  | 'CHILD'
  | 'LAREQ'
  | 'PLACE'
  | 'CUSTOD'
  | 'OTHER';

export const PLACEMENT_CHANGE_REASONS: CodeList<PlacementChangeReason> = {
  CARPL: { meaning: 'Change to or implementation of the care plan' },
  CLOSE: { meaning: 'Resignation or closure of provision' },
  ALLEG: { meaning: 'Allegation (s47) under investigation' },
  STAND: { meaning: 'Standards of care concern' },
  APPRR: { meaning: 'Approval removed' },
  CREQB: { meaning: "Carer requests the placement end because of the child's behaviour" },
  CREQO: { meaning: 'Carer requests the placement end for other reasons' },
  CHILD: { meaning: 'Child requests the placement end' },
  LAREQ: { meaning: 'Responsible or area authority requests the placement end' },
  PLACE: { meaning: 'Change in the status of the placement only' },
  CUSTOD: { meaning: 'Custody arrangement' },
  OTHER: { meaning: 'Other' },
};
