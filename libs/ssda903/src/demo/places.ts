import {
  isAdoptionPlacement,
  isFosterPlacement,
  type PlacementProvider,
  type PlacementType,
} from '@ledger/domain';
import type { DerivedLocation } from '../records/records';
import { FOSTER_PROVIDER_WEIGHTS, HOME_PROVIDER_WEIGHTS } from './demo-tables';
import type { Random } from './random';

/** A placement as episodes carry it. */
export interface DemoPlacement {
  readonly place: PlacementType;
  readonly provider?: PlacementProvider;
  readonly postcode?: string;
  readonly urn?: string;
  readonly derived: DerivedLocation;
}

/** Sectors inside the demo authority (Dorset-like), and its neighbours with their codes. */
const HOME_SECTORS = [
  'DT1 1',
  'DT1 2',
  'DT2 7',
  'DT3 5',
  'DT4 7',
  'DT6 3',
  'DT9 3',
  'DT11 7',
  'BH16 6',
  'BH20 4',
  'BH21 1',
  'SP8 4',
];
const NEIGHBOURS: readonly { authority: string; sectors: readonly string[] }[] = [
  { authority: 'E06000058', sectors: ['BH1 1', 'BH8 8', 'BH12 3', 'BH14 0'] },
  { authority: 'E10000014', sectors: ['SO41 0', 'SO51 8', 'SP10 1'] },
  { authority: 'E06000045', sectors: ['SO14 1', 'SO15 5'] },
  { authority: 'E06000066', sectors: ['TA1 1', 'BA20 1'] },
  { authority: 'E10000008', sectors: ['EX1 1', 'EX14 1'] },
  { authority: 'E06000054', sectors: ['SP1 1', 'SN15 3'] },
  { authority: 'E06000023', sectors: ['BS1 1', 'BS5 6'] },
  { authority: 'WAL', sectors: ['CF10 1', 'NP20 1'] },
];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

const urn = (n: number): string => `SC${String(n).padStart(6, '0')}`;

/** Makes placements with postcodes, URNs and the derived location columns. */
export class Places {
  private readonly ownFostering: string;
  private readonly agencies: string[];
  private readonly homes: string[];
  private readonly supported: string[];
  private readonly adoptionAgencies: string[];
  private readonly schools: string[];

  constructor(
    private readonly rng: Random,
    private readonly authority: string,
  ) {
    const pool = (size: number, from: number) => Array.from({ length: size }, (_, i) => urn(from + i * 37));
    this.ownFostering = urn(rng.int(10000, 99999));
    this.agencies = pool(12, 500000);
    this.homes = pool(80, 100000);
    this.supported = pool(30, 200000);
    this.adoptionAgencies = pool(6, 300000);
    this.schools = pool(10, 400000);
  }

  homePostcode(): string {
    return this.postcodeIn(this.rng.pick(HOME_SECTORS));
  }

  /** A new placement of `type` for a child living at `home` (no home postcode for UASC). */
  placement(place: PlacementType, home: string | undefined): DemoPlacement {
    const r = this.rng;
    if (place === 'P1') {
      return {
        place,
        provider: 'PR0',
        postcode: home,
        derived: { authority: this.authority, location: 'IN', distanceMiles: 0 },
      };
    }
    const provider = this.providerOf(place);
    const out = r.chance(
      place === 'K2' || place === 'K1' ? 0.6 : place === 'H5' || place === 'K3' ? 0.45 : 0.3,
    );
    const confidential = isAdoptionPlacement(place) ? r.chance(0.5) : r.chance(0.01);
    const urnOf = this.urnOf(place, provider);
    if (confidential) return { place, provider, urn: urnOf, derived: { authority: 'CON' } };
    const neighbour = r.pick(NEIGHBOURS);
    const postcode = this.postcodeIn(r.pick(out ? neighbour.sectors : HOME_SECTORS));
    const miles = out
      ? 12 + r.exponentialDays(25) + r.int(0, 9) / 10
      : Math.min(30, r.exponentialDays(6) + r.int(0, 9) / 10 - 0.5);
    return {
      place,
      provider,
      postcode,
      urn: urnOf,
      derived: {
        authority: out ? neighbour.authority : this.authority,
        location: out ? 'OUT' : 'IN',
        distanceMiles: home ? Math.round(miles * 10) / 10 : undefined,
      },
    };
  }

  /** The same carer in another house (RNE T, reason PLACE). */
  houseMove(from: DemoPlacement, home: string | undefined): DemoPlacement {
    const moved = this.placement(from.place, home);
    return {
      ...moved,
      provider: from.provider,
      urn: from.urn,
      postcode: moved.postcode ?? this.homePostcode(),
    };
  }

  temporary(place: PlacementType): DemoPlacement {
    return { place, derived: {} };
  }

  private providerOf(place: PlacementType): PlacementProvider | undefined {
    if (isFosterPlacement(place) || isAdoptionPlacement(place))
      return this.rng.weighted(FOSTER_PROVIDER_WEIGHTS);
    if (place === 'K1' || place === 'K2' || place === 'S1') return this.rng.weighted(HOME_PROVIDER_WEIGHTS);
    if (place === 'H5' || place === 'K3') return this.rng.weighted({ PR4: 70, PR5: 25, PR1: 5 });
    return place === 'Z1' || place.startsWith('T') ? undefined : 'PR4';
  }

  private urnOf(place: PlacementType, provider: PlacementProvider | undefined): string | undefined {
    if (isFosterPlacement(place))
      return provider === 'PR1' ? this.ownFostering : this.rng.pick(this.agencies);
    if (isAdoptionPlacement(place)) return this.rng.pick(this.adoptionAgencies);
    if (place === 'K1' || place === 'K2') return this.rng.pick(this.homes);
    if (place === 'H5' || place === 'K3') return this.rng.pick(this.supported);
    if (place === 'S1') return this.rng.pick(this.schools);
    return undefined;
  }

  private postcodeIn(sector: string): string {
    const letter = () => INWARD_LETTERS[this.rng.int(0, INWARD_LETTERS.length - 1)];
    return `${sector}${letter()}${letter()}`;
  }
}
