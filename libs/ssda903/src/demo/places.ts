import {
  isAdoptionPlacement,
  isFosterPlacement,
  type PlacementProvider,
  type PlacementType,
} from '@ledger/domain';
import { derivePlacementLocation, Gazetteer } from '../gazetteer/gazetteer';
import type { DerivedLocation } from '../records/records';
import { DEMO_POSTCODE_ROWS } from './postcodes/demo-postcodes';
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

/** Where placements outside the authority go, and how often (neighbours most, cities seldom). */
const OUTSIDE_WEIGHTS: Readonly<Record<string, number>> = {
  E06000058: 40, // Bournemouth, Christchurch and Poole
  E10000014: 12, // Hampshire
  E06000045: 6, // Southampton
  E06000044: 3, // Portsmouth
  E06000066: 12, // Somerset
  E10000008: 8, // Devon
  E06000054: 10, // Wiltshire
  E06000023: 5, // Bristol
  W06000015: 2, // Cardiff
  E08000025: 1, // Birmingham
  E08000003: 1, // Manchester
};

/** The demo's postcodes (a sample of the ONS Postcode Directory), by upper-tier authority. */
function demoPostcodes(): { gazetteer: Gazetteer; byAuthority: Map<string, string[]> } {
  const gazetteer = new Gazetteer();
  const byAuthority = new Map<string, string[]>();
  for (const line of DEMO_POSTCODE_ROWS.split('\n')) {
    const [pcds, east, north, laua, utla] = line.split(',');
    if (!utla) continue;
    gazetteer.add(pcds, { easting: Number(east), northing: Number(north), lowerTier: laua, upperTier: utla });
    const list = byAuthority.get(utla) ?? [];
    list.push(pcds);
    byAuthority.set(utla, list);
  }
  return { gazetteer, byAuthority };
}
let loaded: ReturnType<typeof demoPostcodes> | undefined;

const urn = (n: number): string => `SC${String(n).padStart(6, '0')}`;

/** Makes placements with postcodes, URNs and the derived location columns. */
export class Places {
  private readonly ownFostering: string;
  private readonly agencies: string[];
  private readonly homes: string[];
  private readonly supported: string[];
  private readonly adoptionAgencies: string[];
  private readonly schools: string[];
  private readonly gazetteer: Gazetteer;
  private readonly inside: readonly string[];
  private readonly outside: ReadonlyMap<string, readonly string[]>;

  constructor(
    private readonly rng: Random,
    private readonly authority: string,
  ) {
    loaded ??= demoPostcodes();
    this.gazetteer = loaded.gazetteer;
    // An authority the sample does not hold lives in Dorset's postcodes (its placements are then all OUT).
    this.inside = loaded.byAuthority.get(authority) ?? loaded.byAuthority.get('E06000059')!;
    this.outside = new Map(
      Object.keys(OUTSIDE_WEIGHTS)
        .filter((code) => code !== authority)
        .map((code) => [code, loaded!.byAuthority.get(code) ?? []]),
    );
    const pool = (size: number, from: number) => Array.from({ length: size }, (_, i) => urn(from + i * 37));
    this.ownFostering = urn(rng.int(10000, 99999));
    this.agencies = pool(12, 500000);
    this.homes = pool(80, 100000);
    this.supported = pool(30, 200000);
    this.adoptionAgencies = pool(6, 300000);
    this.schools = pool(10, 400000);
  }

  homePostcode(): string {
    return this.rng.pick(this.inside);
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
    const postcode = out ? this.outsidePostcode() : r.pick(this.inside);
    // PL_LA, PL_LOCATION and PL_DISTANCE as the DfE derives them (and the importer would).
    const derived = derivePlacementLocation(this.gazetteer, this.authority, home, postcode);
    return { place, provider, postcode, urn: urnOf, derived };
  }

  /** The same carer in another house (RNE T, reason PLACE). */
  houseMove(from: DemoPlacement, home: string | undefined): DemoPlacement {
    const moved = this.placement(from.place, home);
    const postcode = moved.postcode ?? this.homePostcode();
    return {
      ...moved,
      provider: from.provider,
      urn: from.urn,
      postcode,
      derived: derivePlacementLocation(this.gazetteer, this.authority, home, postcode),
    };
  }

  /** A short-break setting: no postcode or distance is returned for V3/V4 (DfE rules 398, 420). */
  shortBreak(place: PlacementType): DemoPlacement {
    const setting = this.placement(place, undefined);
    return { place, provider: setting.provider, urn: setting.urn, derived: {} };
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
    // H5 had no URN (Ofsted registration of supported accommodation began with K3).
    if (place === 'K3') return this.rng.pick(this.supported);
    if (place === 'R3') return this.rng.pick(this.homes);
    if (place === 'S1') return this.rng.pick(this.schools);
    return undefined;
  }

  private outsidePostcode(): string {
    const weights = Object.fromEntries([...this.outside.keys()].map((code) => [code, OUTSIDE_WEIGHTS[code]]));
    const pool = this.outside.get(this.rng.weighted(weights));
    return pool && pool.length > 0 ? this.rng.pick(pool) : this.rng.pick(this.inside);
  }
}
