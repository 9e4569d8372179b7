import {
  PLACEMENT_PROVIDERS,
  PLACEMENT_TYPES,
  type Placement,
  type PlacementLocation,
  type PlacementProvider,
  type PlacementType,
} from '@ledger/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CodeField, IsPlacementAuthority, IsPostcode, OptionalCodeField } from './validators';

export class PlacementDto implements Placement {
  @CodeField(PLACEMENT_TYPES, '903 PLACE: placement type')
  type!: PlacementType;

  @OptionalCodeField(PLACEMENT_PROVIDERS, '903 PLACE_PROVIDER')
  provider?: PlacementProvider;

  @ApiPropertyOptional({ description: 'Carer, household or setting identifier: decides "same carer"' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  carerId?: string;

  @ApiPropertyOptional({ description: 'Placement postcode (903 PL_POST)', example: 'DT1 1AA' })
  @IsOptional()
  @IsPostcode()
  postcode?: string;

  @ApiPropertyOptional({ description: 'Upper-tier authority of the placement, or NIR, WAL, SCO, NUK, CON' })
  @IsOptional()
  @IsPlacementAuthority()
  authority?: string;

  @ApiPropertyOptional({ enum: ['IN', 'OUT'], description: 'Inside or outside the responsible authority' })
  @IsOptional()
  @IsIn(['IN', 'OUT'])
  location?: PlacementLocation;

  @ApiPropertyOptional({ description: 'Ofsted URN of the setting or agency' })
  @IsOptional()
  @IsString()
  @Length(1, 10)
  urn?: string;

  @ApiPropertyOptional({ description: 'Miles from home (999.9 = not known)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(999.9)
  distanceMiles?: number;
}
