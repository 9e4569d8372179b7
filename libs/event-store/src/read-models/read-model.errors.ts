/** The read model had not applied the awaited position when the wait ran out. */
export class ReadModelTimeoutError extends Error {
  readonly code = 'READ_MODEL.TIMEOUT';
  constructor(
    readonly model: string,
    readonly wanted: bigint,
    readonly reached: bigint | null,
    readonly timeoutMs: number,
  ) {
    super(
      `Read model ${model} did not reach position ${wanted} within ${timeoutMs} ms: it is at ${reached ?? 'the start'}`,
    );
    this.name = 'ReadModelTimeoutError';
  }
}

/** The read model was stopped (or is rebuilding) while something waited for it. */
export class ReadModelStoppedError extends Error {
  readonly code = 'READ_MODEL.STOPPED';
  constructor(
    readonly model: string,
    /** The awaited position; absent when what was awaited is catching up. */
    readonly wanted?: bigint,
  ) {
    super(
      `Read model ${model} stopped before it ${wanted === undefined ? 'caught up' : `reached position ${wanted}`}`,
    );
    this.name = 'ReadModelStoppedError';
  }
}

/** The read model's own code failed on an event: retrying would fail the same way, so it stops. */
export class ReadModelFailedError extends Error {
  readonly code = 'READ_MODEL.FAILED';
  constructor(
    readonly model: string,
    readonly position: bigint | null,
    options: { cause: unknown },
  ) {
    super(`Read model ${model} failed after position ${position ?? 'start'}`, options);
    this.name = 'ReadModelFailedError';
  }
}
