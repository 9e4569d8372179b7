import { exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

interface Key {
  readonly kid: string;
  readonly privateKey: SigningKey;
  readonly jwk: JWK;
}

/**
 * A stand-in OpenID Connect provider on a loopback port: its own signing keys, a JWKS it
 * serves (and rotates), and tokens it mints. Nothing leaves the machine.
 */
export class IdentityProvider {
  readonly issuer = 'https://login.test.example/tenant/v2.0';
  readonly audience = 'api://placement-ledger-test';
  private published: Key[] = [];
  /** How many times the ledger fetched the key set. */
  fetches = 0;

  private constructor(
    private readonly server: Server,
    private current: Key,
  ) {}

  static async start(): Promise<IdentityProvider> {
    const key = await IdentityProvider.newKey('key-1');
    let provider: IdentityProvider | undefined = undefined;
    const server = createServer((req, res) => {
      if (req.url !== '/keys' || !provider) {
        res.writeHead(404).end();
        return;
      }
      provider.fetches += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: provider.published.map((k) => k.jwk) }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    provider = new IdentityProvider(server, key);
    provider.published = [key];
    return provider;
  }

  private static async newKey(kid: string): Promise<Key> {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
  }

  get jwksUri(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/keys`;
  }

  /** The settings that point the ledger at this provider. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      LEDGER_AUTH_ISSUER: this.issuer,
      LEDGER_AUTH_AUDIENCE: this.audience,
      LEDGER_AUTH_JWKS_URI: this.jwksUri,
      LEDGER_AUTH_AUTHORITIES_CLAIM: 'authorities',
      LEDGER_AUTH_JWKS_COOLDOWN_SECONDS: '0',
      ...extra,
    };
  }

  /** Publishes a new key and signs with it from now on; the old key is withdrawn. */
  async rotate(kid: string): Promise<void> {
    this.current = await IdentityProvider.newKey(kid);
    this.published = [this.current];
  }

  /** A signed access token; `options` overrides the defaults to make bad ones. */
  async token(
    claims: JWTPayload & { roles?: string[] },
    options: {
      expiresIn?: string | number;
      issuer?: string;
      audience?: string;
      kid?: string;
      key?: 'stranger';
    } = {},
  ): Promise<string> {
    const signer =
      options.key === 'stranger'
        ? (await IdentityProvider.newKey(this.current.kid)).privateKey
        : this.current.privateKey;
    return new SignJWT({ sub: 'user-1', azp: 'client-app-1', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? this.current.kid, typ: 'JWT' })
      .setIssuer(options.issuer ?? this.issuer)
      .setAudience(options.audience ?? this.audience)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '10m')
      .sign(signer);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** `Authorization: Bearer` headers for a token. */
export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
