import type { CodeList } from './code-list';

/** LS: legal status (docs/ssda903.md §3.2). */
export type LegalStatus =
  'C1' | 'C2' | 'D1' | 'E1' | 'V2' | 'V3' | 'V4' | 'L1' | 'L2' | 'L3' | 'J1' | 'J2' | 'J3';

export const LEGAL_STATUSES: CodeList<LegalStatus> = {
  C1: { meaning: 'Interim care order' },
  C2: { meaning: 'Full care order' },
  D1: { meaning: 'Freeing order granted', validUntil: '2005-12-31' },
  E1: { meaning: 'Placement order granted', validFrom: '2005-12-30' },
  V2: { meaning: 'Single period of accommodation under s20 CA 1989' },
  V3: { meaning: 'Agreed series of short-term breaks, individual episodes recorded' },
  V4: { meaning: 'Agreed series of short-term breaks, agreements recorded' },
  L1: { meaning: 'Under police protection and in LA accommodation' },
  L2: { meaning: 'Emergency protection order' },
  L3: { meaning: 'Child assessment order and in LA accommodation' },
  J1: { meaning: 'Remanded to LA accommodation or youth detention accommodation' },
  J2: { meaning: 'Placed in LA accommodation under PACE 1984' },
  J3: {
    meaning: 'Sentenced to a Youth Rehabilitation Order with residence or intensive fostering requirement',
  },
};

/** Short breaks: excluded from every measure. */
export const SHORT_BREAK_LEGAL_STATUSES: readonly LegalStatus[] = ['V3', 'V4'];
/** Placement order (or the historical freeing order): the start of A2. */
export const PLACEMENT_ORDER_LEGAL_STATUSES: readonly LegalStatus[] = ['E1', 'D1'];

/** CIN: category of need (docs/ssda903.md §3.3). */
export type CategoryOfNeed = 'N1' | 'N2' | 'N3' | 'N4' | 'N5' | 'N6' | 'N7' | 'N8';

export const CATEGORIES_OF_NEED: CodeList<CategoryOfNeed> = {
  N1: { meaning: 'Abuse or neglect' },
  N2: { meaning: "Child's disability" },
  N3: { meaning: 'Parental illness or disability' },
  N4: { meaning: 'Family in acute stress' },
  N5: { meaning: 'Family dysfunction' },
  N6: { meaning: 'Socially unacceptable behaviour' },
  N7: { meaning: 'Low income' },
  N8: { meaning: 'Absent parenting' },
};

/** REC: reason the child ceased to be looked after (docs/ssda903.md §3.6), X1 excluded: it is not an end of care. */
export type CareEndReason =
  | 'E11'
  | 'E12'
  | 'E2'
  | 'E3'
  | 'E4A'
  | 'E4B'
  | 'E13'
  | 'E41'
  | 'E43'
  | 'E44'
  | 'E45'
  | 'E46'
  | 'E47'
  | 'E48'
  | 'E5'
  | 'E6'
  | 'E7'
  | 'E8'
  | 'E9'
  | 'E14'
  | 'E15'
  | 'E16'
  | 'E17';

export const CARE_END_REASONS: CodeList<CareEndReason> = {
  E11: { meaning: 'Adopted: application unopposed' },
  E12: { meaning: 'Adopted: consent dispensed with by the court' },
  E2: { meaning: 'Died' },
  E3: { meaning: 'Care taken over by another LA in the UK' },
  E4A: { meaning: 'Returned home to parents or others with PR as part of care planning' },
  E4B: { meaning: 'Returned home to parents or others with PR not as part of care planning' },
  E13: { meaning: 'Left care to live with parents, relatives or others with no PR' },
  E41: { meaning: 'Residence order or child arrangement order' },
  E43: { meaning: 'SGO made to former foster carers (historical)', validUntil: '2019-04-01' },
  E44: {
    meaning: 'SGO made to carers other than former foster carers (historical)',
    validUntil: '2019-04-01',
  },
  E45: { meaning: 'SGO made to former foster carers who are relatives or friends' },
  E46: { meaning: 'SGO made to former foster carers other than relatives or friends' },
  E47: { meaning: 'SGO made to carers other than former foster carers who are relatives or friends' },
  E48: { meaning: 'SGO made to carers other than former foster carers, other than relatives or friends' },
  E5: { meaning: 'Moved into independent living with formalised advice and support' },
  E6: { meaning: 'Moved into independent living with no formalised support' },
  E7: { meaning: 'Transferred to residential care funded by adult social care' },
  E8: { meaning: 'Ceased for any other reason' },
  E9: { meaning: 'Sentenced to custody' },
  E14: { meaning: 'Accommodation on remand ended' },
  E15: { meaning: 'Age assessment determined the child is 18 or over' },
  E16: { meaning: 'Child moved abroad' },
  E17: { meaning: 'Aged 18 or over and remained with current carers' },
};

export const ADOPTION_END_REASONS: readonly CareEndReason[] = ['E11', 'E12'];
export const SGO_END_REASONS: readonly CareEndReason[] = ['E43', 'E44', 'E45', 'E46', 'E47', 'E48'];

/** REASON_PLACED_CEASED: why a decision to place for adoption was reversed. */
export type AdoptionReversalReason = 'RD1' | 'RD2' | 'RD3' | 'RD4';

export const ADOPTION_REVERSAL_REASONS: CodeList<AdoptionReversalReason> = {
  RD1: { meaning: "The child's needs changed after the decision" },
  RD2: { meaning: 'The court did not make a placement order' },
  RD3: { meaning: 'Prospective adopters could not be found' },
  RD4: { meaning: 'Any other reason' },
};

export type AdopterSex = 'M1' | 'F1' | 'MM' | 'FF' | 'MF';
export const ADOPTER_SEXES: CodeList<AdopterSex> = {
  M1: { meaning: 'Single male' },
  F1: { meaning: 'Single female' },
  MM: { meaning: 'Male couple' },
  FF: { meaning: 'Female couple' },
  MF: { meaning: 'Male/female couple' },
};

export type AdopterLegalStatus = 'L0' | 'L11' | 'L12' | 'L2' | 'L3' | 'L4';
export const ADOPTER_LEGAL_STATUSES: CodeList<AdopterLegalStatus> = {
  L0: { meaning: 'Single' },
  L11: { meaning: 'Different-gender married couple' },
  L12: { meaning: 'Same-gender married couple' },
  L2: { meaning: 'Civil partnership' },
  L3: { meaning: 'Different-gender unmarried couple' },
  L4: { meaning: 'Same-gender couple not married or in civil partnership' },
};
