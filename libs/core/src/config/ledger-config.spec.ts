import { ConfigError, loadConfig } from './ledger-config';

describe('loadConfig: parsed and validated once, a bad setting named', () => {
  it('defaults to the embedded store in ./data/ledger.db, on 127.0.0.1:3000', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      store: { kind: 'sqlite', file: './data/ledger.db' },
      readModelsFile: './data/ledger.db',
      http: { host: '127.0.0.1', port: 3000 },
      commandRetries: 3,
      readYourWritesTimeoutMs: 5000,
      defaultRecordedBy: 'unknown',
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
    [{ LEDGER_AUDIT_KEY_FILE: ' ' }, 'LEDGER_AUDIT_KEY_FILE'],
  ])('refuses %j, naming %s', (env, setting) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(setting);
  });
});
