import { childIdOfStream } from '@ledger/domain';
import type { AsKnownAt, LedgerEventRecord } from '../ledger-event-record';
import { buildCareSegments } from './care-segments';
import { careLeaverBirthdaysOf } from './care-leaver-birthdays';
import { detailsHistoryOf } from './details-history';
import { timelineFlagsOf } from './timeline-flags';
import { episodesOf, legalStatusSpansOf } from './episodes';
import { adoptionMilestonesOf, careLeaverContactsOf, stayingPutSpansOf } from './life-events';
import { measureViewOf } from './measure-view';
import { visibleEvents as visibleFacts } from './visible-events';
import type { ChildTimeline } from './timeline.types';

/** Options of {@link buildTimeline}. */
export interface TimelineOptions {
  /**
   * Count only the events recorded at or before this moment; voids recorded later are ignored.
   * @defaultValue everything recorded so far
   */
  readonly asKnownAt?: AsKnownAt;
  /** Names the child when `records` is empty. */
  readonly streamName?: string;
}

/**
 * Builds one child's timeline from the records of its stream, in stream order: periods of care,
 * carer spells, moves, legal status, 903 episodes, adoption milestones, Staying Put and care
 * leaver contacts. Voided entries are removed and facts are ordered by effective date.
 */
export function buildTimeline(
  records: readonly LedgerEventRecord[],
  options: TimelineOptions = {},
): ChildTimeline {
  const streamName = records[0]?.streamName ?? options.streamName ?? '';
  const facts = visibleFacts(records, options.asKnownAt);
  const detailsHistory = detailsHistoryOf(facts);
  const details = detailsHistory[detailsHistory.length - 1]?.details;
  const segments = buildCareSegments(facts);
  const view = measureViewOf(segments);
  const careLeaverContacts = careLeaverContactsOf(facts);
  const episodes = episodesOf(segments, detailsHistory);
  return {
    streamName,
    childId: details?.childId ?? childIdOfStream(streamName) ?? streamName,
    details,
    detailsHistory,
    episodes,
    ...view,
    legalStatuses: legalStatusSpansOf(segments),
    adoption: adoptionMilestonesOf(facts),
    stayingPut: stayingPutSpansOf(facts),
    careLeaverContacts,
    careLeaverBirthdays: careLeaverBirthdaysOf(details?.dateOfBirth, careLeaverContacts),
    onlyShortBreaks: segments.length > 0 && view.periods.length === 0,
    flags: timelineFlagsOf(details?.dateOfBirth, episodes, lastRecordedDay(records)),
  };
}

/** The day of the latest recording: an open episode is judged as known then (not by a clock). */
function lastRecordedDay(records: readonly LedgerEventRecord[]): string | undefined {
  let last = '';
  for (const r of records) if (r.metadata.recordedAt > last) last = r.metadata.recordedAt;
  return last ? last.slice(0, 10) : undefined;
}
