import { addDays, addYears, isTemporaryPlacement, type LocalDate } from '@ledger/domain';
import {
  collectionYearEnd,
  collectionYearOf,
  collectionYearStart,
  collectionYearStartYear,
  overlapsCollectionYear,
  type CollectionYear,
} from '../formats/collection-year';
import { exportYear } from '../export/export-year';
import type { ChildRecords } from '../records/records';
import type { Return } from '../reading/return';
import { returnOfRows } from '../reading/return-of-rows';
import { ENTRY_AGE_WEIGHTS } from './demo-tables';
import { simulateJourney, type JourneyKind } from './journey';
import { Places } from './places';
import { Random } from './random';

export interface DemoOptions {
  /** About how many children are looked after on any day. @defaultValue 450 */
  readonly children?: number;
  /** @defaultValue 1 */
  readonly seed?: number;
  /** The responsible authority's code (PL_LA of placements inside it). @defaultValue E06000059 (Dorset) */
  readonly authority?: string;
  /** How many returns. @defaultValue 10 */
  readonly years?: number;
  /** The last return's year. @defaultValue 2024-25 */
  readonly lastYear?: CollectionYear;
}

/** A generated authority: its children's records, and its returns cut from them. */
export class DemoAuthority {
  private all?: Return[];

  constructor(
    /** The collection years of the returns, oldest first. */
    readonly years: readonly CollectionYear[],
    /** Every child with a row in some return. */
    readonly records: readonly ChildRecords[],
  ) {}

  /** How many children the returns hold. */
  get children(): number {
    return this.records.length;
  }

  /** One return per year, oldest first, as an import reads them (derived columns included). */
  get returns(): Return[] {
    this.all ??= this.returnsOf(this.records);
    return this.all;
  }

  /**
   * The returns of `size` children at a time: each child is in one batch only, and the import of
   * a child needs only its own rows, so batches import one after another to the same ledger as
   * the whole would, without holding every row of a national-scale authority at once.
   */
  *batches(size: number): Generator<Return[]> {
    for (let i = 0; i < this.records.length; i += size) yield this.returnsOf(this.records.slice(i, i + size));
  }

  private returnsOf(children: readonly ChildRecords[]): Return[] {
    return this.years.map((year) => {
      const tables = exportYear(year, children, { derivedColumns: true });
      const rows = Object.fromEntries(Object.entries(tables).map(([t, table]) => [t, table.rows]));
      return returnOfRows(year, rows, 'demo');
    });
  }
}

const DEFAULTS = { children: 450, seed: 1, authority: 'E06000059', years: 10, lastYear: '2024-25' };

/**
 * A realistic authority's returns, generated from a seed (the same options give the same rows):
 * children enter care at a steady rate such that about `children` are looked after on any day,
 * each with a journey (see `simulateJourney`) from 18 years before the first return, so the
 * first return already holds children in long-running care.
 */
export function generateAuthority(options: DemoOptions = {}): DemoAuthority {
  const o = { ...DEFAULTS, ...options };
  const first = collectionYearOf(collectionYearStartYear(o.lastYear) - (o.years - 1));
  const windowStart = collectionYearStart(first);
  const horizon = collectionYearEnd(o.lastYear);
  const years = Array.from({ length: o.years }, (_, i) =>
    collectionYearOf(collectionYearStartYear(first) + i),
  );
  const perDay = o.children / meanDaysInCare(o.seed);
  const rng = new Random(o.seed);
  const places = new Places(rng, o.authority);
  const children: ChildRecords[] = [];
  const origin = addYears(windowStart, -18);
  let clock = 0;
  for (let day = origin; day <= horizon; day = addDays(origin, Math.floor(clock))) {
    const { kind, dateOfBirth } = newArrival(rng, day);
    const id = `D${String(children.length + 1).padStart(7, '0')}`;
    if (addYears(dateOfBirth, 22) >= windowStart) {
      const child = simulateJourney(rng, places, id, day, dateOfBirth, kind, horizon);
      if (placeable(child, first)) children.push(child);
    }
    clock += -Math.log(1 - rng.next()) / perDay;
  }
  return new DemoAuthority(years, children);
}

/**
 * Whether the ledger can hold what the returns will say of the child. It cannot place a care
 * leaver who left before the first return (OC3 rows and no end of care to follow them), a
 * decision to place for adoption made before the first episode the returns show, or care that
 * the returns first show in a temporary placement: an import skips such children, so the demo
 * leaves them out.
 */
function placeable(child: ChildRecords, first: CollectionYear): boolean {
  const known = child.episodes.find(
    (e) => overlapsCollectionYear(first, e.decom, e.dec) || e.decom >= collectionYearStart(first),
  );
  return (
    known !== undefined &&
    !isTemporaryPlacement(known.place) &&
    child.placedAdoption.every((p) => p.decisionDate >= known.decom)
  );
}

/** Who arrives: mostly children of every age, some unaccompanied asylum seekers, some short breaks. */
function newArrival(rng: Random, day: LocalDate): { kind: JourneyKind; dateOfBirth: LocalDate } {
  const kind = rng.weighted({ general: 82, uasc: 16, respite: 2 });
  if (kind === 'uasc') return { kind, dateOfBirth: addDays(day, -rng.int(14 * 365 + 4, 17 * 365 + 360)) };
  if (kind === 'respite') return { kind, dateOfBirth: addDays(day, -rng.int(5 * 365, 14 * 365)) };
  const band = rng.weighted(ENTRY_AGE_WEIGHTS);
  const [from, to] = { '0': [0, 0], '1-4': [1, 4], '5-9': [5, 9], '10-15': [10, 15], '16-17': [16, 17] }[
    band
  ];
  const ageDays = rng.int(from * 365 + 1, to * 365 + 360);
  const adoption = ageDays < 3 * 365 && rng.chance(0.45);
  return { kind: adoption ? 'adoption' : 'general', dateOfBirth: addDays(day, -ageDays) };
}

const calibrated = new Map<number, number>();

/** The mean days in care per arrival, from journeys of a calibration run (its own seed; once per seed). */
function meanDaysInCare(seed: number): number {
  const known = calibrated.get(seed);
  if (known !== undefined) return known;
  const mean = calibrate(seed);
  calibrated.set(seed, mean);
  return mean;
}

function calibrate(seed: number): number {
  const rng = new Random(seed ^ 0x5eed);
  const places = new Places(rng, 'CAL');
  const entry = '2000-06-01';
  let total = 0;
  const runs = 5000;
  for (let i = 0; i < runs; i++) {
    const { kind, dateOfBirth } = newArrival(rng, entry);
    const child = simulateJourney(rng, places, 'CAL', entry, dateOfBirth, kind, '2099-03-31');
    for (const e of child.episodes) {
      if (e.legalStatus === 'V3') continue;
      total += daysBetweenIso(e.decom, e.dec ?? '2099-03-31');
    }
  }
  return total / runs;
}

const daysBetweenIso = (from: LocalDate, to: LocalDate): number =>
  (Date.parse(to) - Date.parse(from)) / 86_400_000;
