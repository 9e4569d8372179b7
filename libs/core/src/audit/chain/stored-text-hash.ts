import { type ChainLink, hashInput, sha256Hex } from './event-hash';
import type { LogRow } from '../verify/sqlite-log';

/** An event as the SQLite store keeps it: its columns, the JSON ones as their stored text. */
export interface StoredEventText {
  readonly id: string;
  readonly type: string;
  readonly stream: string;
  readonly revision: number;
  readonly data: string;
  readonly metadata: string;
}

/** Where the link starts in canonical metadata: `chain` with `hash`, `prev`, `revision` in key order. */
const LINK = '"chain":{"hash":"';
const PREV = '","prev":"';
const REVISION = '","revision":';
const EFFECTIVE_DATE = '"effectiveDate":"';

/**
 * The event's hash computed from its stored text alone, without parsing it, for an event whose
 * data and metadata were stored in their RFC 8785 form (as the chain's writer stores them):
 * the text hashed is then the stored data, the stored metadata with the link's `"hash":"…",`
 * cut out, and the columns, joined by {@link hashInput}. Answers the link read from the text
 * and the hash that text gives, or undefined when the text is not in that shape.
 *
 * Only a match is trusted (`verify` takes the definition, parse and canonicalise, for anything
 * else): a match means the bytes stored are, byte for byte, the bytes the writer hashed, so
 * the definition gives the same hash. A text not in canonical form (a ledger written before
 * the writer stored canonical text, an edited row) gives another hash and goes the long way.
 */
export function storedTextHash(event: StoredEventText): { link: ChainLink; computed: string } | undefined {
  const metadata = event.metadata;
  const at = metadata.indexOf(LINK);
  if (at < 0) return undefined;
  const hashAt = at + LINK.length;
  const prevAt = hashAt + 64 + PREV.length;
  const revisionAt = prevAt + 64 + REVISION.length;
  if (!metadata.startsWith(PREV, hashAt + 64) || !metadata.startsWith(REVISION, prevAt + 64))
    return undefined;
  const revisionEnd = metadata.indexOf('}', revisionAt);
  if (revisionEnd < 0) return undefined;
  const revisionText = metadata.slice(revisionAt, revisionEnd);
  const revision = Number(revisionText);
  if (!Number.isSafeInteger(revision) || String(revision) !== revisionText) return undefined;
  const hash = metadata.slice(hashAt, hashAt + 64);
  const prev = metadata.slice(prevAt, prevAt + 64);
  // The metadata as hashed: `"chain":{` straight on to `"prev":…`.
  const hashed = metadata.slice(0, at + 9) + metadata.slice(hashAt + 66);
  const computed = sha256Hex(
    hashInput({
      data: event.data,
      effectiveDate: effectiveDateText(event.data),
      id: event.id,
      type: event.type,
      stream: event.stream,
      revision: String(event.revision),
      metadata: hashed,
      prev,
    }),
  );
  return { link: { revision, prev, hash }, computed };
}

/**
 * The canonical text of the data's `effectiveDate` when it is a string, read from the text:
 * the first `"effectiveDate":"` and the JSON string it opens (a nested one met first only gives
 * a hash that does not match, and the long way is taken).
 */
function effectiveDateText(data: string): string {
  const at = data.indexOf(EFFECTIVE_DATE);
  if (at < 0) return 'null';
  const start = at + EFFECTIVE_DATE.length - 1;
  for (let i = start + 1; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return data.slice(start, i + 1);
  }
  return 'null';
}

/** {@link storedTextHash} of a row of the SQLite log as `verify` and the checkpoint writer read it. */
export function storedRowHash(row: LogRow): { link: ChainLink; computed: string } | undefined {
  return storedTextHash({
    id: row[1],
    stream: row[2],
    revision: row[3],
    type: row[4],
    data: row[5],
    metadata: row[6],
  });
}
