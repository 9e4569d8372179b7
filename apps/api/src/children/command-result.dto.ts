import { type ExecutionResult } from '@ledger/core';
import { ApiProperty } from '@nestjs/swagger';

export class WrittenEventDto {
  @ApiProperty() id!: string;
  @ApiProperty() type!: string;
  @ApiProperty({ description: '0-based revision in the child stream, as a decimal string' })
  revision!: string;
  @ApiProperty({ description: 'Global position, as a decimal string' }) position!: string;
}

export class CommandResultDto {
  @ApiProperty() childId!: string;
  @ApiProperty({ description: "The child stream's revision after the command" }) revision!: string;
  @ApiProperty({ description: "Global position of the command's last event" }) position!: string;
  @ApiProperty({ type: [WrittenEventDto] }) events!: WrittenEventDto[];

  /** Revisions and positions become decimal strings here, at the edge, and nowhere earlier. */
  static from(result: ExecutionResult): CommandResultDto {
    return {
      childId: result.childId,
      revision: result.revision.toString(),
      position: result.position.toString(),
      events: result.events.map((e) => ({
        id: e.id,
        type: e.type,
        revision: e.revision.toString(),
        position: e.position.toString(),
      })),
    };
  }
}
