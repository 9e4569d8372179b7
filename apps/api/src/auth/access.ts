import { SetMetadata } from '@nestjs/common';

/**
 * Who may do what: the single source of each role's rights. Every route declares the one
 * permission it needs with {@link Requires}; a route without one is refused to everybody but
 * `admin` (deny by default), and `public` routes are open even without a token.
 */
export const ROLES = ['recorder', 'reviewer', 'auditor', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Open to anyone, signed in or not (`/health`, `/docs`). */
  'public',
  /** Aggregates only: measures, series, forecasts; no child identifier in the answer. */
  'measures.read',
  /** One child's data: history, timeline, details; lists of children. */
  'child.read',
  /** Records facts and changes for a child. */
  'child.record',
  /** The inspection lists (they name children). */
  'inspection.read',
  /** Imports and exports 903 returns, data quality of the return. */
  'returns.manage',
  /** The data-quality report of a year's return (it names children): recorders fix, auditors check. */
  'returns.quality',
  /** The audit trail, access log, verification, reports as submitted with their children. */
  'audit.read',
  /** Saving reports and checkpoints (evidence, not children's facts). */
  'audit.write',
  /** The ledger's own status (position and counts, no child data). */
  'status.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  recorder: [
    'public',
    'status.read',
    'measures.read',
    'child.read',
    'child.record',
    'returns.manage',
    'returns.quality',
  ],
  reviewer: ['public', 'status.read', 'measures.read', 'child.read', 'inspection.read'],
  auditor: [
    'public',
    'status.read',
    'measures.read',
    'child.read',
    'inspection.read',
    'audit.read',
    'audit.write',
    'returns.quality',
  ],
  analyst: ['public', 'status.read', 'measures.read'],
  admin: [...PERMISSIONS],
};

export const REQUIRES_KEY = 'ledger:requires';

/** Declares the permission a route (or a whole controller) needs. */
export const Requires = (permission: Permission): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRES_KEY, permission);

/** Who is asking, as the sign-in established it (attached to the request as `req.principal`). */
export interface Principal {
  /** `token`: a verified bearer token or session; `local`: local mode, the OS user or `X-Recorded-By`. */
  readonly mode: 'token' | 'local';
  readonly subject: string;
  readonly displayName?: string;
  readonly roles: readonly Role[];
  readonly clientId?: string;
  /** The authority codes this user may see; undefined means every authority. */
  readonly authorities?: readonly string[];
}

export function mayDo(principal: Pick<Principal, 'roles'>, permission: Permission): boolean {
  return principal.roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
