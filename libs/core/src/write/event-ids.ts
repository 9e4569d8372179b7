import { createHash, hash } from 'node:crypto';

/** Namespace of the ledger's name-based event ids. */
const LEDGER_NAMESPACE = '6f1d4c1e-6b1a-4b55-9a3f-2f6f0c1d7a42';
const NAMESPACE_BYTES = Buffer.from(LEDGER_NAMESPACE.replace(/-/g, ''), 'hex');

/** SHA-1 of the bytes: node's one-shot `hash` where it has it (20.12 on), else a Hash object. */
const sha1 = (bytes: Buffer): Buffer =>
  typeof hash === 'function' ? hash('sha1', bytes, 'buffer') : createHash('sha1').update(bytes).digest();

/** An RFC 4122 version 5 (SHA-1, name-based) UUID, as `uuid`'s v5 gives, with node's own SHA-1 (an import makes one per event). */
export function uuidV5(name: string): string {
  const input = Buffer.allocUnsafe(NAMESPACE_BYTES.length + Buffer.byteLength(name, 'utf8'));
  NAMESPACE_BYTES.copy(input);
  input.write(name, NAMESPACE_BYTES.length, 'utf8');
  const bytes = sha1(input);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Event ids derive from the command id and what the command asked for (`commandHash`), so a
 * repeated command yields the same ids and the store (EventStoreDB or SQLite) recognises the
 * retry instead of writing twice, while the same key with a different body yields other ids.
 */
export function eventIdFor(
  streamName: string,
  commandId: string,
  index: number,
  commandHash: string,
): string {
  return uuidV5(`${streamName}/${commandId}/${commandHash}/${index}`);
}
