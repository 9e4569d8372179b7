import {
  childStreamName,
  decideChildCommands,
  evolveChild,
  initialChildState,
  type IdentifiedEvent,
} from '@ledger/domain';
import type { LedgerEventRecord } from '@ledger/projections';
import { prepareImport, type ChildImport, type ImportOptions } from '../import/prepare-import';
import type { Return } from '../reading/return';

export interface ImportSummary {
  readonly children: ChildImport[];
  /** Events appended by this import. */
  readonly events: number;
}

/**
 * An in-memory ledger for tests and benchmarks: each child's stream, decided by the domain's
 * real decider and appended all or nothing, with ids, positions and recorded times.
 */
export class MemoryLedger {
  private readonly streams = new Map<string, IdentifiedEvent[]>();
  readonly records: LedgerEventRecord[] = [];
  private nextId = 1;

  /** Runs an import the way the application does; throws if the decider refuses a planned child. */
  import(returns: readonly Return[], options: ImportOptions): ImportSummary {
    const prepared = prepareImport(returns, options);
    const children: ChildImport[] = [];
    let events = 0;
    for (const childId of prepared.childIds) {
      const current = this.streams.get(childId) ?? [];
      const plan = prepared.planChild(childId, current);
      children.push(plan);
      if (plan.kind === 'planned' && plan.commands.length > 0) {
        events += this.append(childId, plan.commands, options.now);
      }
    }
    return { children, events };
  }

  append(childId: string, commands: Parameters<typeof decideChildCommands>[0], recordedAt: string): number {
    const current = this.streams.get(childId) ?? [];
    const state = current.reduce(evolveChild, initialChildState());
    const decided = decideChildCommands(commands, state);
    const stream = [...current];
    for (const event of decided) {
      const identified = { ...event, id: `ev-${this.nextId++}` } as IdentifiedEvent;
      stream.push(identified);
      this.records.push({
        id: identified.id,
        position: BigInt(this.records.length + 1),
        streamName: childStreamName(childId),
        revision: BigInt(stream.length - 1),
        event,
        metadata: { recordedAt },
      });
    }
    this.streams.set(childId, stream);
    return decided.length;
  }

  events(childId: string): readonly IdentifiedEvent[] {
    return this.streams.get(childId) ?? [];
  }

  childIds(): string[] {
    return [...this.streams.keys()].sort();
  }

  /** The records of one child's stream. */
  recordsOf(childId: string): LedgerEventRecord[] {
    const name = childStreamName(childId);
    return this.records.filter((r) => r.streamName === name);
  }
}
