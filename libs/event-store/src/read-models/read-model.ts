import type { RecordedEvent } from '../event-store.port';

/**
 * A read model fed by the whole log: a pure fold of events into a state. The state must
 * be JSON-serialisable (plain objects, arrays, strings, numbers, booleans, null), because
 * it is saved with its checkpoint and loaded back as `JSON.parse` gives it.
 */
export interface ReadModel<S> {
  /** Names the checkpoint: unique among the read models sharing a checkpoint store. */
  readonly name: string;
  /**
   * Bump when `apply` changes meaning: a checkpoint saved by another version is ignored
   * and the model rebuilt from the start. @defaultValue 1
   */
  readonly version?: number;
  /**
   * False for a model kept only in memory and rebuilt from the log on start: its state is
   * never serialised (a model that holds a copy of the log would cost more to save than to
   * replay). @defaultValue true
   */
  readonly persistent?: boolean;
  initialState(): S;
  /** Folds one event in. Must not mutate `state` it does not own, and must be deterministic. */
  apply(state: S, event: RecordedEvent): S;
}
