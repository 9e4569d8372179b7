import { CHILD_PAGE } from '@ledger/core';
import { AGE_BANDS, type AgeBand } from '@ledger/projections';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsLocalDate } from './validators';

/** `GET /children`: a page of the children, filtered. */
export class ChildrenListQueryDto {
  @ApiPropertyOptional({
    description: `Children per page, 1-${CHILD_PAGE.max}`,
    default: CHILD_PAGE.default,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(CHILD_PAGE.max)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the page before' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor must be a nextCursor given by the ledger' })
  cursor?: string;

  @ApiPropertyOptional({ description: 'Only children looked after on this day', format: 'date' })
  @IsOptional()
  @IsLocalDate()
  lookedAfterOn?: string;

  @ApiPropertyOptional({ description: 'Only children of this responsible authority', example: 'E06000059' })
  @IsOptional()
  @IsString()
  @Length(3, 10)
  responsibleAuthority?: string;

  @ApiPropertyOptional({
    enum: AGE_BANDS,
    description: 'Only children in this age band on lookedAfterOn (today when not given)',
  })
  @IsOptional()
  @IsIn(AGE_BANDS, { message: `ageBand must be one of: ${AGE_BANDS.join(', ')}` })
  ageBand?: AgeBand;
}
