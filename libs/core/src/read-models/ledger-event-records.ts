import { childIdOfStream } from '@ledger/domain';
import { type RecordedEvent } from '@ledger/event-store';
import { type LedgerEventRecord } from '@ledger/projections';
import { toStoredChildEvent } from '../write/stream-events';

/** The projections' view of a stored event; events outside child streams are not theirs (undefined). */
export function toLedgerEventRecord(recorded: RecordedEvent): LedgerEventRecord | undefined {
  if (childIdOfStream(recorded.streamName) === undefined) return undefined;
  const { event, metadata } = toStoredChildEvent(recorded);
  return {
    id: recorded.id,
    position: recorded.position,
    streamName: recorded.streamName,
    revision: recorded.revision,
    event,
    metadata: { recordedAt: metadata.recordedAt },
  };
}
