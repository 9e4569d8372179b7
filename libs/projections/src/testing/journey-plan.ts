import fc from 'fast-check';
import {
  addDays,
  birthday,
  type CareEndReason,
  type LegalStatus,
  type LocalDate,
  type PlacementChangeReason,
  type PlacementType,
} from '@ledger/domain';
import { placed, type ChildJourney } from './test-ledger';

const ACTIONS = [
  'move',
  'moveSameCarer',
  'legal',
  'temporary',
  'end',
  'contact',
  'decision',
  'match',
  'stayingPut',
  'void',
  'details',
  'birthdayContact',
  'endAt18',
] as const;
type Action = (typeof ACTIONS)[number];

/** One step of a journey: what happens, how many days later, and a number to pick details with. */
interface Step {
  readonly action: Action;
  readonly gap: number;
  readonly pick: number;
  /** Days the fact is backdated by (0 mostly): corrections recorded late. */
  readonly backdate: number;
}

export interface JourneyPlan {
  readonly bornDaysAfter2000: number;
  readonly steps: readonly Step[];
}

const LEGAL: readonly LegalStatus[] = ['C1', 'C2', 'E1', 'V2', 'V3', 'J1'];
const TYPES: readonly PlacementType[] = ['U1', 'U4', 'U6', 'A5', 'A6', 'K2', 'P1', 'H5', 'S1'];
const ENDS: readonly CareEndReason[] = ['E11', 'E12', 'E13', 'E17', 'E4A', 'E45', 'E5', 'E2'];
const REASONS: readonly (PlacementChangeReason | undefined)[] = [
  'CARPL',
  'PLACE',
  'CREQB',
  'OTHER',
  undefined,
];
const AUTHORITIES = ['E06000059', 'E06000058', 'WAL', 'CON'];

/** How often each action comes up: moves and temporary placements most. */
const WEIGHTS: Record<Action, number> = {
  move: 6,
  moveSameCarer: 2,
  legal: 2,
  temporary: 3,
  end: 1,
  contact: 1,
  decision: 1,
  match: 1,
  stayingPut: 1,
  void: 2,
  details: 1,
  birthdayContact: 2,
  endAt18: 1,
};

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  action: fc.oneof(...ACTIONS.map((action) => ({ arbitrary: fc.constant(action), weight: WEIGHTS[action] }))),
  gap: fc.oneof(
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 1, max: 150 }),
    fc.integer({ min: 1, max: 700 }),
  ),
  pick: fc.nat({ max: 1000 }),
  backdate: fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 90 }) },
  ),
});

export const planArbitrary: fc.Arbitrary<JourneyPlan> = fc.record({
  bornDaysAfter2000: fc.integer({ min: 0, max: 6000 }),
  steps: fc.array(stepArbitrary, { maxLength: 25 }),
});

const of = <T>(list: readonly T[], pick: number): T => list[pick % list.length];

function placementFor(step: Step, carer: string) {
  return placed(of(TYPES, step.pick), carer, {
    authority: of(AUTHORITIES, step.pick >> 2),
    distanceMiles: (step.pick % 7) * 6.5,
  });
}

/** Plays a plan: events that make sense in the state reached (the decider's view), some backdated. */
export function play(journey: ChildJourney, plan: JourneyPlan, born: LocalDate): void {
  let day = addDays(born, 30);
  let inCare = false;
  let onTemporary = false;
  let carers = 0;
  for (const step of plan.steps) {
    day = addDays(day, step.gap);
    const when =
      step.backdate > 0 && addDays(day, -step.backdate) > born ? addDays(day, -step.backdate) : day;
    const carer = () => `K${(carers += 1)}`;
    if (!inCare && ['move', 'moveSameCarer', 'legal', 'temporary', 'end'].includes(step.action)) {
      journey.startCare(when, placementFor(step, carer()), of(LEGAL, step.pick));
      inCare = true;
      continue;
    }
    if (onTemporary && ['move', 'moveSameCarer', 'end', 'temporary'].includes(step.action)) {
      journey.returnFromTemporary(when);
      onTemporary = false;
      if (step.action === 'temporary') continue;
    }
    switch (step.action) {
      case 'move':
        journey.move(when, placementFor(step, carer()), { reason: of(REASONS, step.pick) ?? null });
        break;
      case 'moveSameCarer':
        journey.move(when, placementFor(step, `K${carers}`), {
          carerChanged: false,
          reason: of(REASONS, step.pick) ?? null,
        });
        break;
      case 'legal':
        journey.legal(when, of(LEGAL, step.pick));
        break;
      case 'temporary':
        journey.temporary(when, {
          type: of(['T0', 'T1', 'T4'] as const, step.pick),
          distanceMiles: step.pick,
        });
        onTemporary = true;
        break;
      case 'end':
        journey.endCare(when, of(ENDS, step.pick));
        inCare = false;
        break;
      case 'contact':
        journey.contact(
          when,
          of(['YES', 'NO', 'DIED', 'RHOM'] as const, step.pick),
          'F2',
          of(['D1', 'W2', 'Z1'] as const, step.pick),
        );
        break;
      case 'decision':
        journey.decision(when);
        break;
      case 'match':
        journey.match(when, step.pick % 2 === 0);
        break;
      case 'stayingPut':
        if (step.pick % 2 === 0) journey.stayingPut(when, `K${carers}`);
        else journey.endStayingPut(when);
        break;
      case 'void':
        if (journey.ids.length > 1) journey.void(of(journey.ids.slice(1), step.pick));
        break;
      case 'birthdayContact': {
        const near = addDays(birthday(born, 17 + (step.pick % 5)), (step.pick % 61) - 30);
        journey.contact(
          near,
          of(['YES', 'NO', 'REFU', 'DIED'] as const, step.pick),
          'F2',
          of(['D1', 'W2', 'Z1'] as const, step.pick >> 3),
        );
        break;
      }
      case 'endAt18':
        if (inCare) {
          const eighteenth = birthday(born, 18);
          journey.endCare(eighteenth, 'E17').stayingPut(eighteenth, step.pick % 3 === 0 ? 'X' : `K${carers}`);
          if (step.pick % 2 === 0) journey.endStayingPut(addDays(eighteenth, step.pick));
          inCare = false;
        }
        break;
      case 'details':
        journey.updateDetails(when, {
          uasc: step.pick % 3 === 0,
          responsibleAuthority: of(AUTHORITIES, step.pick),
        });
        break;
    }
  }
}
