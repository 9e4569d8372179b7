/**
 * A realistic journey, as the issue describes it: enter care, two moves with a temporary
 * placement between, a legal status change, placement order, decision to place, match,
 * placed for adoption with the foster carer, adopted. Each step is [path, body].
 */
export const CHILD_ID = 'C1001';

export const registration = {
  childId: CHILD_ID,
  dateOfBirth: '2017-03-14',
  sex: 'F',
  ethnicity: 'WBRI',
  upn: 'A123456789012',
  responsibleAuthority: 'E06000059',
  homePostcode: 'DT1 1AA',
  uasc: false,
};

const foster = (carerId: string, postcode: string) => ({
  type: 'U6',
  provider: 'PR1',
  carerId,
  postcode,
  authority: 'E06000059',
  location: 'IN',
  distanceMiles: 4.2,
});

export const journeySteps: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  [
    'care-starts',
    {
      effectiveDate: '2021-06-01',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placement: foster('FC-1', 'DT2 7AB'),
    },
  ],
  [
    'placement-moves',
    {
      effectiveDate: '2021-09-10',
      placement: foster('FC-2', 'DT4 8CD'),
      carerChanged: true,
      reason: 'CREQO',
    },
  ],
  ['temporary-placements', { effectiveDate: '2022-02-01', placement: { type: 'T1', postcode: 'DT1 2JY' } }],
  ['temporary-placement-ends', { effectiveDate: '2022-02-09' }],
  ['legal-status-changes', { effectiveDate: '2022-03-15', legalStatus: 'C2' }],
  [
    'placement-moves',
    {
      effectiveDate: '2022-05-20',
      placement: { ...foster('FC-3', 'BH15 1AA'), type: 'U5', provider: 'PR4' },
      carerChanged: true,
      reason: 'CARPL',
    },
  ],
  ['adoption-decisions', { effectiveDate: '2022-07-01' }],
  ['legal-status-changes', { effectiveDate: '2022-11-03', legalStatus: 'E1' }],
  [
    'adoption-matches',
    {
      effectiveDate: '2023-01-12',
      byFosterCarer: true,
      numberOfAdopters: 2,
      adopterSex: 'MF',
      adopterLegalStatus: 'L11',
    },
  ],
  [
    'placement-moves',
    {
      effectiveDate: '2023-02-01',
      placement: { ...foster('FC-3', 'BH15 1AA'), type: 'A5', provider: 'PR4' },
      carerChanged: false,
      reason: 'CARPL',
    },
  ],
  ['care-ends', { effectiveDate: '2023-08-30', reason: 'E11' }],
];

/** The event type each step records, in order. */
export const journeyEventTypes = [
  'ChildRegistered',
  'CareStarted',
  'PlacementMoved',
  'TemporaryPlacementStarted',
  'TemporaryPlacementEnded',
  'LegalStatusChanged',
  'PlacementMoved',
  'AdoptionDecisionMade',
  'LegalStatusChanged',
  'AdoptionMatched',
  'PlacementMoved',
  'CareEnded',
];
