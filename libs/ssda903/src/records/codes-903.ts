import type { CodeList, PlacementLocation } from '@ledger/domain';
import type { ReasonEpisodeCeased, ReasonNewEpisode } from './records';

/** RNE (docs/ssda903.md §3.1). */
export const REASONS_NEW_EPISODE: CodeList<ReasonNewEpisode> = {
  S: { meaning: 'Started to be looked after' },
  L: { meaning: 'Change of legal status only' },
  P: { meaning: 'Change of placement and carer(s) only' },
  T: { meaning: 'Change of placement, same carer(s), only' },
  B: { meaning: 'Change of legal status and placement and carer(s) on the same day' },
  U: { meaning: 'Change of legal status and placement, same carer(s), on the same day' },
};

/**
 * The RNE codes that say the carer changed (P/B) rather than stayed the same (T/U, or blank).
 * S on an episode that continues a period (the chain says so, docs/measures.md §8) is read
 * as a new carer too: it is what a period's first episode is, and what the ledger rebuilds
 * for care that started before the oldest return it holds, when an older return joins it on.
 */
export const CARER_CHANGED_RNE: readonly ReasonNewEpisode[] = ['P', 'B', 'S'];

export const X1 = 'X1' satisfies ReasonEpisodeCeased;

export const PLACEMENT_LOCATIONS: Readonly<Record<string, PlacementLocation>> = { IN: 'IN', OUT: 'OUT' };

/** PL_DISTANCE recorded as not known. */
export const UNKNOWN_DISTANCE = 999.9;
