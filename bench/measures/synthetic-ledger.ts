import {
  addDays,
  birthday,
  daysBetween as daysBetweenDates,
  type CareEndReason,
  type LegalStatus,
  type LocalDate,
  type Placement,
  type PlacementChangeReason,
  type PlacementType,
} from '@ledger/domain';
import type { LedgerEventRecord } from '@ledger/projections';
import { TestLedger, placed, type ChildJourney } from '../../libs/projections/src/testing/test-ledger';

/** The forecast's seeded generator (mulberry32): the same seed gives the same ledger. */
export { seededRandom } from '@ledger/forecast';

const FOSTER: readonly PlacementType[] = ['U1', 'U3', 'U4', 'U4', 'U6', 'U6', 'U6'];
const OTHER: readonly PlacementType[] = ['K2', 'K2', 'P1', 'H5', 'S1', 'R1'];
const REASONS: readonly PlacementChangeReason[] = [
  'CARPL',
  'CARPL',
  'PLACE',
  'OTHER',
  'CREQB',
  'CREQO',
  'CHILD',
];
const ENDS: readonly CareEndReason[] = ['E4A', 'E4A', 'E13', 'E41', 'E45', 'E47', 'E5', 'E8'];
const LEGAL: readonly LegalStatus[] = ['C1', 'C2', 'C2', 'V2', 'E1'];
const AUTHORITIES = ['E06000059', 'E06000059', 'E06000059', 'E06000058', 'E10000009', 'WAL', 'CON'];
const TODAY = '2025-03-31';

// Day arithmetic through a table: the generator adds days millions of times at national scale.
const DAYS: LocalDate[] = [];
const DAY_INDEX = new Map<LocalDate, number>();
for (let day = '1995-01-01'; day <= '2050-12-31'; day = addDays(day, 1)) {
  DAY_INDEX.set(day, DAYS.length);
  DAYS.push(day);
}
const plusDays = (date: LocalDate, days: number): LocalDate => DAYS[DAY_INDEX.get(date)! + days];

class Journey {
  private day: LocalDate;
  private carers = 0;

  constructor(
    private readonly random: () => number,
    private readonly child: ChildJourney,
    private readonly born: LocalDate,
  ) {
    this.day = born;
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)];
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private later(min: number, max: number): LocalDate {
    this.day = plusDays(this.day, this.int(min, max));
    return this.day;
  }

  private placement(carer = `K${(this.carers += 1)}`): Placement {
    const type = this.random() < 0.75 ? this.pick(FOSTER) : this.pick(OTHER);
    return placed(type, carer, {
      provider: this.pick(['PR1', 'PR1', 'PR4', 'PR5'] as const),
      authority: this.pick(AUTHORITIES),
      distanceMiles: Math.round(this.random() * 600) / 10,
    });
  }

  /** One period of care from `start`; returns false when the child is still in care today. */
  period(start: LocalDate): boolean {
    this.day = start;
    this.child.startCare(start, this.placement(), this.pick(LEGAL));
    const changes = this.int(10, 60);
    for (let i = 0; i < changes; i++) {
      const when = this.later(7, 100);
      if (when >= TODAY) return false;
      const roll = this.random();
      if (roll < 0.14) {
        const sameCarer = this.random() < 0.3;
        const next = sameCarer ? this.placement(`K${this.carers}`) : this.placement();
        this.child.move(when, next, { carerChanged: !sameCarer, reason: this.pick(REASONS) });
      } else if (roll < 0.64) {
        this.child.temporary(when, { type: this.pick(['T1', 'T3', 'T4'] as const), distanceMiles: 12 });
        this.child.returnFromTemporary(this.later(1, 14));
      } else if (roll < 0.8) {
        this.child.legal(when, this.pick(LEGAL));
      } else if (roll < 0.95) {
        this.child.updateDetails(when, { homePostcode: `DT${this.int(1, 11)} ${this.int(1, 9)}AB` });
      } else if (roll < 0.97) {
        this.child.decision(when).match(this.later(30, 200), this.random() < 0.3);
        this.child.move(this.later(10, 90), placed('A6', `K${(this.carers += 1)}`), { reason: 'CARPL' });
        this.child.endCare(this.later(120, 400), this.random() < 0.8 ? 'E11' : 'E12');
        return true;
      } else if (roll < 0.98) {
        this.child.void(this.child.lastId);
      }
    }
    const eighteenth = birthday(this.born, 18);
    if (this.random() < 0.35) return false;
    if (eighteenth < TODAY && eighteenth > this.day && this.random() < 0.6) {
      this.child.endCare(eighteenth, 'E17').stayingPut(eighteenth, `K${this.carers}`);
      this.day = eighteenth;
      return true;
    }
    this.child.endCare(this.later(5, 60), this.pick(ENDS));
    return true;
  }

  /** Care leaver contacts on the birthdays from 17 to 21 that have passed. */
  contacts(): void {
    for (let age = 17; age <= 21; age++) {
      const day = plusDays(birthday(this.born, age), this.int(-20, 20));
      if (day >= TODAY) return;
      this.child.contact(
        day,
        this.pick(['YES', 'YES', 'YES', 'NO', 'REFU'] as const),
        'F2',
        this.pick(['D1', 'U1', 'Z1', 'W2'] as const),
      );
    }
  }
}

/** One synthetic child's stream: registration, one or two periods of care, care leaver contacts. */
export function syntheticChild(random: () => number, index: number): LedgerEventRecord[] {
  const ledger = new TestLedger(`s${index}-`, '2025-04-01T00:00:00.000Z');
  const born = plusDays('2003-01-01', Math.floor(random() * 7300));
  const child = ledger.child(`S${index}`, { dateOfBirth: born, uasc: random() < 0.08 });
  const journey = new Journey(random, child, born);
  // Every child of the ledger came into care at some point before 17, and before today.
  const latest = Math.min(6200, Math.max(0, daysBetweenDates(born, TODAY) - 30));
  const start = plusDays(born, Math.floor(random() * latest));
  if (start < TODAY && journey.period(start) && random() < 0.4) {
    const again = plusDays(start, 400 + Math.floor(random() * 1500));
    if (again < TODAY && again < birthday(born, 17)) journey.period(again);
  }
  journey.contacts();
  return ledger.records;
}
