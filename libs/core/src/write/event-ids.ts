import { v5 as uuidv5 } from 'uuid';

/** Namespace of the ledger's name-based event ids. */
const LEDGER_NAMESPACE = '6f1d4c1e-6b1a-4b55-9a3f-2f6f0c1d7a42';

/**
 * Event ids derive from the command id and what the command asked for (`commandHash`), so a
 * repeated command yields the same ids and the store (EventStoreDB or SQLite) recognises the
 * retry instead of writing twice, while the same key with a different body yields other ids.
 */
export function eventIdFor(
  streamName: string,
  commandId: string,
  index: number,
  commandHash: string,
): string {
  return uuidv5(`${streamName}/${commandId}/${commandHash}/${index}`, LEDGER_NAMESPACE);
}
