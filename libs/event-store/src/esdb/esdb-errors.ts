import {
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  UnknownError,
} from '@eventstore/db-client';
import { StoreUnavailableError } from '../errors';

/** Client errors after which the same request may succeed: the node went away, timed out, or moved. */
const TRANSIENT = [
  UnavailableError,
  DeadlineExceededError,
  CancelledError,
  TimeoutError,
  NotLeaderError,
  UnknownError,
] as const;

function isTransient(error: unknown): boolean {
  if (TRANSIENT.some((type) => error instanceof type)) return true;
  // A raw gRPC status the client did not convert, or cluster discovery that found no node.
  if (error instanceof Error && typeof (error as { code?: unknown }).code === 'number') return true;
  return error instanceof Error && error.message.startsWith('Failed to discover');
}

/**
 * Maps a client failure to the port's errors: connection and availability problems become
 * {@link StoreUnavailableError} naming the operation; anything else (a bug, access denied, a
 * deleted stream) is returned unchanged.
 */
export function toStoreError(error: unknown, operation: string): unknown {
  if (error instanceof StoreUnavailableError || !isTransient(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`EventStoreDB could not ${operation}: ${reason}`, { cause: error });
}
