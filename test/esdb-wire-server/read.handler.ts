/**
 * Streams.Read as EventStoreDB serves it: reads of one stream and of `$all` in either direction,
 * and catch-up subscriptions to `$all` (confirmation, the events after the start position, then
 * `caught_up`, then live events), with server-side filters on stream name or event type.
 */
import { randomUUID } from 'node:crypto';
import { type ServerWritableStream, status } from '@grpc/grpc-js';
import { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { LogRecord, MemoryLog } from './memory-log';
import { BadRequest, eventResponse, streamIdentifier, streamName } from './wire-messages';

type Call = ServerWritableStream<ReadReq, ReadResp>;
type Options = ReadReq.Options;
const { StreamOptionCase, CountOptionCase, FilterOptionCase, ReadDirection } = ReadReq.Options;

/** What the server counts of its reads, for tests to see backpressure. */
export interface ReadCounters {
  /** Events handed to gRPC by subscriptions (written, or accepted into a full buffer). */
  subscriptionEvents: number;
}

/** Serves one Read call; resolves when the call has ended. */
export async function serveRead(log: MemoryLog, call: Call, served: ReadCounters): Promise<void> {
  const options = call.request.getOptions();
  if (!options) throw new BadRequest('options are required');
  const subscription = options.getCountOptionCase() === CountOptionCase.SUBSCRIPTION;
  const structuredIds = options.getUuidOption()?.hasStructured() ?? false;
  const send = sender(call);
  if (options.getStreamOptionCase() === StreamOptionCase.ALL) {
    const matches = filterOf(options);
    if (subscription) return subscribeToAll(log, call, options, matches, structuredIds, served);
    let count = Number(options.getCount());
    for (const record of readAll(log, options)) {
      if (count <= 0) break;
      if (!matches(record)) continue;
      if (!(await send(eventResponse(record, structuredIds)))) return;
      count--;
    }
    call.end();
    return;
  }
  if (subscription) {
    const details = 'Stream subscriptions are not served by the loopback server';
    call.emit('error', Object.assign(new Error(details), { code: status.UNIMPLEMENTED, details }));
    return;
  }
  const name = streamName(options.getStream()?.getStreamIdentifier());
  const records = log.stream(name);
  if (!records) {
    const notFound = new ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(name));
    await send(new ReadResp().setStreamNotFound(notFound));
    call.end();
    return;
  }
  let count = Number(options.getCount());
  for (const record of readStream(records, options)) {
    if (count-- <= 0 || !(await send(eventResponse(record, structuredIds)))) break;
  }
  call.end();
}

function* readStream(records: readonly LogRecord[], options: Options): Generator<LogRecord> {
  const stream = options.getStream()!;
  const from = stream.hasRevision() ? BigInt(stream.getRevision()) : stream.hasStart() ? 0n : null;
  if (options.getReadDirection() === ReadDirection.FORWARDS) {
    if (from === null) return; // forwards from the end: nothing yet
    for (let index = Number(from); index < records.length; index++) yield records[index];
  } else {
    const last = records.length - 1;
    for (let index = from === null ? last : Math.min(Number(from), last); index >= 0; index--)
      yield records[index];
  }
}

/** Forwards from a position is inclusive; backwards from a position yields the records before it. */
function* readAll(log: MemoryLog, options: Options): Generator<LogRecord> {
  const all = options.getAll()!;
  const position = all.hasPosition() ? BigInt(all.getPosition()!.getCommitPosition()) : null;
  if (options.getReadDirection() === ReadDirection.FORWARDS) {
    if (all.hasEnd()) return;
    for (let index = position === null ? 0 : log.indexFrom(position); index < log.length; index++) {
      yield log.at(index);
    }
  } else {
    if (all.hasStart()) return;
    for (let index = (position === null ? log.length : log.indexFrom(position)) - 1; index >= 0; index--) {
      yield log.at(index);
    }
  }
}

/** From a position the subscription is exclusive: it starts with the record after it. */
async function subscribeToAll(
  log: MemoryLog,
  call: Call,
  options: Options,
  matches: (record: LogRecord) => boolean,
  structuredIds: boolean,
  served: ReadCounters,
): Promise<void> {
  const all = options.getAll()!;
  let cursor = all.hasStart()
    ? 0
    : all.hasEnd()
      ? log.length
      : log.indexFrom(BigInt(all.getPosition()!.getCommitPosition()) + 1n);
  const send = sender(call);
  let wake = (): void => undefined;
  const stopWatching = log.onWrite(() => wake());
  call.once('cancelled', () => wake());
  call.once('close', () => wake());
  try {
    const confirmation = new ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID());
    if (!(await send(new ReadResp().setConfirmation(confirmation)))) return;
    let caughtUp = false;
    while (isOpen(call)) {
      for (; cursor < log.length; cursor++) {
        const record = log.at(cursor);
        if (!matches(record)) continue;
        if (!(await send(eventResponse(record, structuredIds)))) return;
        served.subscriptionEvents++;
      }
      if (!caughtUp) {
        caughtUp = true;
        if (!(await send(new ReadResp().setCaughtUp(new ReadResp.CaughtUp())))) return;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stopWatching();
  }
}

function filterOf(options: Options): (record: LogRecord) => boolean {
  if (options.getFilterOptionCase() !== FilterOptionCase.FILTER) return () => true;
  const filter = options.getFilter()!;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier()! : filter.getEventType();
  if (!expression) throw new BadRequest('A filter needs a stream identifier or event type expression');
  const regex = expression.getRegex() ? new RegExp(expression.getRegex()) : null;
  const prefixes = expression.getPrefixList();
  return (record) => {
    const subject = onStream ? record.stream : record.type;
    return regex ? regex.test(subject) : prefixes.some((prefix) => subject.startsWith(prefix));
  };
}

function isOpen(call: Call): boolean {
  return !call.cancelled && !call.destroyed && !call.writableEnded;
}

/** Writes with backpressure; resolves false once the call is gone. */
function sender(call: Call): (message: ReadResp) => Promise<boolean> {
  return async (message) => {
    if (!isOpen(call)) return false;
    if (call.write(message)) return true;
    return new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => () => {
        call.off('drain', onDrain).off('close', onClose);
        resolve(ok);
      };
      const onDrain = done(true);
      const onClose = done(false);
      call.once('drain', onDrain).once('close', onClose);
    });
  };
}
