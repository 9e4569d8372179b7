import { AGE_BANDS, type AgeBand, PLACEMENT_GROUPS, type PlacementGroup } from '@ledger/projections';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { IsAuthorityCode, IsLocalDate } from '../children/dto/validators';

export class MeasuresQueryDto {
  @ApiProperty({
    description: 'First day of the window (inclusive), 1900-01-01 to 2100-12-31',
    example: '2023-04-01',
  })
  @IsLocalDate()
  from!: string;

  @ApiProperty({
    description: 'Last day of the window (inclusive): "the day" of the snapshot measures',
    example: '2024-03-31',
  })
  @IsLocalDate()
  to!: string;

  @ApiPropertyOptional({
    description: 'An ISO time or a global position: the measures as the ledger knew them then',
  })
  @IsOptional()
  @IsString()
  asKnownAt?: string;

  @ApiPropertyOptional({
    enum: PLACEMENT_GROUPS,
    description: 'Only children in this placement group on `to`',
  })
  @IsOptional()
  @IsIn(PLACEMENT_GROUPS, { message: `placementGroup must be one of: ${PLACEMENT_GROUPS.join(', ')}` })
  placementGroup?: PlacementGroup;

  @ApiPropertyOptional({ enum: AGE_BANDS, description: 'Only children in this age band on `to`' })
  @IsOptional()
  @IsIn(AGE_BANDS, { message: `ageBand must be one of: ${AGE_BANDS.join(', ')}` })
  ageBand?: AgeBand;

  @ApiPropertyOptional({ description: 'Only children of this responsible authority' })
  @IsOptional()
  @IsAuthorityCode()
  responsibleAuthority?: string;
}
