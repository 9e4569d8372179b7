import { afterEach, beforeEach, describe } from '@jest/globals';
import type { EventStore } from '../event-store.port';
import { appendStreamsContract } from './contract/append-streams.contract';
import { atomicityContract } from './contract/atomicity.contract';
import { duplicatesContract } from './contract/duplicates.contract';
import { expectedRevisionContract } from './contract/expected-revision.contract';
import { orderingContract } from './contract/ordering.contract';
import { readsContract } from './contract/reads.contract';
import { recordedEventContract } from './contract/recorded-event.contract';
import { subscriptionsContract } from './contract/subscriptions.contract';
import type { ContractStore, ContractStoreFactory } from './contract-fixtures';

export type { ContractStore, ContractStoreFactory } from './contract-fixtures';

/**
 * The behaviour every {@link EventStore} adapter must have, as a jest suite. Call it from
 * an adapter's test file in one line:
 *
 * ```ts
 * runEventStoreContract('SQLite', async () => {
 *   const store = new SqliteEventStore({ file: tempFile() });
 *   return { store, dispose: () => store.close() };
 * });
 * ```
 *
 * `factory` runs before each test and `dispose` after it. The suite works on a store that
 * already holds events (each test uses streams of its own, and never assumes positions
 * are contiguous), but assumes nobody else appends while one of its tests runs.
 */
export function runEventStoreContract(name: string, factory: ContractStoreFactory): void {
  describe(`EventStore contract: ${name}`, () => {
    let current: ContractStore | undefined;
    const store = (): EventStore => {
      if (!current) throw new Error(`The ${name} contract store is not open: the factory did not run`);
      return current.store;
    };

    beforeEach(async () => {
      current = await factory();
    });
    afterEach(async () => {
      await current?.dispose();
      current = undefined;
    });

    expectedRevisionContract(store);
    atomicityContract(store);
    appendStreamsContract(store);
    orderingContract(store);
    duplicatesContract(store);
    readsContract(store);
    recordedEventContract(store);
    subscriptionsContract(store);
  });
}
