import type { Placement } from '@ledger/domain';
import { derivePlacementLocation, type Gazetteer } from '../gazetteer/gazetteer';
import type { EpisodeRecord } from '../records/records';
import { withoutUndefined } from './fact';

export interface PlacementOptions {
  /** The responsible authority's upper-tier code (as in the gazetteer's upper-tier column). */
  readonly authority: string;
  readonly gazetteer?: Gazetteer;
}

/**
 * The placement an episode describes. Location and distance come from the episode's derived
 * columns when its file had them (a blank is "not known", 999.9 is kept as given); else from
 * the gazetteer, when one is given; else they are not known (docs/measures.md §8).
 */
export function placementOfEpisode(episode: EpisodeRecord, options: PlacementOptions): Placement {
  const located =
    episode.derived ??
    (options.gazetteer
      ? derivePlacementLocation(
          options.gazetteer,
          options.authority,
          episode.homePostcode,
          episode.placementPostcode,
        )
      : {});
  return withoutUndefined({
    type: episode.place,
    provider: episode.provider,
    postcode: episode.placementPostcode,
    urn: episode.urn,
    authority: located.authority,
    location: located.location,
    distanceMiles: located.distanceMiles,
  });
}

/** The four fields the 903 compares to tell whether the placement changed (rules 434–436). */
export function samePlacementFields(a: EpisodeRecord, b: EpisodeRecord): boolean {
  return (
    a.place === b.place &&
    compact(a.placementPostcode) === compact(b.placementPostcode) &&
    (a.urn ?? '') === (b.urn ?? '') &&
    (a.provider ?? '') === (b.provider ?? '')
  );
}

const compact = (postcode?: string): string => (postcode ?? '').replace(/\s+/g, '').toUpperCase();
