import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/**
 * The hash chain's record in each event's metadata, under `chain`. `prev` is the hash of the
 * stream's previous event (or the stream's genesis value); `revision` is the revision the event
 * was written at, so that an event moved to another revision is told from an edited one.
 */
export interface ChainLink {
  readonly revision: number;
  readonly prev: string;
  readonly hash: string;
}

/** What an event's hash covers: everything the ledger stores about it except the hash itself. */
export interface HashableEvent {
  readonly id: string;
  readonly type: string;
  readonly streamName: string;
  readonly revision: bigint;
  readonly data: unknown;
  readonly metadata: unknown;
}

/** The value the first event of a stream chains to: derived from the stream's name. */
export function genesisHash(streamName: string): string {
  return hash('sha256', `placement-ledger/stream-genesis/${streamName}`, 'hex');
}

/** The metadata key that holds the {@link ChainLink}. */
export const CHAIN_KEY = 'chain';

/** The chain link of a stored event's metadata, or undefined when it has none (written before the chain). */
export function chainLinkOf(metadata: unknown): ChainLink | undefined {
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const link = (metadata as Record<string, unknown>)[CHAIN_KEY] as Partial<ChainLink> | undefined;
  if (
    typeof link !== 'object' ||
    link === null ||
    typeof link.hash !== 'string' ||
    typeof link.prev !== 'string' ||
    typeof link.revision !== 'number'
  )
    return undefined;
  return link as ChainLink;
}

/** The effective date an event's hash covers: its data's `effectiveDate` when that is a string. */
export function effectiveDateOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const date = (data as Record<string, unknown>).effectiveDate;
  return typeof date === 'string' ? date : null;
}

/** The metadata as hashed: the link without its `hash`, or, for an event without a link, as stored. */
function hashedMetadata(metadata: unknown, prev: string): unknown {
  if (typeof metadata !== 'object' || metadata === null) return metadata;
  const link = (metadata as Record<string, unknown>)[CHAIN_KEY] as Partial<ChainLink> | undefined;
  if (link === undefined) return metadata;
  return { ...metadata, [CHAIN_KEY]: { revision: link.revision, prev } };
}

/**
 * SHA-256 (hex) of the RFC 8785 canonical form of the event: id, type, data, metadata without
 * the hash, stream, revision and effective date. `prev` is what the link's `prev` says (for an
 * event with a link) or the previous event's hash (for an event written before the chain).
 */
export function eventHash(event: HashableEvent, prev: string): string {
  const canonical = canonicalJson({
    id: event.id,
    type: event.type,
    stream: event.streamName,
    revision: event.revision.toString(),
    effectiveDate: effectiveDateOf(event.data),
    data: event.data,
    metadata: hashedMetadata(event.metadata, prev),
    prev,
  });
  return hash('sha256', canonical, 'hex');
}

/** The canonical texts of an event's parts, as {@link hashInput} puts them together. */
export interface HashParts {
  /** RFC 8785 form of the data. */
  readonly data: string;
  /** RFC 8785 form of the effective date (a JSON string, or `null`). */
  readonly effectiveDate: string;
  readonly id: string;
  readonly type: string;
  readonly stream: string;
  readonly revision: string;
  /** RFC 8785 form of the metadata as hashed (the link without its `hash`). */
  readonly metadata: string;
  /** The link's `prev`: 64 hex digits. */
  readonly prev: string;
}

/**
 * The exact text {@link eventHash} hashes, put together from its parts' canonical texts: RFC
 * 8785 writes an object as its members sorted by key, each member's value in its own canonical
 * form, so the whole is the parts joined in key order (`data`, `effectiveDate`, `id`,
 * `metadata`, `prev`, `revision`, `stream`, `type`). The chain's writer and the fast path of
 * `verify` both use it, so the text stored and the text hashed are made once.
 */
export function hashInput(parts: HashParts): string {
  return (
    '{"data":' +
    parts.data +
    ',"effectiveDate":' +
    parts.effectiveDate +
    ',"id":' +
    JSON.stringify(parts.id) +
    ',"metadata":' +
    parts.metadata +
    ',"prev":"' +
    parts.prev +
    '","revision":"' +
    parts.revision +
    '","stream":' +
    JSON.stringify(parts.stream) +
    ',"type":' +
    JSON.stringify(parts.type) +
    '}'
  );
}

/** SHA-256 (hex) of a text, one shot. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}
