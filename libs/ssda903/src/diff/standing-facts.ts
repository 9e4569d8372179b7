import type { ChildEvent, IdentifiedEvent } from '@ledger/domain';

type Fact = Exclude<ChildEvent, { type: 'EntryVoided' }> & { readonly id: string };

/**
 * The facts that stand in a stream (in stream order): every event but voids and what they
 * void. Voids are read from the latest back, so a void that is itself voided no longer voids
 * (the projections read them the same way).
 */
export function standingFacts(events: readonly IdentifiedEvent[]): Fact[] {
  const voided = new Set<string>();
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.type === 'EntryVoided' && !voided.has(e.id)) voided.add(e.data.eventId);
  }
  return events.filter((e): e is Fact => e.type !== 'EntryVoided' && !voided.has(e.id));
}

/** A stable text of a value: object keys sorted, undefined fields left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
