import { userInfo } from 'node:os';
import { ConfigError, loadConfig } from './ledger-config';

const signIn = {
  LEDGER_AUTH_ISSUER: 'https://login.example/tenant/v2.0',
  LEDGER_AUTH_AUDIENCE: 'api://placement-ledger',
  LEDGER_AUTH_JWKS_URI: 'https://login.example/tenant/discovery/v2.0/keys',
};

describe('loadConfig: sign-in settings', () => {
  it('signs in with bearer tokens when issuer, audience and JWKS are set; roles claim defaults to roles', () => {
    expect(loadConfig({ ...signIn, LEDGER_AUTH_AUTHORITIES_CLAIM: 'authorities' }).auth).toEqual({
      mode: 'token',
      issuer: signIn.LEDGER_AUTH_ISSUER,
      audience: signIn.LEDGER_AUTH_AUDIENCE,
      jwksUri: signIn.LEDGER_AUTH_JWKS_URI,
      rolesClaim: 'roles',
      authoritiesClaim: 'authorities',
      clockSkewSeconds: 60,
      jwksCooldownSeconds: 30,
    });
  });

  it('accepts an http JWKS only on a loopback address (tests), and CORS origins as a list', () => {
    const config = loadConfig({
      ...signIn,
      LEDGER_AUTH_JWKS_URI: 'http://127.0.0.1:8123/keys',
      LEDGER_CORS_ORIGINS: 'https://a.example, http://localhost:8080',
    });
    expect(config.auth).toMatchObject({ mode: 'token', jwksUri: 'http://127.0.0.1:8123/keys' });
    expect(config.corsOrigins).toEqual(['https://a.example', 'http://localhost:8080']);
  });
});

describe('loadConfig: parsed and validated once, a bad setting named', () => {
  it('defaults to the embedded store in ./data/ledger.db, on 127.0.0.1:3000', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      store: { kind: 'sqlite', file: './data/ledger.db' },
      readModelsFile: './data/ledger.db',
      http: { host: '127.0.0.1', port: 3000 },
      commandRetries: 3,
      readYourWritesTimeoutMs: 5000,
      defaultRecordedBy: userInfo().username,
      auth: { mode: 'local' },
      corsOrigins: [],
      rateLimitPerMinute: 1200,
      readOnly: false,
      audit: { keyFile: 'data/audit-signing-key.pem', checkpointDir: 'data/checkpoints' },
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('keeps the audit key and checkpoint notes beside the ledger file unless told where', () => {
    expect(loadConfig({}, { db: '/srv/a/ledger.db' }).audit).toEqual({
      keyFile: '/srv/a/audit-signing-key.pem',
      checkpointDir: '/srv/a/checkpoints',
    });
    const set = loadConfig({ LEDGER_AUDIT_KEY_FILE: '/keys/k.pem', LEDGER_CHECKPOINT_DIR: '/out' });
    expect(set.audit).toEqual({ keyFile: '/keys/k.pem', checkpointDir: '/out' });
  });

  it('uses EventStoreDB when a connection string is set, and keeps checkpoints in their own file', () => {
    const config = loadConfig({ EVENTSTORE_CONNECTION_STRING: 'esdb+discover://db:2113?tls=false' });
    expect(config.store).toEqual({ kind: 'esdb', connectionString: 'esdb+discover://db:2113?tls=false' });
    expect(config.readModelsFile).toBe('./data/read-models.db');
  });

  it('lets --db and --port on the command line win over the environment', () => {
    const config = loadConfig(
      { EVENTSTORE_CONNECTION_STRING: 'esdb://db:2113', LEDGER_PORT: '4000' },
      { db: 'x.db', port: '0' },
    );
    expect(config.store).toEqual({ kind: 'sqlite', file: 'x.db' });
    expect(config.http.port).toBe(0);
  });

  it.each([
    [{ EVENTSTORE_CONNECTION_STRING: 'http://db:2113' }, 'EVENTSTORE_CONNECTION_STRING'],
    [{ LEDGER_PORT: '70000' }, 'LEDGER_PORT'],
    [{ LEDGER_COMMAND_RETRIES: 'many' }, 'LEDGER_COMMAND_RETRIES'],
    [{ LEDGER_READ_TIMEOUT_MS: '0' }, 'LEDGER_READ_TIMEOUT_MS'],
    [{ LEDGER_DB_FILE: ' ' }, 'LEDGER_DB_FILE'],
    [{ LEDGER_AUTH_ISSUER: 'https://login.example/' }, 'LEDGER_AUTH_AUDIENCE'],
    [{ ...signIn, LEDGER_AUTH_JWKS_URI: 'http://idp.example/keys' }, 'LEDGER_AUTH_JWKS_URI'],
    [{ ...signIn, LEDGER_AUTH_JWKS_URI: 'keys' }, 'LEDGER_AUTH_JWKS_URI'],
    [{ ...signIn, LEDGER_AUTH_CLOCK_SKEW_SECONDS: '-1' }, 'LEDGER_AUTH_CLOCK_SKEW_SECONDS'],
    [{ ...signIn, LEDGER_AUTH_ROLES_CLAIM: 'a b' }, 'LEDGER_AUTH_ROLES_CLAIM'],
    [{ LEDGER_CORS_ORIGINS: 'https://a.example/path' }, 'LEDGER_CORS_ORIGINS'],
    [{ LEDGER_RATE_LIMIT_PER_MINUTE: '0' }, 'LEDGER_RATE_LIMIT_PER_MINUTE'],
    [{ LEDGER_AUDIT_KEY_FILE: ' ' }, 'LEDGER_AUDIT_KEY_FILE'],
  ])('refuses %j, naming %s', (env, setting) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(setting);
  });

  it('opens the ledger read-only only when a read command or serve --read-only asks', () => {
    expect(loadConfig({}, { readOnly: true }).readOnly).toBe(true);
    expect(loadConfig({ LEDGER_DB_FILE: 'x.db' }).readOnly).toBe(false);
  });
});
