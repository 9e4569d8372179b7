import { loadConfig } from '@ledger/core';
import { type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Principal, Requires, type Role } from './access';
import { AuthGuard } from './auth.guard';

class Routes {
  @Requires('child.read')
  history(): void {}

  @Requires('public')
  health(): void {}

  undeclared(): void {}
}

/** An HTTP execution context for one of {@link Routes}' handlers, with `req` as given. */
function contextFor(handler: keyof Routes, req: Record<string, unknown>): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => Object.getOwnPropertyDescriptor(Routes.prototype, handler)!.value as () => void,
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => Object.assign(req, { header: () => undefined }) }),
  } as unknown as ExecutionContext;
}

const signedIn = (roles: Role[]): Principal => ({ mode: 'token', subject: 's-1', roles });

describe('AuthGuard', () => {
  const guard = new AuthGuard(new Reflector(), loadConfig({}));

  it('uses a principal set earlier in the request (the pages’ session) and checks its roles', async () => {
    await expect(
      guard.canActivate(contextFor('history', { principal: signedIn(['reviewer']) })),
    ).resolves.toBe(true);
    await expect(
      guard.canActivate(contextFor('history', { principal: signedIn(['analyst']) })),
    ).rejects.toMatchObject({
      code: 'AUTH.FORBIDDEN',
      details: { permission: 'child.read', roles: ['recorder', 'reviewer', 'auditor', 'admin'] },
    });
  });

  it('refuses a route that declares no permission to everyone but admin (deny by default)', async () => {
    await expect(
      guard.canActivate(contextFor('undeclared', { principal: signedIn(['recorder', 'auditor']) })),
    ).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN', details: { permission: null, roles: ['admin'] } });
    await expect(
      guard.canActivate(contextFor('undeclared', { principal: signedIn(['admin']) })),
    ).resolves.toBe(true);
  });

  it('opens public routes without a principal, and gives local mode every role', async () => {
    const anonymous: Record<string, unknown> = {};
    await expect(guard.canActivate(contextFor('health', anonymous))).resolves.toBe(true);
    expect(anonymous.principal).toBeUndefined();
    const local: Record<string, unknown> = {};
    await expect(guard.canActivate(contextFor('undeclared', local))).resolves.toBe(true);
    expect(local.principal).toMatchObject({
      mode: 'local',
      roles: expect.arrayContaining(['admin', 'analyst']),
    });
  });
});
