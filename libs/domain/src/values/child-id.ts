/**
 * The one rule for a child id: the authority's own identifier (903 CHILD), 1 to 10 characters
 * with no spaces or control characters (docs/ssda903.md §1). Ids such as `AB.12` or `C/101` are
 * valid: councils choose their own, and a 903 import must be able to record every one of them,
 * so the API, the importer and the decider all use this rule and no other.
 */
export const CHILD_ID_PATTERN = /^[^\s\p{Cc}]{1,10}$/u;

/** What the rule asks, for error messages naming the field. */
export const CHILD_ID_RULE = 'must be 1 to 10 characters, without spaces';

/** True when `value` is a valid child id. */
export const isChildId = (value: unknown): value is string =>
  typeof value === 'string' && CHILD_ID_PATTERN.test(value);
