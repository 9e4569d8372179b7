import type { ChildCommand } from '../commands';
import type { ChildEvent, IdentifiedEvent } from '../events';
import { evolveChild, initialChildState, type ChildState } from './child-state';
import { decideChildCommands } from './decide-child';
import type { Decider } from './decider';

/**
 * The decider of one child's stream (`child-<id>`). `decide` returns the new events without
 * ids (the application gives them) or throws a DomainError with a stable code; `evolve` folds
 * stored events in stream order. Time comes in the command (`metadata.now`), never a clock.
 *
 * Facts may be recorded late and back-dated: each command is checked by replaying the whole
 * timeline with the new fact in its place (see `validateTimeline`). Same-day facts combine as
 * 903 episodes do (docs/ssda903.md §4): a legal status change and a move on the same day are
 * both accepted and make one B/U episode; a move on the day care started replaces the first
 * placement (projections fold the zero-length spell away). See `SAME_DAY_RANK`. A day holds
 * one fact of each kind (a second move, legal status or contact is refused, naming the entry
 * there), no change on the day care ends, and a first fact at most 25 years after the date of
 * birth (timeline/same-day-rules.ts).
 */
export const childDecider: Decider<ChildState, ChildCommand, ChildEvent, IdentifiedEvent> = {
  decide: (command, state) => decideChildCommands([command], state),
  evolve: evolveChild,
  initialState: initialChildState,
};
