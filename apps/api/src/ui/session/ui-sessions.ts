import { type Principal } from '../../auth/access';
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A sign-in under way: what the callback must match (RFC 7636 PKCE, OIDC state and nonce). */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
}

export interface UiSession {
  readonly id: string;
  /** The synchronizer token every form that changes something carries. */
  readonly csrfToken: string;
  principal?: Principal;
  /** Kept for the provider's sign-out (`id_token_hint`). */
  idToken?: string;
  pending?: PendingSignIn;
  lastSeen: number;
}

const token = (): string => randomBytes(32).toString('base64url');

/**
 * The pages' sessions, held in memory by the server: the cookie carries only a random id, so
 * nothing about the user travels or can be forged. A restart signs everyone out, which is the
 * safe way round. Idle sessions expire.
 */
export class UiSessions {
  private readonly sessions = new Map<string, UiSession>();

  constructor(
    private readonly idleMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string | undefined): UiSession | undefined {
    if (id === undefined) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.now() - session.lastSeen > this.idleMs) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastSeen = this.now();
    return session;
  }

  create(): UiSession {
    this.sweep();
    const session: UiSession = { id: token(), csrfToken: token(), lastSeen: this.now() };
    this.sessions.set(session.id, session);
    return session;
  }

  /** A new id and token for a session that is signing in (no fixation of a pre-sign-in id). */
  rotate(session: UiSession): UiSession {
    this.sessions.delete(session.id);
    const fresh: UiSession = { ...session, id: token(), csrfToken: token(), lastSeen: this.now() };
    this.sessions.set(fresh.id, fresh);
    return fresh;
  }

  destroy(id: string): void {
    this.sessions.delete(id);
  }

  /** Whether a form's token is the session's own (compared in constant time). */
  static csrfMatches(session: UiSession | undefined, given: unknown): boolean {
    if (!session || typeof given !== 'string') return false;
    const a = Buffer.from(session.csrfToken);
    const b = Buffer.from(given);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  private sweep(): void {
    const limit = this.now() - this.idleMs;
    for (const [id, session] of this.sessions) if (session.lastSeen < limit) this.sessions.delete(id);
  }
}
