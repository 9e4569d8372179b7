import { UnavailableError, type StreamingRead } from '@eventstore/db-client';
import { StoreUnavailableError } from '../errors';
import { drain } from './esdb-events';

/*
 * After a dropped connection the client closes its channel and opens a new one on the next call,
 * so the first call that races the drop fails with UNAVAILABLE ("Channel closed before call
 * started") although the server is back. The adapter tries such a call once more; a server that is
 * really gone fails the second try too. Appends may be tried again because they are idempotent:
 * the second try finds the first one's events, if it wrote them, and answers as it would have.
 */

function isUnavailable(error: unknown): boolean {
  return (
    error instanceof UnavailableError ||
    (error instanceof StoreUnavailableError && error.cause instanceof UnavailableError)
  );
}

/** Lets the client finish closing the failed channel before the next call. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Runs `step`, and once more if it failed with UNAVAILABLE. */
export async function onceMoreIfUnavailable<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    await nextTurn();
    return step();
  }
}

/** Iterates the read that `open` starts, and opens it once more if it failed with UNAVAILABLE before yielding. */
export async function* readOnceMoreIfUnavailable<E>(open: () => StreamingRead<E>): AsyncGenerator<E> {
  for (let attempt = 1; ; attempt++) {
    let started = false;
    try {
      for await (const item of drain(open())) {
        started = true;
        yield item;
      }
      return;
    } catch (error) {
      if (started || attempt > 1 || !isUnavailable(error)) throw error;
      await nextTurn();
    }
  }
}
