import { Query } from '@nestjs/cqrs';
import { type Restatement } from '../../audit/reports/restatement';

/** The moments a restatement compares: ISO times or global positions, as the edge received them. */
export interface RestatementMoments {
  /** Compare from this moment instead of the report as submitted. */
  readonly asKnownAt?: string;
  /** Compare against this moment instead of now. */
  readonly against?: string;
}

/**
 * A saved report recomputed now (or as known at `against`) against as submitted (or as known at
 * `asKnownAt`): every moved field; `withChildren` adds the children and events (auditors only).
 */
export class GetRestatementQuery extends Query<Restatement> {
  constructor(
    readonly id: string,
    readonly moments: RestatementMoments,
    readonly withChildren: boolean,
  ) {
    super();
  }
}
