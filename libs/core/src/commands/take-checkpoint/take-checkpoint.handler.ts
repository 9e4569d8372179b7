import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AuditService, type CheckpointTaken } from '../../audit/audit.service';
import { TakeCheckpointCommand } from './take-checkpoint.command';

@CommandHandler(TakeCheckpointCommand)
export class TakeCheckpointHandler implements ICommandHandler<TakeCheckpointCommand, CheckpointTaken> {
  constructor(private readonly audit: AuditService) {}

  execute({ reason, recordedBy }: TakeCheckpointCommand): Promise<CheckpointTaken> {
    return this.audit.checkpoint(reason, recordedBy);
  }
}
