/** An import stopped part way: what it had written stands (each child whole), and a re-run completes it. */
export class ImportInterruptedError extends Error {
  readonly code = 'IMPORT.INTERRUPTED';
  constructor(
    readonly importId: string,
    readonly children: number,
    readonly events: number,
    cause: unknown,
  ) {
    super(
      `Import ${importId} stopped after writing ${children} children (${events} events), each whole: ` +
        `${cause instanceof Error ? cause.message : String(cause)}. Running the same import again completes it.`,
      { cause },
    );
    this.name = 'ImportInterruptedError';
  }
}
