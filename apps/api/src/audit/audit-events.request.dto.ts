import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class AuditEventsQueryDto {
  @ApiPropertyOptional({ description: 'Recorded at or after this ISO instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'recordedFrom must be an ISO instant' })
  recordedFrom?: string;

  @ApiPropertyOptional({ description: 'Recorded at or before this ISO instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'recordedTo must be an ISO instant' })
  recordedTo?: string;

  @ApiPropertyOptional({ description: 'Who recorded it' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  recordedBy?: string;

  @ApiPropertyOptional({ description: "Only this child's events" })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,10}$/, { message: 'childId must be 1-10 letters, digits or hyphens' })
  childId?: string;

  @ApiPropertyOptional({ enum: ['api', 'cli', 'import', 'demo', 'audit'] })
  @IsOptional()
  @IsIn(['api', 'cli', 'import', 'demo', 'audit'], {
    message: 'source must be one of: api, cli, import, demo, audit',
  })
  source?: string;

  @ApiPropertyOptional({ description: 'Only events of this type, e.g. PlacementMoved' })
  @IsOptional()
  @Matches(/^[A-Za-z]{1,64}$/, { message: 'type must be an event type such as PlacementMoved' })
  type?: string;

  @ApiPropertyOptional({ description: 'Only the events of this import (its id)' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'importId must be an import id' })
  importId?: string;

  @ApiPropertyOptional({ description: 'Paging: the `next` of the previous page (a log position)' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'after must be a log position' })
  after?: string;

  @ApiPropertyOptional({ description: 'Entries per page, 1-1000', default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ enum: ['json', 'csv'] })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';
}
