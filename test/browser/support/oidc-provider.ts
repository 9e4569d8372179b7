import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

/** The roles each test user signs in with: the login name says who they are. */
export function rolesOf(login: string): string[] {
  if (login.startsWith('analyst')) return ['analyst'];
  if (login.startsWith('reviewer')) return ['reviewer'];
  return [];
}

export interface LoopbackProvider {
  readonly issuer: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on loopback, with its development login
 * and consent pages: any login name signs in, with the roles `rolesOf` gives it.
 */
export async function startProvider(clientId: string, redirectUri: string): Promise<LoopbackProvider> {
  // oidc-provider 7 is the last major that loads under CommonJS, as Jest runs the tests.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Provider } = require('oidc-provider');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    pkce: { required: () => true, methods: ['S256'] },
    claims: { openid: ['sub'], profile: ['name', 'roles'] },
    conformIdTokenClaims: false,
    findAccount: (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: () => ({ sub, name: `Test user ${sub}`, roles: rolesOf(sub) }),
    }),
    features: { devInteractions: { enabled: true } },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    cookies: { keys: ['a test key that is not a secret'] },
  });
  // A provider error fails the sign-in test on its own: the browser lands on its error page.

  server.on('request', provider.callback());
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
