/**
 * Streams.Append (client streaming: options, then proposed messages) and Streams.BatchAppend
 * (bidirectional: batches by correlation id, answered with a success or a google.rpc.Status whose
 * details carry WrongExpectedVersion), as EventStoreDB answers them.
 */
import type { sendUnaryData, ServerDuplexStream, ServerReadableStream } from '@grpc/grpc-js';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty as WellKnownEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import { Code } from '@eventstore/db-client/generated/code_pb';
import { AllStreamPosition, Empty, WrongExpectedVersion } from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import {
  AppendReq,
  AppendResp,
  BatchAppendReq,
  BatchAppendResp,
} from '@eventstore/db-client/generated/streams_pb';
import type { Expectation, MemoryLog, ProposedEvent, WriteResult } from './memory-log';
import {
  BadRequest,
  parseUuid,
  proposedEvent,
  streamIdentifier,
  streamName,
  toServiceError,
} from './wire-messages';

const NO_STREAM = -1n;

export function serveAppend(
  log: MemoryLog,
  call: ServerReadableStream<AppendReq, AppendResp>,
  callback: sendUnaryData<AppendResp>,
): void {
  let options: AppendReq.Options | undefined;
  const events: ProposedEvent[] = [];
  let failure: unknown;
  call.on('data', (request: AppendReq) => {
    try {
      if (!options) options = request.getOptions() ?? fail('The first message must carry the options');
      else events.push(proposedEvent(request.getProposedMessage() ?? fail('Expected a proposed message')));
    } catch (error) {
      failure ??= error;
    }
  });
  call.on('end', () => {
    if (failure) return callback(toServiceError(failure));
    try {
      if (!options) throw new BadRequest('No options were sent');
      const expected = appendExpectation(options);
      const result = log.append(streamName(options.getStreamIdentifier()), expected, events);
      callback(null, appendResponse(result, expected));
    } catch (error) {
      callback(toServiceError(error));
    }
  });
}

function appendExpectation(options: AppendReq.Options): Expectation {
  const { ExpectedStreamRevisionCase: Case } = AppendReq.Options;
  switch (options.getExpectedStreamRevisionCase()) {
    case Case.REVISION:
      return BigInt(options.getRevision());
    case Case.NO_STREAM:
      return NO_STREAM;
    case Case.ANY:
      return 'any';
    case Case.STREAM_EXISTS:
      return 'stream_exists';
    default:
      throw new BadRequest('expected_stream_revision is required');
  }
}

function appendResponse(result: WriteResult, expected: Expectation): AppendResp {
  if (result.kind === 'written') {
    const success = new AppendResp.Success();
    if (result.lastRevision === NO_STREAM) success.setNoStream(new Empty());
    else success.setCurrentRevision(result.lastRevision.toString());
    if (result.position === null) success.setNoPosition(new Empty());
    else {
      const position = result.position.toString();
      success.setPosition(new AppendResp.Position().setCommitPosition(position).setPreparePosition(position));
    }
    return new AppendResp().setSuccess(success);
  }
  const wrong = new AppendResp.WrongExpectedVersion();
  if (result.currentRevision === NO_STREAM) wrong.setCurrentNoStream(new Empty());
  else wrong.setCurrentRevision(result.currentRevision.toString());
  if (expected === 'any') wrong.setExpectedAny(new Empty());
  else if (expected === 'stream_exists') wrong.setExpectedStreamExists(new Empty());
  else if (expected === NO_STREAM) wrong.setExpectedNoStream(new Empty());
  else wrong.setExpectedRevision(expected.toString());
  return new AppendResp().setWrongExpectedVersion(wrong);
}

interface PendingBatch {
  readonly stream: string;
  readonly expected: Expectation;
  readonly events: ProposedEvent[];
}

export function serveBatchAppend(
  log: MemoryLog,
  call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>,
): void {
  const pending = new Map<string, PendingBatch>();
  call.on('data', (request: BatchAppendReq) => {
    const correlationId = request.getCorrelationId();
    const response = new BatchAppendResp().setCorrelationId(correlationId);
    try {
      const key = parseUuid(correlationId);
      const options = request.getOptions();
      if (options) pending.set(key, { ...batchTarget(options), events: [] });
      const batch = pending.get(key);
      if (!batch) return;
      batch.events.push(...request.getProposedMessagesList().map(proposedEvent));
      if (!request.getIsFinal()) return;
      pending.delete(key);
      response.setStreamIdentifier(streamIdentifier(batch.stream));
      const result = log.append(batch.stream, batch.expected, batch.events);
      if (result.kind === 'written') response.setSuccess(batchSuccess(result));
      else response.setError(wrongExpectedVersionStatus(result.currentRevision, batch.expected));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      response.setError(new Status().setCode(Code.INVALID_ARGUMENT).setMessage(message));
    }
    call.write(response);
  });
  call.on('end', () => call.end());
}

function batchTarget(options: BatchAppendReq.Options): Omit<PendingBatch, 'events'> {
  const { ExpectedStreamPositionCase: Case } = BatchAppendReq.Options;
  const stream = streamName(options.getStreamIdentifier());
  switch (options.getExpectedStreamPositionCase()) {
    case Case.STREAM_POSITION:
      return { stream, expected: BigInt(options.getStreamPosition()) };
    case Case.NO_STREAM:
      return { stream, expected: NO_STREAM };
    case Case.ANY:
      return { stream, expected: 'any' };
    case Case.STREAM_EXISTS:
      return { stream, expected: 'stream_exists' };
    default:
      throw new BadRequest('expected_stream_position is required');
  }
}

function batchSuccess(result: Extract<WriteResult, { kind: 'written' }>): BatchAppendResp.Success {
  const success = new BatchAppendResp.Success();
  if (result.lastRevision === NO_STREAM) success.setNoStream(new WellKnownEmpty());
  else success.setCurrentRevision(result.lastRevision.toString());
  if (result.position === null) return success.setNoPosition(new WellKnownEmpty());
  const position = result.position.toString();
  return success.setPosition(
    new AllStreamPosition().setCommitPosition(position).setPreparePosition(position),
  );
}

function wrongExpectedVersionStatus(current: bigint, expected: Expectation): Status {
  const details = new WrongExpectedVersion();
  if (current === NO_STREAM) details.setCurrentNoStream(new WellKnownEmpty());
  else details.setCurrentStreamRevision(current.toString());
  if (expected === 'any') details.setExpectedAny(new WellKnownEmpty());
  else if (expected === 'stream_exists') details.setExpectedStreamExists(new WellKnownEmpty());
  else if (expected === NO_STREAM) details.setExpectedNoStream(new WellKnownEmpty());
  else details.setExpectedStreamPosition(expected.toString());
  const any = new Any();
  any.pack(details.serializeBinary(), 'event_store.client.WrongExpectedVersion');
  return new Status().setCode(Code.FAILED_PRECONDITION).setMessage('WrongExpectedVersion').setDetails(any);
}

function fail(message: string): never {
  throw new BadRequest(message);
}
