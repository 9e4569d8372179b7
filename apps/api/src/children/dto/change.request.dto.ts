import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { CHANGE_COMMAND_TYPES, type ChangeCommandType } from '../change-commands';

export class ChangeItemDto {
  @ApiProperty({ enum: CHANGE_COMMAND_TYPES, description: 'The command, as its own endpoint records it' })
  @IsIn(CHANGE_COMMAND_TYPES, { message: `$property must be one of: ${CHANGE_COMMAND_TYPES.join(', ')}` })
  type!: ChangeCommandType;

  @ApiProperty({
    description: "The command's body, exactly as its own endpoint takes it",
    type: 'object',
    additionalProperties: true,
  })
  @IsObject()
  data!: Record<string, unknown>;
}

/**
 * Several facts recorded as one change: voids and new facts, checked against the
 * timeline once, at the end, and appended all together or not at all.
 */
export class RecordChangeRequestDto {
  @ApiPropertyOptional({ type: [String], description: 'Entries to void (event ids from the history)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  voidEventIds?: string[];

  @ApiPropertyOptional({ description: 'Why the voided entries are void (required with voidEventIds)' })
  @IsOptional()
  @IsString()
  @Length(3, 500)
  reason?: string;

  @ApiPropertyOptional({ type: [ChangeItemDto], description: 'Facts to record, in any order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ChangeItemDto)
  record?: ChangeItemDto[];
}
