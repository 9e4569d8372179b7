/** A read model's saved progress: its state as of the event at `position`. */
export interface Checkpoint {
  /** Global position of the last event folded into `state`. */
  readonly position: bigint;
  /** The read model's version that wrote it. */
  readonly version: number;
  /** The state as JSON text. */
  readonly state: string;
}

/**
 * Where read models keep their checkpoints. A save writes position and state together,
 * atomically: after a crash the model resumes from a state that matches its position.
 */
export interface CheckpointStore {
  load(name: string): Promise<Checkpoint | undefined>;
  save(name: string, checkpoint: Checkpoint): Promise<void>;
  /** Forgets a checkpoint, so the model starts again from the beginning of the log. */
  delete(name: string): Promise<void>;
  close(): Promise<void>;
}
