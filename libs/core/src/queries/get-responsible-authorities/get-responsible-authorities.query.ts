import { Query } from '@nestjs/cqrs';

/** Each child's responsible authority now, by child id: absent for a child the ledger does not hold. */
export type ResponsibleAuthorities = Readonly<Record<string, string | undefined>>;

/**
 * The children's responsible authorities now (their latest details), read from the warm
 * timelines: what limits a user whose sign-in names authorities to their own children.
 */
export class GetResponsibleAuthoritiesQuery extends Query<ResponsibleAuthorities> {
  constructor(readonly childIds: readonly string[]) {
    super();
  }
}
