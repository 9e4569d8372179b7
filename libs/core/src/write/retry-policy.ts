/**
 * How often, and after what pause, a writer decides again after another writer appended to the
 * stream first. Kept apart from the executor so that the API's commands and the importer share it
 * and tests can force conflicts without waiting.
 */
export interface RetryPolicy {
  /** Re-decisions after the first attempt before the conflict is answered (409). */
  readonly retries: number;
  /** The pause before re-decision `attempt` (1-based), in ms. */
  pauseMs(attempt: number): number;
}

/** A short jittered pause growing with the attempt: concurrent writers rarely collide twice. */
export function jitteredRetries(retries: number): RetryPolicy {
  return { retries, pauseMs: (attempt) => 5 + Math.random() * 20 * attempt };
}

/** Re-decides at once: for the importer, whose batches are not in a hurry to leave room to others. */
export function immediateRetries(retries: number): RetryPolicy {
  return { retries, pauseMs: () => 0 };
}

/** Waits the policy's pause before attempt `attempt`; no timer when it is zero. */
export function pauseBefore(policy: RetryPolicy, attempt: number): Promise<void> {
  const ms = policy.pauseMs(attempt);
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
