import { DomainError, DomainErrorCode } from '../errors';
import type { ChildState } from './child-state';
import { findTimelineViolations, type TimelineViolation } from './timeline';

/**
 * Checks the timeline after a change (`after`) against the one before it. Only violations the
 * change introduced count: a rule tightened since an old entry was accepted does not block new
 * facts. A violation on a new fact is reported with its own code; one on an existing fact means
 * the change would break it: TIMELINE.BACKDATED_CONFLICT for a back-dated fact (or a details
 * change), CORRECTION.WOULD_BREAK_TIMELINE for a void.
 */
export function checkTimeline(before: ChildState, after: ChildState, isNew: (id: string) => boolean): void {
  if (!after.details) return;
  const found = findTimelineViolations(after.details, after.facts);
  if (found.length === 0) return;
  const known = new Set(
    before.details ? findTimelineViolations(before.details, before.facts).map(violationKey) : [],
  );
  const first = found.find((violation) => !known.has(violationKey(violation)));
  if (!first) return;
  const childId = after.childId;
  if (isNew(first.factId)) {
    throw new DomainError(first.code, first.message, first.field, { ...first.details, childId });
  }
  const broken = {
    childId,
    conflictingEventId: first.factId,
    conflictingEventType: first.fact.event.type,
    conflictingEffectiveDate: first.fact.event.data.effectiveDate,
    conflictingCode: first.code,
  };
  const added = after.facts.find((fact) => isNew(fact.id));
  if (added) {
    const { type, data } = added.event;
    throw new DomainError(
      DomainErrorCode.TIMELINE_BACKDATED_CONFLICT,
      `${type} on ${data.effectiveDate} would break entry ${first.factId} (${first.code}): ${first.message}`,
      'effectiveDate',
      { ...broken, recordedEventType: type, recordedEffectiveDate: data.effectiveDate },
    );
  }
  const voidedId = [...after.voidedIds].find((id) => !before.voidedIds.has(id));
  throw new DomainError(
    DomainErrorCode.CORRECTION_WOULD_BREAK_TIMELINE,
    `Voiding entry ${voidedId} would break entry ${first.factId} (${first.code}): ${first.message}`,
    'eventId',
    { ...broken, voidedEventId: voidedId },
  );
}

const violationKey = (violation: TimelineViolation): string => `${violation.factId}\u0000${violation.code}`;
