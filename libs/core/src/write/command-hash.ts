import { createHash, hash } from 'node:crypto';

/** Array-index-like keys, which JavaScript objects (and so JSON.stringify) list first, in numeric order. */
const INDEX_KEY = /^(0|[1-9][0-9]{0,9})$/;

/**
 * Keys in the order `JSON.stringify(Object.fromEntries(sorted entries))` writes them, the
 * fingerprint's first form, kept so that events stored before stay recognised as repeats.
 */
function keyOrder(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record).sort();
  const indexes = keys.filter((k) => INDEX_KEY.test(k) && Number(k) < 4294967295);
  if (indexes.length === 0) return keys;
  const isIndex = new Set(indexes);
  return [...indexes.sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isIndex.has(k))];
}

/** JSON with object keys sorted and undefined members left out: the same command whatever its key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    for (const key of keyOrder(record)) {
      if (record[key] !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    }
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A fingerprint of what a command asked for, independent of key order. */
export function commandHash(value: unknown): string {
  const json = canonicalJson(value);
  // node's one-shot `hash` where it has it (20.12 on): no Hash object per command.
  const hex =
    typeof hash === 'function' ? hash('sha256', json) : createHash('sha256').update(json).digest('hex');
  return hex.slice(0, 32);
}
