import { Command } from '@nestjs/cqrs';
import type {
  ChildCommandInput,
  ExecutionContext,
  ExecutionResult,
} from '../../write/child-command-executor';

/** Records one or more facts about a child: all of them or none. */
export class ExecuteChildCommand extends Command<ExecutionResult> {
  constructor(
    readonly childId: string,
    readonly commands: readonly ChildCommandInput[],
    readonly context: ExecutionContext,
  ) {
    super();
  }
}
