import { type LocalDate } from '@ledger/domain';
import { type AgeBand } from '@ledger/projections';
import { Query } from '@nestjs/cqrs';
import { type ChildIndexEntry } from '../../read-models/child-index.read-model';

/** How many children a page holds unless asked, and at most. */
export const CHILD_PAGE = { default: 100, max: 1000 } as const;

export interface ChildListOptions {
  /** Children per page, 1 to {@link CHILD_PAGE.max}. @defaultValue {@link CHILD_PAGE.default} */
  readonly limit?: number;
  /** The `nextCursor` of the page before: the list goes on after it. */
  readonly cursor?: string;
  /** Only children looked after on this day. */
  readonly lookedAfterOn?: LocalDate;
  /** Only children of this responsible authority (their details on `lookedAfterOn`, else their latest). */
  readonly responsibleAuthority?: string;
  /** Only children in this age band on `lookedAfterOn`, else today. */
  readonly ageBand?: AgeBand;
}

export interface ChildList {
  /** How many children match the filters, over every page. */
  readonly count: number;
  readonly limit: number;
  /** This page, by child id. */
  readonly children: readonly ChildIndexEntry[];
  /** Pass as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

/**
 * The children in the ledger, by id, a page at a time, with how much is known of each and when
 * it was last recorded; filtered on what their timelines say (looked after on a day, authority,
 * age band).
 */
export class ListChildrenQuery extends Query<ChildList> {
  constructor(readonly options: ChildListOptions = {}) {
    super();
  }
}
