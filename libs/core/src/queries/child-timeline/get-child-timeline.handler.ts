import { childStreamName, DomainError, DomainErrorCode } from '@ledger/domain';
import { type ChildTimeline } from '@ledger/projections';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ReadModelsService } from '../../read-models/read-models.service';
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

@QueryHandler(GetChildTimelineQuery)
export class GetChildTimelineHandler implements IQueryHandler<GetChildTimelineQuery, ChildTimeline> {
  constructor(private readonly readModels: ReadModelsService) {}

  async execute({ childId, asKnownAt }: GetChildTimelineQuery): Promise<ChildTimeline> {
    const model = await this.readModels.measures();
    const timeline = model.timeline(childStreamName(childId), asKnownAt);
    if (!timeline) {
      throw new DomainError(DomainErrorCode.CHILD_NOT_FOUND, `No child ${childId} in the ledger`, 'childId', {
        childId,
      });
    }
    return timeline;
  }
}
