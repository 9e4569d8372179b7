import type { CodeList } from './code-list';

/** IN_TOUCH (docs/ssda903.md §3.8). */
export type InTouch = 'YES' | 'NO' | 'DIED' | 'REFU' | 'NREQ' | 'RHOM';
export const IN_TOUCH_CODES: CodeList<InTouch> = {
  YES: { meaning: 'In touch' },
  NO: { meaning: 'Not in touch' },
  DIED: { meaning: 'Died after leaving care' },
  REFU: { meaning: 'Young person refuses contact' },
  NREQ: { meaning: 'Young person no longer requires services' },
  RHOM: { meaning: 'Returned to live with parents or someone with PR for 6 months or more' },
};

/** ACTIV: main activity. */
export type Activity =
  'F1' | 'P1' | 'F2' | 'P2' | 'F3' | 'P3' | 'F4' | 'P4' | 'F5' | 'P5' | 'G4' | 'G5' | 'G6' | '0';
export const ACTIVITY_CODES: CodeList<Activity> = {
  F1: { meaning: 'Full time in higher education' },
  P1: { meaning: 'Part time in higher education' },
  F2: { meaning: 'Full time in other education' },
  P2: { meaning: 'Part time in other education' },
  F3: { meaning: 'Full time in training or employment (historical)', validUntil: '2022-04-01' },
  P3: { meaning: 'Part time in training or employment (historical)', validUntil: '2022-04-01' },
  F4: { meaning: 'Full time in an apprenticeship' },
  P4: { meaning: 'Part time in an apprenticeship' },
  F5: { meaning: 'Full time in training or employment (not apprenticeship)' },
  P5: { meaning: 'Part time in training or employment (not apprenticeship)' },
  G4: { meaning: 'NEET because of illness or disability' },
  G5: { meaning: 'NEET, other circumstances' },
  G6: { meaning: 'NEET because of pregnancy or parenting' },
  '0': { meaning: 'Not in touch and activity unknown, died, or RHOM' },
};
export const EET_ACTIVITIES: readonly Activity[] = [
  'F1',
  'P1',
  'F2',
  'P2',
  'F3',
  'P3',
  'F4',
  'P4',
  'F5',
  'P5',
];

/** ACCOM: accommodation letter plus suitability digit (1 suitable, 2 unsuitable). */
export type Accommodation =
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2'
  | 'D1'
  | 'D2'
  | 'E1'
  | 'E2'
  | 'G1'
  | 'G2'
  | 'H1'
  | 'H2'
  | 'K1'
  | 'K2'
  | 'R1'
  | 'R2'
  | 'S2'
  | 'T1'
  | 'T2'
  | 'U1'
  | 'U2'
  | 'V1'
  | 'V2'
  | 'W1'
  | 'W2'
  | 'X2'
  | 'Y1'
  | 'Y2'
  | 'Z1'
  | 'Z2'
  | '0';
const ACCOMMODATION_LETTERS: Record<string, string> = {
  B: 'With parent(s) or relative(s)',
  C: 'Community home or other residential care',
  D: 'Semi-independent or transitional accommodation',
  E: 'Supported lodgings',
  G: 'Gone abroad',
  H: 'Deported',
  K: 'Ordinary lodgings, without formal support',
  R: 'Residence not known',
  S: 'No fixed abode / homeless',
  T: 'Foyers and similar supported accommodation',
  U: 'Independent living',
  V: 'Emergency accommodation',
  W: 'Bed and breakfast',
  X: 'In custody',
  Y: 'Other accommodation',
  Z: 'With former foster carer(s)',
};
const ACCOMMODATION_CODES_LIST: readonly Accommodation[] = [
  'B1',
  'B2',
  'C1',
  'C2',
  'D1',
  'D2',
  'E1',
  'E2',
  'G1',
  'G2',
  'H1',
  'H2',
  'K1',
  'K2',
  'R1',
  'R2',
  'S2',
  'T1',
  'T2',
  'U1',
  'U2',
  'V1',
  'V2',
  'W1',
  'W2',
  'X2',
  'Y1',
  'Y2',
  'Z1',
  'Z2',
];
export const ACCOMMODATION_CODES: CodeList<Accommodation> = Object.freeze({
  ...Object.fromEntries(
    ACCOMMODATION_CODES_LIST.map((code) => [
      code,
      { meaning: `${ACCOMMODATION_LETTERS[code[0]]} (${code[1] === '1' ? 'suitable' : 'unsuitable'})` },
    ]),
  ),
  '0': { meaning: 'Not in touch and accommodation unknown, died, or RHOM' },
}) as CodeList<Accommodation>;

export const isSuitableAccommodation = (a: Accommodation): boolean => a.length === 2 && a.endsWith('1');
export const isBedAndBreakfast = (a: Accommodation): boolean => a === 'W1' || a === 'W2';
export const isWithFormerFosterCarers = (a: Accommodation): boolean => a === 'Z1' || a === 'Z2';
