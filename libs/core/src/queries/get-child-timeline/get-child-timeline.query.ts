import { type ChildTimeline } from '@ledger/projections';
import { Query } from '@nestjs/cqrs';
import { type AsKnownAt } from '../as-known-at';

/**
 * A child's placement history as a reviewer reads it: periods of care, placements (carer
 * spells, temporary placements folded in), moves with reasons, legal statuses, the
 * 903-equivalent episodes, adoption milestones, Staying Put and care leaver contacts.
 */
export class GetChildTimelineQuery extends Query<ChildTimeline> {
  constructor(
    readonly childId: string,
    readonly asKnownAt?: AsKnownAt,
  ) {
    super();
  }
}
