import {
  type KeyObject,
  randomUUID,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';

/** The name checkpoints are signed under (the C2SP signed-note key name). */
export const SIGNER_NAME = 'placement-ledger';

/** Ed25519's algorithm byte in a C2SP signed-note key hash and verifier key. */
const ED25519 = 0x01;

/** Raised when the key file cannot be used; the message names the file and what is wrong. */
export class SigningKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningKeyError';
  }
}

/** A public key as an auditor keeps it: raw bytes, PEM, the note key id and the C2SP verifier key. */
export interface PublicKeyInfo {
  readonly algorithm: 'Ed25519';
  readonly name: string;
  /** The 4-byte key hash of C2SP signed notes, hex. */
  readonly keyId: string;
  readonly publicKeyPem: string;
  /** `<name>+<keyhash hex>+<base64(0x01 || key)>`, the C2SP verifier key. */
  readonly verifierKey: string;
}

function rawPublicKey(key: KeyObject): Buffer {
  // The last 32 bytes of the SPKI DER of an Ed25519 key are the key itself.
  const der = key.export({ type: 'spki', format: 'der' });
  return der.subarray(der.length - 32);
}

/** C2SP signed-note key hash: the first 4 bytes of SHA-256(name || "\n" || 0x01 || key). */
export function keyHash(name: string, raw: Buffer): Buffer {
  return createHash('sha256')
    .update(Buffer.from(`${name}\n`))
    .update(Buffer.from([ED25519]))
    .update(raw)
    .digest()
    .subarray(0, 4);
}

/** A public key that verifies checkpoint signatures. */
export class Verifier {
  readonly raw: Buffer;
  readonly keyId: Buffer;
  constructor(
    readonly key: KeyObject,
    readonly name: string = SIGNER_NAME,
  ) {
    this.raw = rawPublicKey(key);
    this.keyId = keyHash(name, this.raw);
  }

  /** Reads a PEM public key or a C2SP verifier key (`name+hash+base64`). */
  static parse(text: string): Verifier {
    const trimmed = text.trim();
    if (trimmed.startsWith('-----BEGIN')) return new Verifier(createPublicKey(trimmed));
    // The base64 part may itself hold '+': split at the first two only.
    const first = trimmed.indexOf('+');
    const second = trimmed.indexOf('+', first + 1);
    const name = first > 0 ? trimmed.slice(0, first) : '';
    const encoded = second > first ? trimmed.slice(second + 1) : '';
    const bytes = Buffer.from(encoded, 'base64');
    if (!name || bytes.length !== 33 || bytes[0] !== ED25519)
      throw new SigningKeyError('Not an Ed25519 public key in PEM or C2SP verifier-key form');
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), bytes.subarray(1)]);
    return new Verifier(createPublicKey({ key: spki, format: 'der', type: 'spki' }), name);
  }

  verify(message: Buffer, signature: Buffer): boolean {
    return signature.length === 64 && verify(null, message, this.key, signature);
  }

  info(): PublicKeyInfo {
    return {
      algorithm: 'Ed25519',
      name: this.name,
      keyId: this.keyId.toString('hex'),
      publicKeyPem: this.key.export({ type: 'spki', format: 'pem' }).toString(),
      verifierKey: `${this.name}+${this.keyId.toString('hex')}+${Buffer.concat([Buffer.from([ED25519]), this.raw]).toString('base64')}`,
    };
  }
}

/** The ledger's Ed25519 signing key. */
export class SigningKey {
  readonly verifier: Verifier;
  private constructor(private readonly privateKey: KeyObject) {
    this.verifier = new Verifier(createPublicKey(privateKey));
  }

  sign(message: Buffer): Buffer {
    return sign(null, message, this.privateKey);
  }

  /** Opens the key file if it exists (verifying needs no new key); undefined when it does not. */
  static openExisting(file: string): SigningKey | undefined {
    return existsSync(file) ? SigningKey.openOrCreate(file) : undefined;
  }

  /**
   * Opens the key file, creating it (mode 0600, and its folder) with a new key on first use.
   * A file that others may read is refused: whoever can read it can sign checkpoints.
   */
  static openOrCreate(file: string): SigningKey {
    let pem: string;
    try {
      pem = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new SigningKeyError(`Cannot read the audit signing key ${file}: ${(error as Error).message}`);
      return SigningKey.create(file);
    }
    if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0)
      throw new SigningKeyError(`The audit signing key ${file} is readable by others: chmod 600 it`);
    try {
      const key = createPrivateKey(pem);
      if (key.asymmetricKeyType !== 'ed25519') throw new Error(`a ${key.asymmetricKeyType} key`);
      return new SigningKey(key);
    } catch (error) {
      throw new SigningKeyError(
        `The audit signing key ${file} is not an Ed25519 private key: ${(error as Error).message}`,
      );
    }
  }

  private static create(file: string): SigningKey {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    mkdirSync(dirname(file), { recursive: true });
    // Written whole to a private temporary file, then linked into place: the link fails if
    // another process has just created the key, and then that key is the one used.
    const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
    writeFileSync(temporary, pem, { mode: 0o600, flag: 'wx' });
    try {
      chmodSync(temporary, 0o600);
      linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return SigningKey.openOrCreate(file);
      throw error;
    } finally {
      rmSync(temporary, { force: true });
    }
    return new SigningKey(privateKey);
  }
}
