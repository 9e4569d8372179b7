import { type ForecastGroup } from '@ledger/forecast';
import { FORECAST_COSTS_SETTING, parseForecastDailyCosts } from './forecast-costs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { type AuthConfig, authConfigOf, corsOriginsOf, rateLimitOf } from './auth-config';

/**
 * The ledger's configuration, parsed and validated once at start-up into one frozen
 * object (docs/architecture.md §4). Nothing else reads `process.env`.
 */
export type StoreConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'esdb'; readonly connectionString: string };

export interface LedgerConfig {
  readonly store: StoreConfig;
  /** The SQLite file that keeps read-model checkpoints (the ledger's own file on the embedded store). */
  readonly readModelsFile: string;
  readonly http: { readonly host: string; readonly port: number };
  /** How many times a command is re-decided after a concurrent append, before answering 409. */
  readonly commandRetries: number;
  /** How long a read waits for the read models to reach a write. */
  readonly readYourWritesTimeoutMs: number;
  /** Who is recorded as the author when a request does not say (`X-Recorded-By`). */
  readonly defaultRecordedBy: string;
  /** The cost of a placement day by group, for the forecast (`LEDGER_FORECAST_DAILY_COSTS`). */
  readonly forecastDailyCosts?: Readonly<Partial<Record<ForecastGroup, number>>>;
  /**
   * The ledger is opened read-only (read commands, `serve --read-only`): an existing file is
   * required and never written, and commands are refused with `LEDGER.READ_ONLY`.
   */
  readonly readOnly: boolean;
  /** Sign-in: bearer tokens from an OpenID Connect provider, or local mode. */
  readonly auth: AuthConfig;
  /** Origins allowed to call the API from a browser; empty: CORS off. */
  readonly corsOrigins: readonly string[];
  /** Requests a minute per signed-in subject (per address in local mode) before 429. */
  readonly rateLimitPerMinute: number;
  /** The audit evidence: the Ed25519 key that signs checkpoints, and where their notes are written. */
  readonly audit: AuditConfig;
}

export interface AuditConfig {
  /** The private key file, created (mode 0600) on first use. */
  readonly keyFile: string;
  /** Every checkpoint is also written here as `checkpoint-<sequence>.txt`, for the auditor to copy out. */
  readonly checkpointDir: string;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`Invalid configuration ${setting}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Overrides from the command line win over the environment. */
export interface ConfigOverrides {
  db?: string;
  port?: number | string;
  host?: string;
  readOnly?: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function port(name: string, raw: string | number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(name, `expected a port number from 0 to 65535, got "${raw}"`);
  }
  return value;
}

function storeConfig(env: Env, overrides: ConfigOverrides): StoreConfig {
  const esdb = env.EVENTSTORE_CONNECTION_STRING;
  if (overrides.db !== undefined || !esdb) {
    const file = overrides.db ?? env.LEDGER_DB_FILE ?? './data/ledger.db';
    if (file.trim() === '')
      throw new ConfigError(overrides.db !== undefined ? '--db' : 'LEDGER_DB_FILE', 'is empty');
    return { kind: 'sqlite', file };
  }
  if (!/^esdb(\+discover)?:\/\//.test(esdb)) {
    throw new ConfigError('EVENTSTORE_CONNECTION_STRING', 'must start with esdb:// or esdb+discover://');
  }
  return { kind: 'esdb', connectionString: esdb };
}

/** The audit key and notes live beside the ledger's own file (on EventStoreDB, beside the read models' file). */
function auditConfig(env: Env, store: StoreConfig, readModelsFile: string): AuditConfig {
  const home = dirname(store.kind === 'sqlite' && store.file !== ':memory:' ? store.file : readModelsFile);
  const keyFile = env.LEDGER_AUDIT_KEY_FILE ?? join(home, 'audit-signing-key.pem');
  const checkpointDir = env.LEDGER_CHECKPOINT_DIR ?? join(home, 'checkpoints');
  if (keyFile.trim() === '') throw new ConfigError('LEDGER_AUDIT_KEY_FILE', 'is empty');
  if (checkpointDir.trim() === '') throw new ConfigError('LEDGER_CHECKPOINT_DIR', 'is empty');
  return { keyFile, checkpointDir };
}

/** Parses and validates the configuration; throws {@link ConfigError} naming the bad setting. */
export function loadConfig(env: Env, overrides: ConfigOverrides = {}): LedgerConfig {
  const store = storeConfig(env, overrides);
  const readModelsFile =
    env.LEDGER_READ_MODELS_FILE ?? (store.kind === 'sqlite' ? store.file : './data/read-models.db');
  const config: LedgerConfig = {
    store,
    readModelsFile,
    http: {
      host: overrides.host ?? env.LEDGER_HOST ?? '127.0.0.1',
      port:
        overrides.port !== undefined
          ? port('--port', overrides.port)
          : port('LEDGER_PORT', env.LEDGER_PORT ?? 3000),
    },
    commandRetries: integer(env, 'LEDGER_COMMAND_RETRIES', 3, 0, 20),
    readYourWritesTimeoutMs: integer(env, 'LEDGER_READ_TIMEOUT_MS', 5000, 1, 600_000),
    defaultRecordedBy: env.LEDGER_RECORDED_BY ?? osUser(),
    forecastDailyCosts: parseForecastDailyCosts(env[FORECAST_COSTS_SETTING], (message) => {
      throw new ConfigError(FORECAST_COSTS_SETTING, message);
    }),
    readOnly: overrides.readOnly ?? false,
    auth: authConfigOf(env),
    corsOrigins: corsOriginsOf(env),
    rateLimitPerMinute: rateLimitOf(env),
    audit: auditConfig(env, store, readModelsFile),
  };
  return Object.freeze(config);
}

/** Local mode records the OS user when a request does not name who records. */
function osUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
