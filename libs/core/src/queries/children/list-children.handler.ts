import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type ChildIndexEntry } from '../../read-models/child-index.read-model';
import { ReadModelsService } from '../../read-models/read-models.service';

export interface ChildList {
  readonly count: number;
  readonly children: readonly ChildIndexEntry[];
}

/** The children in the ledger, by id, with how much is known of each and when it was last recorded. */
export class ListChildrenQuery extends Query<ChildList> {}

@QueryHandler(ListChildrenQuery)
export class ListChildrenHandler implements IQueryHandler<ListChildrenQuery, ChildList> {
  constructor(private readonly readModels: ReadModelsService) {}

  async execute(): Promise<ChildList> {
    const { children } = await this.readModels.childIndex();
    const list = Object.values(children).sort((a, b) =>
      a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0,
    );
    return { count: list.length, children: list };
  }
}
