/**
 * Conversions between the protobuf messages of EventStoreDB's gRPC API (the generated code that
 * ships in `@eventstore/db-client`) and the memory log's records.
 */
import { type ServiceError, status } from '@grpc/grpc-js';
import { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { LogRecord, ProposedEvent } from './memory-log';

/** A proposed message of Append or BatchAppend: both have the same fields. */
interface ProposedMessageLike {
  getId(): UUID | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

/** Why a request cannot be served: becomes an INVALID_ARGUMENT status. */
export class BadRequest extends Error {}

/** The status a handler's failure is answered with. */
export function toServiceError(error: unknown): Partial<ServiceError> & Error {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof BadRequest ? status.INVALID_ARGUMENT : status.INTERNAL;
  return Object.assign(new Error(message), { code, details: message });
}

export function streamName(identifier: StreamIdentifier | undefined): string {
  if (!identifier) throw new BadRequest('stream_identifier is required');
  return Buffer.from(identifier.getStreamName_asU8()).toString('utf8');
}

export function streamIdentifier(name: string): StreamIdentifier {
  const identifier = new StreamIdentifier();
  identifier.setStreamName(Buffer.from(name, 'utf8'));
  return identifier;
}

export function parseUuid(uuid: UUID | undefined): string {
  if (!uuid) throw new BadRequest('id is required');
  if (!uuid.hasStructured()) return uuid.getString();
  const structured = uuid.getStructured()!;
  const hex = [structured.getMostSignificantBits(), structured.getLeastSignificantBits()]
    .map((half) => BigInt.asUintN(64, BigInt(half)).toString(16).padStart(16, '0'))
    .join('');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

export function toUuid(id: string, structured: boolean): UUID {
  const uuid = new UUID();
  if (!structured) return uuid.setString(id);
  const hex = id.replace(/-/g, '');
  const half = (part: string) => BigInt.asIntN(64, BigInt(`0x${part}`)).toString(10);
  return uuid.setStructured(
    new UUID.Structured()
      .setMostSignificantBits(half(hex.slice(0, 16)))
      .setLeastSignificantBits(half(hex.slice(16))),
  );
}

/** The server refuses a proposed message without `type` and `content-type` metadata. */
export function proposedEvent(message: ProposedMessageLike): ProposedEvent {
  const metadata = message.getMetadataMap();
  const type = metadata.get('type');
  const contentType = metadata.get('content-type');
  if (!type || !contentType)
    throw new BadRequest('Required metadata property is missing: type, content-type');
  return {
    id: parseUuid(message.getId()),
    type,
    contentType,
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

export function eventResponse(record: LogRecord, structuredIds: boolean): ReadResp {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(toUuid(record.id, structuredIds))
    .setStreamIdentifier(streamIdentifier(record.stream))
    .setStreamRevision(record.revision.toString())
    .setCommitPosition(record.position.toString())
    .setPreparePosition(record.position.toString())
    .setData(record.data)
    .setCustomMetadata(record.customMetadata);
  recorded
    .getMetadataMap()
    .set('type', record.type)
    .set('content-type', record.contentType)
    .set('created', record.created.toString());
  const event = new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(record.position.toString());
  return new ReadResp().setEvent(event);
}
