import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ChildCommandExecutor, type ExecutionResult } from '../../write/child-command-executor';
import { ExecuteChildCommand } from './execute-child-command.command';

@CommandHandler(ExecuteChildCommand)
export class ExecuteChildCommandHandler implements ICommandHandler<ExecuteChildCommand, ExecutionResult> {
  constructor(private readonly executor: ChildCommandExecutor) {}

  execute({ childId, commands, context }: ExecuteChildCommand): Promise<ExecutionResult> {
    return this.executor.execute(childId, commands, context);
  }
}
