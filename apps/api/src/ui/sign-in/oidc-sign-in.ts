import { type BaseClient, generators, Issuer } from 'openid-client';
import { type Principal, type Role, ROLES } from '../../auth/access';
import { type PendingSignIn } from '../session/ui-sessions';
import { type UiOidcConfig } from '../ui-config';

export class SignInFailed extends Error {}

function listClaim(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/**
 * The pages' OpenID Connect client: authorization code with PKCE (S256), state and nonce. The
 * provider's metadata is read once, on the first sign-in, so the ledger starts without it.
 */
export class OidcSignIn {
  private client?: Promise<BaseClient>;

  constructor(private readonly config: UiOidcConfig) {}

  /** Where to send the browser, and what its return must match. */
  async begin(returnTo: string): Promise<{ url: string; pending: PendingSignIn }> {
    const client = await this.clientOnce();
    const pending: PendingSignIn = {
      state: generators.state(),
      nonce: generators.nonce(),
      codeVerifier: generators.codeVerifier(),
      returnTo,
    };
    const url = client.authorizationUrl({
      scope: 'openid profile',
      response_type: 'code',
      redirect_uri: this.config.redirectUri,
      code_challenge: generators.codeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url, pending };
  }

  /** Redeems the code; checks state, nonce and the ID token; the user and their roles. */
  async complete(
    query: Record<string, unknown>,
    pending: PendingSignIn,
  ): Promise<{ principal: Principal; idToken?: string }> {
    const client = await this.clientOnce();
    const params = client.callbackParams(
      `/?${new URLSearchParams(query as Record<string, string>).toString()}`,
    );
    let tokens;
    try {
      tokens = await client.callback(this.config.redirectUri, params, {
        code_verifier: pending.codeVerifier,
        state: pending.state,
        nonce: pending.nonce,
        response_type: 'code',
      });
    } catch (error) {
      throw new SignInFailed(`The sign-in did not complete: ${(error as Error).message}`);
    }
    const claims = tokens.claims();
    const roles = listClaim(claims[this.config.rolesClaim]).filter((r): r is Role =>
      (ROLES as readonly string[]).includes(r),
    );
    const authorities = this.config.authoritiesClaim
      ? listClaim(claims[this.config.authoritiesClaim])
      : undefined;
    const principal: Principal = {
      mode: 'token',
      subject: claims.sub,
      displayName: typeof claims.name === 'string' ? claims.name : undefined,
      roles,
      clientId: this.config.clientId,
      authorities,
    };
    return { principal, idToken: tokens.id_token };
  }

  /** The provider's own sign-out address, when it has one. */
  async endSessionUrl(
    idToken: string | undefined,
    postLogoutRedirectUri: string,
  ): Promise<string | undefined> {
    const client = await this.clientOnce();
    if (!client.issuer.metadata.end_session_endpoint) return undefined;
    return client.endSessionUrl({ id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri });
  }

  private clientOnce(): Promise<BaseClient> {
    this.client ??= Issuer.discover(this.config.issuer).then(
      (issuer) =>
        new issuer.Client({
          client_id: this.config.clientId,
          client_secret: this.config.clientSecret,
          redirect_uris: [this.config.redirectUri],
          response_types: ['code'],
          token_endpoint_auth_method: this.config.clientSecret ? 'client_secret_basic' : 'none',
        }),
    );
    // A provider that was down at the first sign-in is asked again next time.
    this.client.catch(() => (this.client = undefined));
    return this.client;
  }
}
