import { childStreamName } from '@ledger/domain';
import {
  ageBandOf,
  ageOnDay,
  type ChildTimeline,
  detailsOn,
  isLookedAfterOn,
  type MeasuresReadModel,
} from '@ledger/projections';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../clock/clock';
import { ReadModelsService } from '../../read-models/read-models.service';
import { CHILD_PAGE, type ChildList, type ChildListOptions, ListChildrenQuery } from './list-children.query';

/** A cursor is the last child id of a page, opaque to clients (base64url). */
const cursorOf = (childId: string): string => Buffer.from(childId, 'utf8').toString('base64url');
const afterCursor = (cursor: string): string => Buffer.from(cursor, 'base64url').toString('utf8');

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

@QueryHandler(ListChildrenQuery)
export class ListChildrenHandler implements IQueryHandler<ListChildrenQuery, ChildList> {
  constructor(
    private readonly readModels: ReadModelsService,
    private readonly clock: Clock,
  ) {}

  async execute({ options }: ListChildrenQuery): Promise<ChildList> {
    const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? CHILD_PAGE.default)), CHILD_PAGE.max);
    const { children } = await this.readModels.childIndex();
    const matches = (await this.filterOf(options)) ?? (() => true);
    const ids = Object.keys(children).sort(byId).filter(matches);
    const after = options.cursor === undefined ? undefined : afterCursor(options.cursor);
    const start = after === undefined ? 0 : ids.findIndex((id) => id > after);
    const page = start < 0 ? [] : ids.slice(start, start + limit);
    const more = start >= 0 && start + limit < ids.length;
    return {
      count: ids.length,
      limit,
      children: page.map((id) => children[id]),
      nextCursor: more ? cursorOf(page[page.length - 1]) : null,
    };
  }

  /** The filter on timelines, or undefined when none is asked (no timeline is built then). */
  private async filterOf(options: ChildListOptions): Promise<((childId: string) => boolean) | undefined> {
    const { lookedAfterOn, responsibleAuthority, ageBand } = options;
    if (lookedAfterOn === undefined && responsibleAuthority === undefined && ageBand === undefined)
      return undefined;
    const day = lookedAfterOn ?? this.clock.now().toISOString().slice(0, 10);
    const authority = responsibleAuthority?.trim().toUpperCase();
    const model: MeasuresReadModel = await this.readModels.measures();
    return (childId: string) => {
      const timeline: ChildTimeline | undefined = model.timeline(childStreamName(childId));
      if (!timeline) return false;
      if (lookedAfterOn !== undefined && !isLookedAfterOn(timeline, lookedAfterOn)) return false;
      if (authority !== undefined) {
        const details = detailsOn(timeline, day) ?? timeline.details;
        if (details?.responsibleAuthority?.trim().toUpperCase() !== authority) return false;
      }
      if (ageBand !== undefined) {
        const dateOfBirth = timeline.details?.dateOfBirth;
        if (!dateOfBirth || ageBandOf(ageOnDay(dateOfBirth, day)) !== ageBand) return false;
      }
      return true;
    };
  }
}
