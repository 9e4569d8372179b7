/** One figure that moved between two reports: its dotted path in the report JSON. */
export interface FieldChange {
  readonly field: string;
  readonly old: unknown;
  readonly new: unknown;
}

/** Fields that say when or how a report was asked for, not what it found: never a restatement. */
const NOT_FIGURES = new Set(['asKnownAt']);

/** The report's leaves (numbers, strings, booleans, nulls) by dotted path. */
export function flattenReport(
  value: unknown,
  prefix = '',
  out = new Map<string, unknown>(),
): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (prefix === '' && NOT_FIGURES.has(key)) continue;
      flattenReport(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else if (Array.isArray(value)) {
    value.forEach((child, i) => flattenReport(child, `${prefix}.${i}`, out));
  } else out.set(prefix, value ?? null);
  return out;
}

/** Every field whose value differs between the two reports, in the order of the newer report. */
export function diffReports(before: unknown, after: unknown): FieldChange[] {
  const a = flattenReport(before);
  const b = flattenReport(after);
  const changes: FieldChange[] = [];
  for (const [field, value] of b) {
    const old = a.has(field) ? a.get(field) : null;
    if (old !== value) changes.push({ field, old, new: value });
  }
  for (const [field, old] of a) if (!b.has(field)) changes.push({ field, old, new: null });
  return changes;
}

/** The parts a derived leaf is computed from: a percent from its ratio, a mean or median from its durations. */
const DERIVED = new Set(['percent', 'meanDays', 'medianDays']);

/** Whether a child whose own figures moved at `touched` moved the figure at `field`. */
export function touches(field: string, touched: ReadonlySet<string>): boolean {
  if (touched.has(field)) return true;
  const dot = field.lastIndexOf('.');
  if (dot < 0 || !DERIVED.has(field.slice(dot + 1))) return false;
  const parent = field.slice(0, dot + 1);
  for (const path of touched) if (path.startsWith(parent)) return true;
  return false;
}
