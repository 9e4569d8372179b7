import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request } from 'express';
import { mayDo, type Permission, REQUIRES_KEY } from '../../auth/access';

/** Nobody is signed in: the pages send the browser to sign in, and back. */
export class UiSignInRequired extends Error {
  constructor(readonly returnTo: string) {
    super('Sign in to see this page');
  }
}

/** Signed in, but the page needs a permission the user's roles do not give. */
export class UiForbidden extends Error {
  constructor(readonly permission: Permission | undefined) {
    super(
      permission === undefined
        ? 'This page is open to nobody'
        : `Your roles do not let you see this page (it needs ${permission})`,
    );
  }
}

/**
 * Enforces each page's `@Requires` with the principal the pages' middleware set, the same
 * metadata and rule as the API's guard (deny when a route declares nothing).
 */
@Injectable()
export class UiAccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (permission === 'public') return true;
    const req = context.switchToHttp().getRequest<Request>();
    if (!req.principal) throw new UiSignInRequired(req.originalUrl);
    if (permission === undefined || !mayDo(req.principal, permission)) throw new UiForbidden(permission);
    return true;
  }
}
