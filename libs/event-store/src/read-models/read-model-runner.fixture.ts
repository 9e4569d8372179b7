import type { EventStore } from '../event-store.port';
import { newEvents, newStreamName } from '../testing/contract-fixtures';
import type { ReadModel } from './read-model';

/** A state that shows every event folded in, so lost or repeated events are visible. */
export interface TallyState {
  readonly positions: string[];
  readonly perStream: Record<string, number>;
  readonly sum: number;
}

/** A read model for tests, counting the calls to `apply` outside its state. */
export function tallyModel(name = 'tally', version = 1): ReadModel<TallyState> & { applied: number } {
  const model = {
    name,
    version,
    applied: 0,
    initialState: (): TallyState => ({ positions: [], perStream: {}, sum: 0 }),
    apply(state: TallyState, event: { position: bigint; streamName: string; data: unknown }): TallyState {
      model.applied += 1;
      return {
        positions: [...state.positions, event.position.toString()],
        perStream: { ...state.perStream, [event.streamName]: (state.perStream[event.streamName] ?? 0) + 1 },
        sum: state.sum + (event.data as { n: number }).n,
      };
    },
  };
  return model;
}

/** Appends `count` single-event appends spread over `streams` new streams; returns the last position. */
export async function appendSpread(store: EventStore, count: number, streams = 3): Promise<bigint> {
  const names = Array.from({ length: streams }, newStreamName);
  let last = -1n;
  for (let i = 0; i < count; i++) {
    const stream = names[i % streams];
    last = (await store.appendToStream(stream, newEvents(1, i), { expectedRevision: 'any' })).position;
  }
  return last;
}

/** 1, 2 … n as decimal strings: the positions a SQLite log of n events has. */
export function positionsUpTo(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(i + 1));
}
