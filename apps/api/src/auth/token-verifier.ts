import { type AuthConfig } from '@ledger/core';
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import { ApiError } from '../errors/api-error';
import { type Principal, type Role, ROLES } from './access';

type TokenAuth = Extract<AuthConfig, { mode: 'token' }>;

/** Signature algorithms an OpenID Connect provider signs access tokens with (never `none` or HMAC). */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'];

/** Why a token was refused, in words a client's developer can act on. */
function reasonOf(error: unknown): string | undefined {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'wrong audience';
    if (error.claim === 'iss') return 'wrong issuer';
    if (error.claim === 'nbf') return 'not yet valid';
    return `claim ${error.claim} is invalid`;
  }
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown key';
  if (error instanceof errors.JWKSMultipleMatchingKeys) return 'ambiguous key';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad signature';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm not allowed';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'malformed';
  if (error instanceof errors.JOSENotSupported) return 'unsupported key or algorithm';
  return undefined;
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter((s) => s !== '');
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value.length <= 256 ? value : undefined;
}

/**
 * Verifies bearer tokens against the provider's key set (fetched and cached by jose, fetched
 * again when a token names a key it does not hold: key rotation) and makes the principal.
 */
export class TokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly auth: TokenAuth) {
    this.keys = createRemoteJWKSet(new URL(auth.jwksUri), {
      cooldownDuration: auth.jwksCooldownSeconds * 1000,
      timeoutDuration: 5000,
    });
  }

  /** The principal of a verified token; throws `AUTH.INVALID_TOKEN` naming why, or 503 when the keys cannot be had. */
  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.auth.issuer,
        audience: this.auth.audience,
        clockTolerance: this.auth.clockSkewSeconds,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      const reason = reasonOf(error);
      if (reason === undefined) {
        throw new ApiError(
          'AUTH.PROVIDER_UNAVAILABLE',
          "The sign-in provider's keys could not be fetched; try again",
        );
      }
      throw new ApiError('AUTH.INVALID_TOKEN', `The bearer token is invalid: ${reason}`, undefined, {
        reason,
      });
    }
    const subject = optionalString(payload.sub);
    if (subject === undefined) {
      throw new ApiError('AUTH.INVALID_TOKEN', 'The bearer token is invalid: no subject', undefined, {
        reason: 'no subject',
      });
    }
    const roles = stringsOf(payload[this.auth.rolesClaim]).filter((r): r is Role =>
      (ROLES as readonly string[]).includes(r),
    );
    const authorities =
      this.auth.authoritiesClaim !== undefined && payload[this.auth.authoritiesClaim] !== undefined
        ? stringsOf(payload[this.auth.authoritiesClaim])
        : undefined;
    return {
      mode: 'token',
      subject,
      displayName: optionalString(payload.name) ?? optionalString(payload.preferred_username),
      roles: [...new Set(roles)],
      clientId:
        optionalString(payload.azp) ?? optionalString(payload.appid) ?? optionalString(payload.client_id),
      ...(authorities !== undefined ? { authorities } : {}),
    };
  }
}
