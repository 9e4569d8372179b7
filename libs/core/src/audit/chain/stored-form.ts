import { canonicalJson, canonicalString } from './canonical-json';

/** A value as the store will keep it, with its RFC 8785 text. */
export interface StoredForm {
  /** The RFC 8785 canonical form of what the store keeps. */
  readonly text: string;
  /**
   * The same value with every object's keys in canonical order, so that the store's own
   * `JSON.stringify` writes `text` byte for byte (except for integer-like keys, which
   * JavaScript always enumerates first: such an event is stored in another order, and `verify`
   * takes its slower path for it).
   */
  readonly value: unknown;
}

/** Thrown inside the walk for anything `JSON.stringify` treats specially: the general path takes it. */
class NotPlain extends Error {}
// One instance, made once: the walk throws it without building a stack each time.
const NOT_PLAIN = new NotPlain('not plain JSON');

/** Deeper than this, the general path takes it (and `JSON.stringify` names a cycle). */
const MAX_DEPTH = 512;

let out = '';
let depth = 0;

/** Appends the canonical text of a plain JSON value to `out` and answers its sorted copy. */
function walk(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
      out += canonicalString(value);
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw NOT_PLAIN;
      out += JSON.stringify(value);
      return value;
    case 'boolean':
      out += value ? 'true' : 'false';
      return value;
    case 'object':
      if (value === null) {
        out += 'null';
        return null;
      }
      if (++depth > MAX_DEPTH) throw NOT_PLAIN;
      try {
        return Array.isArray(value) ? walkArray(value) : walkObject(value as Record<string, unknown>);
      } finally {
        depth--;
      }
    default:
      throw NOT_PLAIN;
  }
}

function walkArray(values: readonly unknown[]): unknown[] {
  const copy: unknown[] = new Array<unknown>(values.length);
  out += '[';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const item = values[i];
    // JSON.stringify writes null for what has no JSON form in an array.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') {
      out += 'null';
      copy[i] = null;
    } else copy[i] = walk(item);
  }
  out += ']';
  return copy;
}

function walkObject(value: Record<string, unknown>): Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  if ((prototype !== Object.prototype && prototype !== null) || typeof value.toJSON === 'function')
    throw NOT_PLAIN;
  const keys = Object.keys(value).sort();
  const copy: Record<string, unknown> = {};
  out += '{';
  let first = true;
  for (const key of keys) {
    const child = value[key];
    // JSON.stringify leaves these properties out.
    if (child === undefined || typeof child === 'function' || typeof child === 'symbol') continue;
    if (key === '__proto__') throw NOT_PLAIN;
    out += (first ? '' : ',') + canonicalString(key) + ':';
    first = false;
    copy[key] = walk(child);
  }
  out += '}';
  return copy;
}

/**
 * What the store keeps of a value (what `JSON.stringify` then `JSON.parse` give: undefined
 * properties left out, dates as strings), as its canonical text and a copy that the store
 * writes as that text. One walk for plain JSON values, which is what events carry; anything
 * else (a date, a class instance, a non-finite number) goes through `JSON.stringify` first.
 */
export function storedForm(value: unknown): StoredForm {
  out = '';
  depth = 0;
  try {
    const copy = walk(value ?? null);
    const text = out;
    return { text, value: copy };
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
  } finally {
    out = '';
  }
  const stored = JSON.parse(JSON.stringify(value ?? null)) as unknown;
  const text = canonicalJson(stored);
  return { text, value: JSON.parse(text) as unknown };
}
