import type { LedgerEventRecord } from '../ledger-event-record';
import { buildTimeline } from '../timeline/build-timeline';
import type { ChildTimeline } from '../timeline/timeline.types';

/** Replays records from scratch: groups them by stream and builds every timeline. */
export function timelinesOf(records: readonly LedgerEventRecord[]): ChildTimeline[] {
  const streams = new Map<string, LedgerEventRecord[]>();
  for (const record of records) {
    const list = streams.get(record.streamName) ?? [];
    list.push(record);
    streams.set(record.streamName, list);
  }
  return [...streams.values()].map((list) => buildTimeline(list));
}
