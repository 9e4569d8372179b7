import { ConfigError } from '@ledger/core';
import { loadUiConfig } from './ui-config';

describe('the pages’ settings', () => {
  const oidc = {
    LEDGER_UI_OIDC_ISSUER: 'https://login.example.org/realms/council',
    LEDGER_UI_OIDC_CLIENT_ID: 'ledger-pages',
    LEDGER_UI_OIDC_REDIRECT_URI: 'https://ledger.example.org/ui/auth/callback',
  };

  it('is local mode with no provider, an hour of idle session and no targets by default', () => {
    expect(loadUiConfig({})).toEqual({ sessionIdleMinutes: 60, targets: [] });
  });

  it('reads a provider, with the roles claim defaulting to `roles`', () => {
    expect(loadUiConfig(oidc).oidc).toEqual({
      issuer: oidc.LEDGER_UI_OIDC_ISSUER,
      clientId: 'ledger-pages',
      clientSecret: undefined,
      redirectUri: oidc.LEDGER_UI_OIDC_REDIRECT_URI,
      rolesClaim: 'roles',
      authoritiesClaim: undefined,
    });
  });

  it.each([
    [{ ...oidc, LEDGER_UI_OIDC_CLIENT_ID: '' }, 'LEDGER_UI_OIDC_CLIENT_ID'],
    [{ ...oidc, LEDGER_UI_OIDC_REDIRECT_URI: undefined }, 'LEDGER_UI_OIDC_REDIRECT_URI'],
    [{ ...oidc, LEDGER_UI_OIDC_ISSUER: 'not a url' }, 'LEDGER_UI_OIDC_ISSUER'],
    [{ LEDGER_UI_SESSION_IDLE_MINUTES: '0' }, 'LEDGER_UI_SESSION_IDLE_MINUTES'],
    [{ LEDGER_UI_TARGETS: 'stability.threePlusPlacements=101' }, 'LEDGER_UI_TARGETS'],
    [{ LEDGER_UI_TARGETS: 'stability.threePlusPlacements' }, 'LEDGER_UI_TARGETS'],
  ])('refuses a bad setting, naming it (%#)', (env, setting) => {
    expect(() => loadUiConfig(env)).toThrow(ConfigError);
    expect(() => loadUiConfig(env)).toThrow(setting);
  });

  it('reads targets as figure=percent pairs', () => {
    expect(
      loadUiConfig({ LEDGER_UI_TARGETS: 'stability.threePlusPlacements=10, location.all.over20Miles=15.5' })
        .targets,
    ).toEqual([
      { figure: 'stability.threePlusPlacements', percent: 10 },
      { figure: 'location.all.over20Miles', percent: 15.5 },
    ]);
  });
});
