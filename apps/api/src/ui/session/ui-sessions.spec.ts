import { UiSessions } from './ui-sessions';

describe('the pages’ sessions', () => {
  it('expires a session left idle, and keeps one in use', () => {
    let now = 0;
    const sessions = new UiSessions(1000, () => now);
    const used = sessions.create();
    const idle = sessions.create();
    now = 900;
    expect(sessions.get(used.id)).toBe(used);
    now = 1500;
    expect(sessions.get(used.id)).toBe(used);
    expect(sessions.get(idle.id)).toBeUndefined();
  });

  it('gives a signing-in session a new id and form token, and forgets the old id', () => {
    const sessions = new UiSessions(60_000);
    const before = sessions.create();
    const after = sessions.rotate(before);
    expect(after.id).not.toBe(before.id);
    expect(after.csrfToken).not.toBe(before.csrfToken);
    expect(sessions.get(before.id)).toBeUndefined();
    expect(sessions.get(after.id)).toBe(after);
  });

  it('accepts only the session’s own form token', () => {
    const session = new UiSessions(60_000).create();
    expect(UiSessions.csrfMatches(session, session.csrfToken)).toBe(true);
    expect(UiSessions.csrfMatches(session, `${session.csrfToken}x`)).toBe(false);
    expect(UiSessions.csrfMatches(session, undefined)).toBe(false);
    expect(UiSessions.csrfMatches(undefined, session.csrfToken)).toBe(false);
  });
});
