import { AUTH_SETTINGS, ConfigError, isLoopbackHost, type LedgerConfig } from '@ledger/core';

/**
 * Local mode is open to anyone who reaches the port, so it listens on a loopback address only:
 * start-up stops, naming the settings that turn sign-in on.
 */
export function assertListenAllowed(config: LedgerConfig): void {
  if (config.auth.mode === 'local' && !isLoopbackHost(config.http.host)) {
    throw new ConfigError(
      'LEDGER_HOST',
      `local mode (no sign-in) listens only on a loopback address, not ${config.http.host}; ` +
        `configure sign-in with ${AUTH_SETTINGS.join(', ')} (and LEDGER_AUTH_ROLES_CLAIM, LEDGER_AUTH_AUTHORITIES_CLAIM) to listen on other addresses`,
    );
  }
}

/** How the start-up line and `/health` describe sign-in. */
export function authModeLine(config: LedgerConfig): string {
  return config.auth.mode === 'local'
    ? `local mode: no sign-in, every role, loopback only; set ${AUTH_SETTINGS.join(', ')} to require sign-in`
    : `sign-in required: bearer tokens from ${config.auth.issuer}`;
}
