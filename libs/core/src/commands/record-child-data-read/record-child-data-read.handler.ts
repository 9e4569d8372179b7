import { type EventStore } from '@ledger/event-store';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../clock/clock';
import { EVENT_STORE } from '../../store/event-store.provider';
import {
  ACCESS_LOG_STREAM,
  type AccessRecord,
  CHILD_DATA_READ,
  RecordChildDataReadCommand,
} from './record-child-data-read.command';

@CommandHandler(RecordChildDataReadCommand)
export class RecordChildDataReadHandler implements ICommandHandler<RecordChildDataReadCommand, AccessRecord> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({
    reader,
    children,
    endpoint,
    correlationId,
  }: RecordChildDataReadCommand): Promise<AccessRecord> {
    const at = this.clock.now().toISOString();
    const data: AccessRecord = {
      at,
      subject: reader.subject,
      ...(reader.displayName !== undefined ? { displayName: reader.displayName } : {}),
      mode: reader.mode,
      children: [...new Set(children)],
      endpoint,
      correlationId,
    };
    await this.store.appendToStream(
      ACCESS_LOG_STREAM,
      [
        {
          id: randomUUID(),
          type: CHILD_DATA_READ,
          data,
          metadata: {
            schemaVersion: 1,
            recordedAt: at,
            recordedBy: reader.subject,
            correlationId,
            source: 'api',
          },
        },
      ],
      { expectedRevision: 'any' },
    );
    return data;
  }
}
