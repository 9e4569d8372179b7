/**
 * JSON Canonicalization Scheme (RFC 8785): the one byte-exact form of a JSON value that the
 * hash chain hashes. ECMAScript's own serialisation already gives RFC 8785's numbers (§3.2.2.3)
 * and strings (§3.2.2.2), so what is left is sorting object keys by their UTF-16 code units
 * (§3.2.3, which is what `Array.prototype.sort` does on strings) and refusing what JSON cannot
 * carry.
 */

/** Thrown for a value that has no canonical JSON form. */
export class CanonicalJsonError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'CanonicalJsonError';
  }
}

// A lone surrogate cannot be written as UTF-8: RFC 8785 §3.2.2.2 requires well-formed strings.
// The cheap test runs on every string; the exact one only on the rare string with a surrogate.
const ANY_SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Strings up to this long are scanned here for what JSON escapes; longer ones go to the regexes. */
const SCANNED = 64;

/**
 * True when the JSON form of the string is the string in quotes: no control character, quote,
 * backslash or surrogate in it. Most keys and values are like that, and a loop over a short
 * string costs less than `JSON.stringify` and the surrogate test.
 */
function plain(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/** The RFC 8785 form of a string (its JSON form), refusing a lone surrogate. */
export function canonicalString(value: string): string {
  if (value.length <= SCANNED && plain(value)) return '"' + value + '"';
  if (ANY_SURROGATE.test(value) && LONE_SURROGATE.test(value))
    throw new CanonicalJsonError('A string holds a lone surrogate');
  return JSON.stringify(value);
}

// Written by string concatenation: V8 builds such strings as ropes, cheaper than an array joined.
function serialise(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return canonicalString(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? array(value) : object(value as Record<string, unknown>);
    default:
      throw new CanonicalJsonError(`A ${typeof value} is not a JSON value`);
  }
}

function array(values: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    // JSON.stringify writes null for undefined in arrays; so does the canonical form.
    out += serialise(values[i] === undefined ? null : values[i]);
  }
  return out + ']';
}

function object(value: Record<string, unknown>): string {
  const keys = Object.keys(value).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const child = value[key];
    if (child === undefined) continue;
    out += (first ? '' : ',') + canonicalString(key) + ':' + serialise(child);
    first = false;
  }
  return out + '}';
}

/**
 * The RFC 8785 canonical form of a JSON value (parsed JSON: objects, arrays, strings, finite
 * numbers, booleans, null). Properties whose value is `undefined` are left out, as
 * `JSON.stringify` leaves them out of what the store keeps.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value);
}
