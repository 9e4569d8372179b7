import { GetResponsibleAuthoritiesQuery } from '@ledger/core';
import { DomainError, DomainErrorCode } from '@ledger/domain';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import { type Request } from 'express';
import { ApiError } from '../errors/api-error';
import { fieldPath } from '../errors/json-body';
import { isPagePath } from '../ui/page-path';
import { mayDo, type Permission, type Principal, REQUIRES_KEY } from './access';

/** Whether a principal may see children of an authority (no authorities claim: every one). */
export function mayReach(principal: Principal | undefined, authority: string | undefined): boolean {
  if (principal?.authorities === undefined) return true;
  return authority !== undefined && principal.authorities.includes(authority.toUpperCase());
}

/** Every `responsibleAuthority` a body names, with its field path. */
function authoritiesInBody(value: unknown, path: string): [string, string][] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => authoritiesInBody(v, fieldPath(path, i)));
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) =>
    key === 'responsibleAuthority' && typeof v === 'string'
      ? [[fieldPath(path, key), v] as [string, string]]
      : authoritiesInBody(v, fieldPath(path, key)),
  );
}

/** Children's authorities, from the warm timelines (`GetResponsibleAuthoritiesQuery`). */
@Injectable()
export class AuthorityScope {
  constructor(private readonly queryBus: QueryBus) {}

  /** The child's responsible authority now; undefined when the ledger does not hold the child. */
  async authorityOf(childId: string): Promise<string | undefined> {
    return (await this.queryBus.execute(new GetResponsibleAuthoritiesQuery([childId])))[childId];
  }

  /** Keeps the items whose child the principal may see. */
  async filter<T>(
    principal: Principal | undefined,
    items: readonly T[],
    childOf: (item: T) => unknown,
  ): Promise<T[]> {
    if (principal?.authorities === undefined) return [...items];
    const ids = items.map((item) => String(childOf(item)));
    const authorities = await this.queryBus.execute(new GetResponsibleAuthoritiesQuery(ids));
    return items.filter((_item, i) => mayReach(principal, authorities[ids[i]]));
  }
}

/**
 * Where the token carries authority codes, a user sees and records only children of those
 * authorities: another authority's child is not found (its existence is not disclosed), and a
 * body naming another authority is refused. A guard after sign-in, rather than an interceptor
 * (a route with no interceptor skips Nest's per-request Observable chain). The pages' own guard
 * runs after the global ones, so a page the user may not see is left to it: its refusal comes
 * first, as when this check ran after every guard.
 */
@Injectable()
export class AuthorityScopeGuard implements CanActivate {
  constructor(
    private readonly scope: AuthorityScope,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    if (context.getType() !== 'http' || req.principal?.authorities === undefined) return true;
    if (isPagePath(req.path) && !this.pageAllowed(context, req.principal)) return true;
    await this.check(req, req.principal);
    return true;
  }

  /** Whether the pages' guard lets the principal through (the same rule: `ui/access/ui-access.guard.ts`). */
  private pageAllowed(context: ExecutionContext, principal: Principal): boolean {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    return permission === 'public' || (permission !== undefined && mayDo(principal, permission));
  }

  private async check(req: Request, principal: Principal): Promise<void> {
    for (const [field, authority] of authoritiesInBody(req.body, '')) {
      if (!mayReach(principal, authority)) {
        throw new ApiError(
          'AUTH.FORBIDDEN',
          `${field}: you may record only children of ${principal.authorities!.join(', ')}`,
          field,
          {
            authorities: principal.authorities,
          },
        );
      }
    }
    const childId = (req.params as Record<string, string | undefined>).childId;
    if (childId === undefined) return;
    const authority = await this.scope.authorityOf(childId);
    if (authority !== undefined && !mayReach(principal, authority)) {
      throw new DomainError(DomainErrorCode.CHILD_NOT_FOUND, `No child ${childId} in the ledger`, 'childId', {
        childId,
      });
    }
  }
}
