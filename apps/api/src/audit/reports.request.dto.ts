import { AGE_BANDS, type AgeBand, PLACEMENT_GROUPS, type PlacementGroup } from '@ledger/projections';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsLocalDate } from '../children/dto/validators';

export class SaveReportDto {
  @ApiProperty({ description: 'What the report is, e.g. "2023-24 return as submitted"' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: '2023-04-01' })
  @IsLocalDate()
  from!: string;

  @ApiProperty({ example: '2024-03-31' })
  @IsLocalDate()
  to!: string;

  @ApiPropertyOptional({ enum: PLACEMENT_GROUPS })
  @IsOptional()
  @IsIn(PLACEMENT_GROUPS, { message: `placementGroup must be one of: ${PLACEMENT_GROUPS.join(', ')}` })
  placementGroup?: PlacementGroup;

  @ApiPropertyOptional({ enum: AGE_BANDS })
  @IsOptional()
  @IsIn(AGE_BANDS, { message: `ageBand must be one of: ${AGE_BANDS.join(', ')}` })
  ageBand?: AgeBand;

  @ApiPropertyOptional({ description: 'Only children of this responsible authority' })
  @IsOptional()
  @IsString()
  @Length(3, 10)
  responsibleAuthority?: string;
}

const MOMENT = /^(\d{1,18}|\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)$/;

export class RestatementQueryDto {
  @ApiPropertyOptional({
    description: 'Compare from this moment (ISO time or position) instead of the report as submitted',
  })
  @IsOptional()
  @Matches(MOMENT, { message: 'asKnownAt must be an ISO time or a global position' })
  asKnownAt?: string;

  @ApiPropertyOptional({ description: 'Compare against this moment instead of now' })
  @IsOptional()
  @Matches(MOMENT, { message: 'against must be an ISO time or a global position' })
  against?: string;
}
