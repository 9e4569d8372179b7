import { DomainError, childStreamName } from '@ledger/domain';
import { type EventStore, WrongExpectedRevisionError } from '@ledger/event-store';
import { type PlannedChild, type PreparedImport, type RowError } from '@ledger/ssda903';
import {
  type ChildCommandExecutor,
  type Decision,
  type ExecutionContext,
} from '../write/child-command-executor';
import { pauseBefore, type RetryPolicy } from '../write/retry-policy';
import { readChildStream, type StoredChildEvent } from '../write/stream-events';
import { ConcurrencyConflictError } from '../write/write-errors';

/** What became of one child of a batch. */
export type ChildOutcome =
  | { readonly kind: 'imported'; readonly plan: PlannedChild; readonly events: number }
  | { readonly kind: 'unchanged'; readonly plan: PlannedChild }
  | { readonly kind: 'skipped'; readonly errors: readonly RowError[] };

interface Planned {
  readonly childId: string;
  readonly plan: PlannedChild;
  readonly decision: Decision & { kind: 'write' };
}

/**
 * Imports a group of children with one multi-stream append (one transaction, one flush). Each
 * child is planned and decided against its stream as read just before; a child whose stream
 * another writer changed meanwhile (a second import, a command) is read, planned and decided
 * again from scratch, so a fact that writer already recorded is recognised, never recorded twice
 * or voided as if amended. The other children of the batch stand: each child is whole or absent.
 */
export async function importBatch(
  childIds: readonly string[],
  prepared: PreparedImport,
  deps: { store: EventStore; executor: ChildCommandExecutor; policy: RetryPolicy },
  context: (childId: string) => ExecutionContext,
): Promise<Map<string, ChildOutcome>> {
  const outcomes = new Map<string, ChildOutcome>();
  let pending = childIds;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > deps.policy.retries)
      throw new ConcurrencyConflictError(childStreamName(pending[0]), attempt);
    if (attempt > 0) await pauseBefore(deps.policy, attempt);
    const planned: Planned[] = [];
    for (const childId of pending) {
      const stored = await readIfAny(deps.store, childStreamName(childId));
      const plan = prepared.planChild(
        childId,
        stored.map((e) => e.event),
      );
      if (plan.kind === 'skipped') outcomes.set(childId, { kind: 'skipped', errors: plan.errors });
      else if (plan.commands.length === 0) outcomes.set(childId, { kind: 'unchanged', plan });
      else {
        try {
          const decision = deps.executor.decide(childId, stored, plan.commands, context(childId));
          // This import's own key already in the stream: an earlier attempt of this batch wrote it.
          if (decision.kind === 'repeat') {
            outcomes.set(childId, { kind: 'imported', plan, events: decision.result.events.length });
          } else planned.push({ childId, plan, decision });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          outcomes.set(childId, { kind: 'skipped', errors: [ruleError(plan, error)] });
        }
      }
    }
    const written = await deps.store.appendStreams(planned.map((p) => p.decision.write));
    const again: string[] = [];
    written.forEach((outcome, i) => {
      const { childId, plan, decision } = planned[i];
      if (outcome.ok) outcomes.set(childId, { kind: 'imported', plan, events: decision.write.events.length });
      else if (outcome.error instanceof WrongExpectedRevisionError) again.push(childId);
      else throw outcome.error;
    });
    pending = again;
  }
  return outcomes;
}

/**
 * The child's stream as stored, asking first whether it exists: most children of a first import
 * have none, and the head is one indexed look-up where a read is a paged query. A stream another
 * writer creates in between makes the append conflict, and the child is planned again.
 */
async function readIfAny(store: EventStore, stream: string): Promise<StoredChildEvent[]> {
  if ((await store.streamRevision(stream)) === 'no_stream') return [];
  return readChildStream(store, stream);
}

function ruleError(plan: PlannedChild, error: DomainError): RowError {
  const source = plan.sources.find((s) => s !== undefined);
  return {
    kind: 'rule',
    file: source?.file ?? '',
    line: source?.line ?? 0,
    childId: plan.childId,
    reason: `${error.code}: ${error.message}`,
  };
}
