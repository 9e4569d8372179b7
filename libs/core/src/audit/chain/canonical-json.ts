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
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function string(value: string): string {
  if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError('A string holds a lone surrogate');
  return JSON.stringify(value);
}

function serialise(value: unknown, out: string[]): void {
  switch (typeof value) {
    case 'string':
      out.push(string(value));
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${value} is not a JSON number`);
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'object':
      if (value === null) out.push('null');
      else if (Array.isArray(value)) array(value, out);
      else object(value as Record<string, unknown>, out);
      return;
    default:
      throw new CanonicalJsonError(`A ${typeof value} is not a JSON value`);
  }
}

function array(values: readonly unknown[], out: string[]): void {
  out.push('[');
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out.push(',');
    // JSON.stringify writes null for undefined in arrays; so does the canonical form.
    serialise(values[i] === undefined ? null : values[i], out);
  }
  out.push(']');
}

function object(value: Record<string, unknown>, out: string[]): void {
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  out.push('{');
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) out.push(',');
    out.push(string(keys[i]), ':');
    serialise(value[keys[i]], out);
  }
  out.push('}');
}

/**
 * The RFC 8785 canonical form of a JSON value (parsed JSON: objects, arrays, strings, finite
 * numbers, booleans, null). Properties whose value is `undefined` are left out, as
 * `JSON.stringify` leaves them out of what the store keeps.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  serialise(value, out);
  return out.join('');
}
