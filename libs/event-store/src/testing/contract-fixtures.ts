import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend, RecordedEvent } from '../event-store.port';

/** What a contract test receives: a fresh handle on the adapter under test. */
export interface ContractStore {
  readonly store: EventStore;
  dispose(): Promise<void>;
}

/** Builds the adapter for one test; called before each test, disposed after it. */
export type ContractStoreFactory = () => Promise<ContractStore>;

/**
 * Gives each test its own stream names: the contract must also pass against a shared
 * EventStoreDB that already holds events from earlier tests and runs.
 */
export function newStreamName(): string {
  return `child-${randomUUID()}`;
}

/** An event with a fresh id; `n` makes payloads distinguishable in assertions. */
export function newEvent(n: number, type = 'ContractTestEvent'): EventToAppend {
  return { id: randomUUID(), type, data: { n }, metadata: { source: 'contract' } };
}

/** `count` fresh events numbered from `from`. */
export function newEvents(count: number, from = 0): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => newEvent(from + i));
}

/** Drains an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Reads a stream's event ids forwards. */
export async function streamIds(store: EventStore, stream: string): Promise<string[]> {
  return (await collect(store.readStream(stream))).map((e) => e.id);
}

/** Keeps the events of the given streams, in the order they came. */
export function ofStreams(events: readonly RecordedEvent[], streams: readonly string[]): RecordedEvent[] {
  return events.filter((e) => streams.includes(e.streamName));
}

/** Rejects with a message naming what was awaited when `promise` takes longer than `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Asserts the sequence is strictly increasing (positions are not assumed contiguous). */
export function isStrictlyIncreasing(values: readonly bigint[]): boolean {
  return values.every((v, i) => i === 0 || v > values[i - 1]);
}
