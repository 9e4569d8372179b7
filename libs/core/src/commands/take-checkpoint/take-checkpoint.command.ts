import { Command } from '@nestjs/cqrs';
import { type CheckpointTaken } from '../../audit/audit.service';
import { type CheckpointReason } from '../../audit/checkpoints/checkpoint';

/** Takes a signed checkpoint of the whole log now, and writes its note for the auditor to copy out. */
export class TakeCheckpointCommand extends Command<CheckpointTaken> {
  constructor(
    readonly reason: CheckpointReason,
    readonly recordedBy: string,
  ) {
    super();
  }
}
