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
import type { LedgerEventRecord } from '../ledger-event-record';
import { TestLedger, placed, type ChildJourney } from './test-ledger';

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

interface JourneyPlan {
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

const planArbitrary: fc.Arbitrary<JourneyPlan> = fc.record({
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
function play(journey: ChildJourney, plan: JourneyPlan, born: LocalDate): void {
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

/**
 * Random ledgers of valid journeys for property tests: a few children whose events are
 * interleaved across the ledger, with backdated facts, voids, and recorded times that sometimes
 * tie. Positions run 1..n; recorded times never go back.
 */
export const ledgerArbitrary: fc.Arbitrary<LedgerEventRecord[]> = fc
  .record({
    plans: fc.array(planArbitrary, { minLength: 1, maxLength: 5 }),
    interleaving: fc.array(fc.nat(), { maxLength: 200 }),
    ties: fc.array(fc.boolean(), { maxLength: 200 }),
  })
  .map(({ plans, interleaving, ties }) => {
    const perChild = plans.map((plan, index) => {
      const ledger = new TestLedger(`c${index}e`);
      const born = addDays('2000-01-01', plan.bornDaysAfter2000);
      play(ledger.child(`C${index}`, { dateOfBirth: born }), plan, born);
      return ledger.records;
    });
    return interleave(perChild, interleaving, ties);
  });

/** Merges the children's streams (each in its own order) into one ledger with fresh positions. */
function interleave(
  streams: LedgerEventRecord[][],
  interleaving: readonly number[],
  ties: readonly boolean[],
): LedgerEventRecord[] {
  const cursors = streams.map(() => 0);
  const merged: LedgerEventRecord[] = [];
  let clock = Date.parse('2025-01-01T00:00:00.000Z');
  for (let k = 0; ; k++) {
    const open = cursors
      .map((cursor, index) => (cursor < streams[index].length ? index : -1))
      .filter((i) => i >= 0);
    if (open.length === 0) return merged;
    const child = open[(interleaving[k % Math.max(1, interleaving.length)] ?? 0) % open.length];
    const record = streams[child][cursors[child]++];
    if (!ties[k % Math.max(1, ties.length)]) clock += 60_000;
    merged.push({
      ...record,
      position: BigInt(merged.length + 1),
      metadata: { recordedAt: new Date(clock).toISOString() },
    });
  }
}

/**
 * A ledger and a report window around one of its facts, so that the window meets the journeys.
 */
export const scenarioArbitrary: fc.Arbitrary<{
  records: LedgerEventRecord[];
  window: { from: LocalDate; to: LocalDate };
}> = ledgerArbitrary.chain((records) =>
  fc
    .record({
      anchor: fc.constantFrom(...records.map((record) => record.event.data.effectiveDate)),
      before: fc.integer({ min: 0, max: 800 }),
      after: fc.integer({ min: 0, max: 800 }),
    })
    .map(({ anchor, before, after }) => ({
      records,
      window: { from: addDays(anchor, -before), to: addDays(anchor, after) },
    })),
);
