import { eventOfCommand, maxDate, type ChildCommand, type IdentifiedEvent } from '@ledger/domain';
import type { SourceRef } from '../reading/return';
import { fact, type DerivedFact } from '../facts/fact';
import { canonicalJson, standingFacts } from './standing-facts';

export interface CorrectionOptions {
  /** Why superseded entries are voided (e.g. "Amended by the 2024-25 SSDA903 return"). */
  readonly reason: string;
}

/** The commands that bring a child's stream to what the returns now say. */
export interface CorrectionPlan {
  /** Voids first, then the new facts in timeline order; empty when nothing changed. */
  readonly commands: ChildCommand[];
  /** For each command, the row it came from (voids and ledger-rebuilt facts have none). */
  readonly sources: (SourceRef | undefined)[];
  readonly voids: number;
  readonly additions: number;
  /** Derived facts already standing as they are. */
  readonly unchanged: number;
}

/**
 * Compares the derived facts with the facts standing in the child's stream, by type and data
 * (ids and metadata aside): a standing fact no derived fact matches is voided, a derived fact
 * no standing fact matches is recorded. So re-importing the same returns records nothing, and
 * an amended return records only what changed, as corrections.
 *
 * The registration cannot be voided: when the returns now say other details from birth, an
 * update effective from the registration's day records them instead.
 */
export function planCorrections(
  current: readonly IdentifiedEvent[],
  derived: readonly DerivedFact[],
  options: CorrectionOptions,
): CorrectionPlan {
  if (current.length === 0) {
    // A new child: everything is new, and nothing needs comparing.
    return {
      commands: derived.map((f) => f.command),
      sources: derived.map((f) => f.source),
      voids: 0,
      additions: derived.length,
      unchanged: 0,
    };
  }
  const standing = standingFacts(current);
  const registration = standing.find((e) => e.type === 'ChildRegistered');
  const pool = new Map<string, IdentifiedEvent[]>();
  for (const e of standing) {
    if (e === registration) continue;
    const key = keyOf(e.type, e.data);
    const same = pool.get(key);
    if (same) same.push(e);
    else pool.set(key, [e]);
  }
  const additions: DerivedFact[] = [];
  let unchanged = 0;
  for (const f of derived) {
    let wanted = f;
    if (f.command.type === 'RegisterChild' && registration) {
      const expected = eventOfCommand(f.command);
      if (keyOf(expected.type, expected.data) === keyOf(registration.type, registration.data)) {
        unchanged += 1;
        continue;
      }
      const effectiveDate = maxDate(f.command.data.dateOfBirth, registration.data.effectiveDate);
      wanted = fact('UpdateChildDetails', { ...f.command.data, effectiveDate }, f.command.metadata, f.source);
    }
    const expected = eventOfCommand(wanted.command);
    const matches = pool.get(keyOf(expected.type, expected.data));
    if (matches && matches.length > 0) {
      matches.shift();
      unchanged += 1;
    } else additions.push(wanted);
  }
  const context = derived[0]?.command.metadata ?? { now: new Date(0).toISOString() };
  const voids: ChildCommand[] = [...pool.values()].flat().map((e) => ({
    type: 'VoidEntry',
    data: { eventId: e.id, reason: options.reason },
    metadata: context,
  }));
  const order = new Map(current.map((e, i) => [e.id, i]));
  const at = (c: ChildCommand) => (c.type === 'VoidEntry' ? (order.get(c.data.eventId) ?? 0) : 0);
  voids.sort((a, b) => at(a) - at(b));
  return {
    commands: [...voids, ...additions.map((a) => a.command)],
    sources: [...voids.map(() => undefined), ...additions.map((a) => a.source)],
    voids: voids.length,
    additions: additions.length,
    unchanged,
  };
}

const keyOf = (type: string, data: unknown): string => `${type}:${canonicalJson(data)}`;
