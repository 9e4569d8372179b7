import {
  type ChildCommand,
  type CommandContext,
  eventTypeOfCommand,
  type LocalDate,
  SAME_DAY_RANK,
  type VoidEntry,
} from '@ledger/domain';
import type { RowError, RowErrorKind, SourceRef } from '../reading/return';

/** A command that records a fact (every command but a void). */
export type FactCommand = Exclude<ChildCommand, VoidEntry>;
export type FactCommandType = FactCommand['type'];

/** A fact derived from the returns: the command that records it, and the row it came from. */
export interface DerivedFact {
  readonly command: FactCommand;
  /** The row that says it; absent for facts rebuilt from the ledger's own events. */
  readonly source?: SourceRef;
}

type DataOf<T extends FactCommandType> = Extract<FactCommand, { type: T }>['data'];

/** Builds a fact, leaving out the data fields that are undefined so equal facts compare equal. */
export function fact<T extends FactCommandType>(
  type: T,
  data: DataOf<T>,
  context: CommandContext,
  source?: SourceRef,
): DerivedFact {
  const command = { type, data: withoutUndefined(data), metadata: context } as unknown as FactCommand;
  return source ? { command, source } : { command };
}

export function withoutUndefined<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(source)) {
    const v = source[k];
    if (v === undefined) continue;
    out[k] = v === null || typeof v !== 'object' ? v : withoutUndefined(v);
  }
  return out as T;
}

/** The day a fact takes effect: a registration's is the date of birth. */
export function effectiveDateOf(command: FactCommand): LocalDate {
  return command.type === 'RegisterChild' ? command.data.dateOfBirth : command.data.effectiveDate;
}

/** Facts in effective-date order (registration first); same-day facts by rank, then as given. */
export function inTimelineOrder<F extends { command: FactCommand }>(facts: readonly F[]): F[] {
  // Same-day facts by the rank the decider's timeline uses, so both order them alike.
  return facts
    .map((f, i) => ({
      f,
      i,
      first: f.command.type === 'RegisterChild' ? -1 : 0,
      date: effectiveDateOf(f.command),
      rank: SAME_DAY_RANK[eventTypeOfCommand(f.command.type)],
    }))
    .sort(
      (a, b) =>
        a.first - b.first || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.rank - b.rank || a.i - b.i,
    )
    .map(({ f }) => f);
}

/** A data-quality finding about a record: the DfE rule it breaks, the column and why. */
export function recordFinding(
  record: { source?: SourceRef; childId: string },
  column: string | undefined,
  rule: string,
  reason: string,
): RowError {
  return { ...recordError(record, column, `${reason} (DfE rule ${rule})`), rule };
}

/** An error about a record's value; records rebuilt from the ledger have no file. */
export function recordError(
  record: { source?: SourceRef; childId: string },
  column: string | undefined,
  reason: string,
  kind: RowErrorKind = 'rule',
): RowError {
  return {
    kind,
    file: record.source?.file ?? '(ledger)',
    line: record.source?.line ?? 0,
    ...(column ? { column } : {}),
    childId: record.childId,
    reason: column ? `${column} ${reason}` : reason,
  };
}
