import type { DomainErrorCode } from '../../errors';
import type { TimelineEvent, TimelineFact } from './timeline-fact';
import type { TimelineState } from './timeline-state';

/** Why one fact cannot stand where it is in the timeline. */
export interface RuleBreach {
  readonly code: DomainErrorCode;
  readonly message: string;
  /** The field of the fact at fault. */
  readonly field: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The ordered timeline and the position of the fact being checked, for rules that look ahead. */
export interface RuleContext {
  readonly facts: readonly TimelineFact[];
  readonly index: number;
}

/** A rule checks one fact against the state just before it; it returns the first breach or null. */
export type Rule<E extends TimelineEvent> = (
  event: E,
  state: TimelineState,
  context: RuleContext,
) => RuleBreach | null;

export function breach(
  code: DomainErrorCode,
  event: TimelineEvent,
  reason: string,
  field = 'effectiveDate',
  details?: Readonly<Record<string, unknown>>,
): RuleBreach {
  return { code, message: `${event.type} on ${event.data.effectiveDate}: ${reason}`, field, details };
}

/** The facts after the one being checked, in timeline order. */
export function* factsAfter(context: RuleContext): Generator<TimelineFact> {
  for (let i = context.index + 1; i < context.facts.length; i += 1) yield context.facts[i];
}
