import { ConfigError } from '@ledger/core';

/** The pages' sign-in provider (OpenID Connect, authorization code with PKCE). */
export interface UiOidcConfig {
  /** The issuer URL; its `/.well-known/openid-configuration` is read at start-up. */
  readonly issuer: string;
  readonly clientId: string;
  /** Absent for a public client (PKCE alone). */
  readonly clientSecret?: string;
  /** The address the provider sends the browser back to: `<base>/ui/auth/callback`. */
  readonly redirectUri: string;
  /** The ID token claim that carries the user's roles (a list, or one space-separated string). */
  readonly rolesClaim: string;
  /** The claim that carries the authority codes the user may see, when there is one. */
  readonly authoritiesClaim?: string;
}

/** A council's own target for a figure, drawn as a line on its trend. */
export interface UiTarget {
  readonly figure: string;
  readonly percent: number;
}

export interface UiConfig {
  /** Absent: local mode, the pages are open on loopback as the API is. */
  readonly oidc?: UiOidcConfig;
  /** How long a signed-in session lasts without use. */
  readonly sessionIdleMinutes: number;
  readonly targets: readonly UiTarget[];
}

type Env = Readonly<Record<string, string | undefined>>;

const set = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

function url(name: string, value: string): string {
  try {
    const parsed = new URL(value);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('not http(s)');
    return value;
  } catch {
    throw new ConfigError(name, `expected an http(s) URL, got "${value}"`);
  }
}

function targets(raw: string | undefined): UiTarget[] {
  if (raw === undefined) return [];
  // "stability.threePlusPlacements=10,location.all.over20Miles=15"
  return raw.split(',').map((pair) => {
    const [figure, percent] = pair.split('=').map((part) => part?.trim());
    const value = Number(percent);
    if (!figure || percent === undefined || percent === '' || !(value >= 0 && value <= 100)) {
      throw new ConfigError('LEDGER_UI_TARGETS', `expected figure=percent pairs (0 to 100), got "${pair}"`);
    }
    return { figure, percent: value };
  });
}

/**
 * The pages' settings, from the environment given (the CLI passes `process.env`). With
 * `LEDGER_UI_OIDC_ISSUER` set, the client id and the redirect URI must be set too.
 */
export function loadUiConfig(env: Env): UiConfig {
  const issuer = set(env.LEDGER_UI_OIDC_ISSUER);
  const idleRaw = set(env.LEDGER_UI_SESSION_IDLE_MINUTES);
  const idle = idleRaw === undefined ? 60 : Number(idleRaw);
  if (!Number.isInteger(idle) || idle < 1 || idle > 24 * 60) {
    throw new ConfigError(
      'LEDGER_UI_SESSION_IDLE_MINUTES',
      `expected minutes from 1 to 1440, got "${idleRaw}"`,
    );
  }
  const config: UiConfig = { sessionIdleMinutes: idle, targets: targets(set(env.LEDGER_UI_TARGETS)) };
  if (issuer === undefined) return Object.freeze(config);
  const clientId = set(env.LEDGER_UI_OIDC_CLIENT_ID);
  if (clientId === undefined) {
    throw new ConfigError('LEDGER_UI_OIDC_CLIENT_ID', 'is required when LEDGER_UI_OIDC_ISSUER is set');
  }
  const redirect = set(env.LEDGER_UI_OIDC_REDIRECT_URI);
  if (redirect === undefined) {
    throw new ConfigError('LEDGER_UI_OIDC_REDIRECT_URI', 'is required when LEDGER_UI_OIDC_ISSUER is set');
  }
  return Object.freeze({
    ...config,
    oidc: {
      issuer: url('LEDGER_UI_OIDC_ISSUER', issuer),
      clientId,
      clientSecret: set(env.LEDGER_UI_OIDC_CLIENT_SECRET),
      redirectUri: url('LEDGER_UI_OIDC_REDIRECT_URI', redirect),
      rolesClaim: set(env.LEDGER_UI_OIDC_ROLES_CLAIM) ?? 'roles',
      authoritiesClaim: set(env.LEDGER_UI_OIDC_AUTHORITIES_CLAIM),
    },
  });
}
