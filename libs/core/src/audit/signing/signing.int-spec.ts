import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noteVerifies, parseNote, signNote } from './signed-note';
import { SigningKey, Verifier } from './signing-key';

describe('the signing key and C2SP signed notes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the key file 0600 on first use, and reads the same key afterwards', () => {
    const file = join(dir, 'nested', 'key.pem');
    const first = SigningKey.openOrCreate(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(SigningKey.openOrCreate(file).verifier.keyId).toEqual(first.verifier.keyId);
  });

  it('signs a note that its verifier key (PEM or C2SP form) accepts, and no other', () => {
    const key = SigningKey.openOrCreate(join(dir, 'a.pem'));
    const other = SigningKey.openOrCreate(join(dir, 'b.pem'));
    const note = signNote('placement-ledger/audit\n3\nAAAA\n', key);
    expect(note).toMatch(/^placement-ledger\/audit\n3\nAAAA\n\n\u2014 placement-ledger [A-Za-z0-9+/]+=*\n$/);
    const parsed = parseNote(note);
    const info = key.verifier.info();
    expect(noteVerifies(parsed, Verifier.parse(info.publicKeyPem))).toBe(true);
    expect(noteVerifies(parsed, Verifier.parse(info.verifierKey))).toBe(true);
    expect(info.verifierKey).toMatch(new RegExp(`^placement-ledger\\+${info.keyId}\\+`));
    expect(noteVerifies(parsed, other.verifier)).toBe(false);
    expect(noteVerifies(parseNote(note.replace('\n3\n', '\n4\n')), key.verifier)).toBe(false);
  });
});
