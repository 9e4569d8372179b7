import type { RowError } from './return';

/** Errors in reading order: by file, then line (the order a person fixes them in). */
export function sortErrors(errors: readonly RowError[]): RowError[] {
  // Most children have none, or one: nothing to order (every child's plan asks).
  if (errors.length < 2) return [...errors];
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.file.localeCompare(b.e.file) || a.e.line - b.e.line || a.i - b.i)
    .map(({ e }) => e);
}
