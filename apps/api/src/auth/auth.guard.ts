import { LEDGER_CONFIG, type LedgerConfig } from '@ledger/core';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request } from 'express';
import { ApiError } from '../errors/api-error';
import { isPagePath } from '../ui/page-path';
import { mayDo, type Permission, type Principal, REQUIRES_KEY, ROLE_PERMISSIONS, ROLES } from './access';
import { localPrincipal } from './principal';
import { TokenVerifier } from './token-verifier';

/** The roles that hold a permission, for the message of a refusal. */
export function rolesWith(permission: Permission): string[] {
  return ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/**
 * The one gate every route passes: establishes `req.principal` (set earlier by the pages'
 * session, else a verified bearer token, else local mode's principal) and checks the
 * route's `@Requires` permission. A route that declares none is open to `admin` only.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly verifier?: TokenVerifier;

  constructor(
    private readonly reflector: Reflector,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {
    if (config.auth.mode === 'token') this.verifier = new TokenVerifier(config.auth);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (permission === 'public') return true;
    // The pages' own guard checks the same permission with the session's principal.
    if (isPagePath(req.path)) return true;
    const principal = await this.principalOf(req);
    req.principal = principal;
    const allowed =
      permission === undefined ? principal.roles.includes('admin') : mayDo(principal, permission);
    if (!allowed) {
      const needed = permission === undefined ? ['admin'] : rolesWith(permission);
      throw new ApiError(
        'AUTH.FORBIDDEN',
        `This needs the role ${needed.join(' or ')}${permission ? ` (permission ${permission})` : ''}`,
        undefined,
        { permission: permission ?? null, roles: needed },
      );
    }
    return true;
  }

  private async principalOf(req: Request): Promise<Principal> {
    if (req.principal) return req.principal;
    if (!this.verifier) return localPrincipal(req, this.config.defaultRecordedBy);
    const header = req.header('authorization');
    if (header === undefined || header === '') {
      throw new ApiError('AUTH.MISSING_TOKEN', 'Sign in: send Authorization: Bearer <access token>');
    }
    const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,8192})$/i.exec(header);
    if (!match) {
      throw new ApiError(
        'AUTH.INVALID_TOKEN',
        'The Authorization header must be Bearer <access token>',
        undefined,
        {
          reason: 'malformed',
        },
      );
    }
    return this.verifier.verify(match[1]);
  }
}
