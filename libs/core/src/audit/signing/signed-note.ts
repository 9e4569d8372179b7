import { SigningKey, Verifier } from './signing-key';

/**
 * C2SP signed notes (c2sp.org/signed-note): a text ending in a newline, a blank line, and
 * one line per signature, `— <name> <base64(4-byte key hash || Ed25519 signature)>`.
 */
const SIGNATURE_LINE = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/;

export interface NoteSignature {
  readonly name: string;
  readonly keyId: Buffer;
  readonly signature: Buffer;
}

export interface ParsedNote {
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

export class NoteFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoteFormatError';
  }
}

/** Signs the text (which must end in a newline) as a note. */
export function signNote(text: string, key: SigningKey): string {
  if (!text.endsWith('\n')) throw new NoteFormatError('A note text ends with a newline');
  const { name, keyId } = key.verifier;
  const signature = key.sign(Buffer.from(text, 'utf8'));
  return `${text}\n\u2014 ${name} ${Buffer.concat([keyId, signature]).toString('base64')}\n`;
}

/** Splits a note into its text and signatures; throws {@link NoteFormatError} for anything else. */
export function parseNote(note: string): ParsedNote {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) throw new NoteFormatError('No blank line before the signatures');
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split('\n');
  const signatures = lines.map((line, i) => {
    const match = SIGNATURE_LINE.exec(line);
    const bytes = match ? Buffer.from(match[2], 'base64') : Buffer.alloc(0);
    if (!match || bytes.length < 5)
      throw new NoteFormatError(`Signature line ${i + 1} is not "— name base64"`);
    return { name: match[1], keyId: bytes.subarray(0, 4), signature: bytes.subarray(4) };
  });
  return { text, signatures };
}

/** Whether the note carries a valid signature by the verifier's key (name and key hash must match). */
export function noteVerifies(note: ParsedNote, verifier: Verifier): boolean {
  return note.signatures.some(
    (s) =>
      s.name === verifier.name &&
      s.keyId.equals(verifier.keyId) &&
      verifier.verify(Buffer.from(note.text, 'utf8'), s.signature),
  );
}
