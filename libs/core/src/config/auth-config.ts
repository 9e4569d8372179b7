import { ConfigError } from './ledger-config';

/**
 * Sign-in settings. With none of the `LEDGER_AUTH_*` settings the ledger runs in local mode:
 * open, for one person on their own machine, listening on a loopback address only.
 */
export type AuthConfig =
  | { readonly mode: 'local' }
  | {
      readonly mode: 'token';
      readonly issuer: string;
      readonly audience: string;
      /** Where the provider publishes its signing keys (https, or http on a loopback address). */
      readonly jwksUri: string;
      /** The claim holding the ledger's roles (Entra ID app roles: `roles`). */
      readonly rolesClaim: string;
      /** The claim holding the authority codes a user may see; unset: every authority. */
      readonly authoritiesClaim?: string;
      /** Seconds of clock difference tolerated on `exp` and `nbf`. */
      readonly clockSkewSeconds: number;
      /** The least time between two fetches of the key set when a token names an unknown key. */
      readonly jwksCooldownSeconds: number;
    };

/** The settings whose presence switches local mode off (named by every local-mode message). */
export const AUTH_SETTINGS = ['LEDGER_AUTH_ISSUER', 'LEDGER_AUTH_AUDIENCE', 'LEDGER_AUTH_JWKS_URI'] as const;

type Env = Readonly<Record<string, string | undefined>>;

/** Loopback addresses: the only ones local mode listens on, and the only ones a JWKS may be fetched from over http. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

function jwksUri(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('LEDGER_AUTH_JWKS_URI', `is not a URL: "${raw}"`);
  }
  const ok = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  if (!ok)
    throw new ConfigError('LEDGER_AUTH_JWKS_URI', 'must be an https URL (http only on a loopback address)');
  return url.toString();
}

function seconds(env: Env, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new ConfigError(name, `expected a whole number of seconds from 0 to ${max}, got "${raw}"`);
  }
  return value;
}

function claimName(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^[A-Za-z0-9_:./-]{1,128}$/.test(raw)) throw new ConfigError(name, `is not a claim name: "${raw}"`);
  return raw;
}

/** Reads the sign-in settings: all three of issuer, audience and JWKS, or none (local mode). */
export function authConfigOf(env: Env): AuthConfig {
  const given = AUTH_SETTINGS.filter((name) => (env[name] ?? '') !== '');
  if (given.length === 0) return { mode: 'local' };
  const missing = AUTH_SETTINGS.filter((name) => !given.includes(name));
  if (missing.length > 0) {
    throw new ConfigError(
      missing[0],
      `is needed with ${given.join(', ')} (sign-in needs ${AUTH_SETTINGS.join(', ')})`,
    );
  }
  return {
    mode: 'token',
    issuer: env.LEDGER_AUTH_ISSUER!,
    audience: env.LEDGER_AUTH_AUDIENCE!,
    jwksUri: jwksUri(env.LEDGER_AUTH_JWKS_URI!),
    rolesClaim: claimName(env, 'LEDGER_AUTH_ROLES_CLAIM') ?? 'roles',
    authoritiesClaim: claimName(env, 'LEDGER_AUTH_AUTHORITIES_CLAIM'),
    clockSkewSeconds: seconds(env, 'LEDGER_AUTH_CLOCK_SKEW_SECONDS', 60, 600),
    jwksCooldownSeconds: seconds(env, 'LEDGER_AUTH_JWKS_COOLDOWN_SECONDS', 30, 3600),
  };
}

/** `LEDGER_RATE_LIMIT_PER_MINUTE`: requests per minute per signed-in subject (per address in local mode). */
export function rateLimitOf(env: Env): number {
  const raw = env.LEDGER_RATE_LIMIT_PER_MINUTE;
  if (raw === undefined || raw === '') return 1200;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1_000_000) {
    throw new ConfigError(
      'LEDGER_RATE_LIMIT_PER_MINUTE',
      `expected a whole number from 1 to 1000000, got "${raw}"`,
    );
  }
  return value;
}

/** `LEDGER_CORS_ORIGINS`: a comma-separated list of origins; unset, CORS stays off. */
export function corsOriginsOf(env: Env): readonly string[] {
  const raw = env.LEDGER_CORS_ORIGINS ?? '';
  const origins = raw
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || url.origin !== origin) {
      throw new ConfigError('LEDGER_CORS_ORIGINS', `"${origin}" is not an origin (scheme://host[:port])`);
    }
  }
  return origins;
}
