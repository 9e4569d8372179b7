import { childStreamName, DomainError, DomainErrorCode } from '@ledger/domain';
import { type ChildTimeline } from '@ledger/projections';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelsService } from '../../read-models/read-models.service';
import { GetChildTimelineQuery } from './get-child-timeline.query';

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
