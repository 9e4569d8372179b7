import { childIdOfStream } from '@ledger/domain';
import { type ReadModel } from '@ledger/event-store';
import { toStoredChildEvent } from '../write/stream-events';

export interface ChildIndexEntry {
  readonly childId: string;
  events: number;
  firstRecordedAt: string;
  lastRecordedAt: string;
  /** Global position of the child's latest event, as a decimal string (JSON state). */
  lastPosition: string;
  voids: number;
}

/** The children the ledger holds, with how much it knows of each and when it last learned something. */
export interface ChildIndexState {
  children: Record<string, ChildIndexEntry>;
}

/**
 * A small checkpointed read model: its state is saved with its position, so a restart
 * resumes where it stopped. It owns its state and updates it in place (an index of
 * tens of thousands of children is not copied per event).
 */
export const childIndexReadModel: ReadModel<ChildIndexState> = {
  name: 'child-index',
  version: 1,
  initialState: () => ({ children: {} }),
  apply(state, event) {
    const childId = childIdOfStream(event.streamName);
    if (childId === undefined) return state;
    const { metadata } = toStoredChildEvent(event);
    const entry = (state.children[childId] ??= {
      childId,
      events: 0,
      firstRecordedAt: metadata.recordedAt,
      lastRecordedAt: metadata.recordedAt,
      lastPosition: '0',
      voids: 0,
    });
    entry.events += 1;
    entry.lastRecordedAt = metadata.recordedAt;
    entry.lastPosition = event.position.toString();
    if (event.type === 'EntryVoided') entry.voids += 1;
    return state;
  },
};
