import type {
  ChildCommand,
  ChildCommandType,
  CommandContext,
  LocalDate,
  TimelineEvent,
  TimelineEventType,
  VoidEntry,
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
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = withoutUndefined(v);
  return out as T;
}

/** The day a fact takes effect: a registration's is the date of birth. */
export function effectiveDateOf(command: FactCommand): LocalDate {
  return command.type === 'RegisterChild' ? command.data.dateOfBirth : command.data.effectiveDate;
}

/**
 * Order of same-day facts, as the domain's timeline orders them (details, start of care,
 * changes in care, adoption steps, end of care, then what follows leaving care).
 */
const SAME_DAY_RANK: Readonly<Record<ChildCommandType, number>> = {
  RegisterChild: 0,
  UpdateChildDetails: 0,
  StartCare: 1,
  ChangeLegalStatus: 2,
  EndTemporaryPlacement: 3,
  MovePlacement: 4,
  StartTemporaryPlacement: 5,
  RecordAdoptionDecision: 6,
  RecordAdoptionMatch: 7,
  ReverseAdoptionDecision: 7,
  EndCare: 8,
  StartStayingPut: 9,
  EndStayingPut: 9,
  RecordCareLeaverContact: 9,
  VoidEntry: 10,
};

/** Facts in effective-date order (registration first); same-day facts by rank, then as given. */
export function inTimelineOrder<F extends { command: FactCommand }>(facts: readonly F[]): F[] {
  return facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const ra = a.f.command.type === 'RegisterChild' ? -1 : 0;
      const rb = b.f.command.type === 'RegisterChild' ? -1 : 0;
      const da = effectiveDateOf(a.f.command);
      const db = effectiveDateOf(b.f.command);
      return (
        ra - rb ||
        (da < db ? -1 : da > db ? 1 : 0) ||
        SAME_DAY_RANK[a.f.command.type] - SAME_DAY_RANK[b.f.command.type] ||
        a.i - b.i
      );
    })
    .map(({ f }) => f);
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

const EVENT_TYPE_OF: Readonly<Record<FactCommandType, TimelineEventType>> = {
  RegisterChild: 'ChildRegistered',
  UpdateChildDetails: 'ChildDetailsUpdated',
  StartCare: 'CareStarted',
  MovePlacement: 'PlacementMoved',
  ChangeLegalStatus: 'LegalStatusChanged',
  StartTemporaryPlacement: 'TemporaryPlacementStarted',
  EndTemporaryPlacement: 'TemporaryPlacementEnded',
  EndCare: 'CareEnded',
  StartStayingPut: 'StayingPutStarted',
  EndStayingPut: 'StayingPutEnded',
  RecordCareLeaverContact: 'CareLeaverContactRecorded',
  RecordAdoptionDecision: 'AdoptionDecisionMade',
  RecordAdoptionMatch: 'AdoptionMatched',
  ReverseAdoptionDecision: 'AdoptionDecisionReversed',
};

/** The event a fact's command records, as the decider makes it (a registration is dated by birth). */
export function eventOfFact(command: FactCommand): TimelineEvent {
  const data =
    command.type === 'RegisterChild'
      ? { ...command.data, effectiveDate: command.data.dateOfBirth }
      : command.data;
  return { type: EVENT_TYPE_OF[command.type], data } as TimelineEvent;
}
