import { EVENT_CATALOGUE } from './catalogue';
import type { ChildEvent, ChildEventType } from './child-events';

/** An event's payload as stored: whatever shape its schema version had. */
export type StoredEventData = Readonly<Record<string, unknown>>;

/** Turns one schema version's payload into the next version's. Pure: no clock, no store. */
export type Upcaster = (data: StoredEventData) => StoredEventData;

/**
 * Per event type, its upcasters in order: the first turns version 1 into 2, the second 2 into
 * 3, and so on, so an event at version `v` goes through the upcasters from index `v - 1`.
 */
export type UpcasterChains = { readonly [T in ChildEventType]?: readonly Upcaster[] };

/** The current schema version of each event type (the catalogue, or a test's). */
export type EventVersions = Readonly<Record<ChildEventType, { readonly schemaVersion: number }>>;

/**
 * Reads stored payloads of any known schema version as the current shape, so no decider or
 * projection ever sees an old one. Stored events are never rewritten: this runs on every read,
 * at the one place the application turns a stored record into a domain event.
 */
export class EventUpcaster {
  constructor(
    private readonly versions: EventVersions,
    private readonly chains: UpcasterChains,
  ) {
    for (const type of Object.keys(versions) as ChildEventType[]) {
      const needed = versions[type].schemaVersion - 1;
      const given = chains[type]?.length ?? 0;
      if (given !== needed) {
        throw new RangeError(
          `${type} is at schema version ${needed + 1} and needs ${needed} upcaster(s), not ${given}`,
        );
      }
    }
  }

  /** The current schema version of `type`. */
  currentVersion(type: ChildEventType): number {
    return this.versions[type].schemaVersion;
  }

  /**
   * The payload of a `type` event written at `version`, in the current shape; undefined when
   * this ledger cannot read that version (newer than it knows, or not a version at all).
   */
  upcast(type: ChildEventType, version: number, data: StoredEventData): ChildEvent['data'] | undefined {
    const current = this.currentVersion(type);
    if (!Number.isInteger(version) || version < 1 || version > current) return undefined;
    const chain = this.chains[type] ?? [];
    let upcast = data;
    for (let from = version; from < current; from++) upcast = chain[from - 1](upcast);
    return upcast as ChildEvent['data'];
  }
}

/**
 * The ledger's upcasters. Every event type is at schema version 1, so there are none yet. When
 * a payload changes in a way old readers cannot read, bump its version in the catalogue and add
 * here the function from the old shape to the new (docs/events.md, "Schema versions").
 */
export const UPCASTERS: UpcasterChains = {};

/** The ledger's own upcaster: the catalogue's versions and the upcasters above. */
export const childEventUpcaster = new EventUpcaster(EVENT_CATALOGUE, UPCASTERS);
