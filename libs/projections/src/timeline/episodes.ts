import type { CareSegment } from './care-segments';
import type { DatedDetails, Episode, LegalStatusSpan, ReasonForNewEpisode } from './timeline.types';
import { detailsAt } from './details-history';

function reasonForNewEpisode(segment: CareSegment): ReasonForNewEpisode {
  const change = segment.change;
  if (change.kind === 'start') return change.rne ?? 'S';
  if (change.moved) {
    if (change.carerChanged) return change.legal ? 'B' : 'P';
    return change.legal ? 'U' : 'T';
  }
  // The 903 enters and leaves a temporary placement with P (or B with a legal change).
  if (change.temporary) return change.legal ? 'B' : 'P';
  return 'L';
}

/** The 903-equivalent episodes: one per segment, short breaks included. */
export function episodesOf(segments: readonly CareSegment[], details: readonly DatedDetails[]): Episode[] {
  return segments.map((segment) => ({
    decom: segment.start,
    dec: segment.end,
    rne: reasonForNewEpisode(segment),
    legalStatus: segment.legalStatus,
    categoryOfNeed: segment.categoryOfNeed,
    placement: segment.temporary ?? segment.usual,
    temporary: segment.temporary !== undefined,
    rec: segment.end === undefined ? undefined : (segment.endReason ?? 'X1'),
    reasonPlaceChange: segment.reasonPlaceChange,
    homePostcode: detailsAt(details, segment.start)?.homePostcode,
  }));
}

/** Legal status spans over all care: consecutive segments with one status merge. */
export function legalStatusSpansOf(segments: readonly CareSegment[]): LegalStatusSpan[] {
  const spans: LegalStatusSpan[] = [];
  let previous: CareSegment | undefined;
  for (const segment of segments) {
    const last = spans[spans.length - 1];
    const continues =
      previous !== undefined &&
      previous.rawPeriod === segment.rawPeriod &&
      last.legalStatus === segment.legalStatus;
    if (continues) spans[spans.length - 1] = { ...last, end: segment.end };
    else spans.push({ start: segment.start, end: segment.end, legalStatus: segment.legalStatus });
    previous = segment;
  }
  return spans;
}
