import {
  CARE_END_REASONS,
  type CareEndReason,
  CATEGORIES_OF_NEED,
  type CategoryOfNeed,
  LEGAL_STATUSES,
  type LegalStatus,
  PLACEMENT_CHANGE_REASONS,
  type PlacementChangeReason,
} from '@ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, ValidateNested } from 'class-validator';
import { PlacementDto } from './placement.dto';
import { CodeField, DateField, OptionalCodeField } from './validators';

export class EffectiveDateDto {
  @DateField("The day it happened in the child's life")
  effectiveDate!: string;
}

export class StartCareRequestDto extends EffectiveDateDto {
  @CodeField(LEGAL_STATUSES, '903 LS')
  legalStatus!: LegalStatus;

  @CodeField(CATEGORIES_OF_NEED, '903 CIN')
  categoryOfNeed!: CategoryOfNeed;

  @ApiProperty({ type: PlacementDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PlacementDto)
  placement!: PlacementDto;
}

export class MovePlacementRequestDto extends EffectiveDateDto {
  @ApiProperty({ type: PlacementDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PlacementDto)
  placement!: PlacementDto;

  @ApiProperty({ description: 'Whether the carer changed (903 RNE P/B) or not (T/U)' })
  @IsBoolean()
  carerChanged!: boolean;

  @OptionalCodeField(PLACEMENT_CHANGE_REASONS, '903 REASON_PLACE_CHANGE')
  reason?: PlacementChangeReason;
}

export class ChangeLegalStatusRequestDto extends EffectiveDateDto {
  @CodeField(LEGAL_STATUSES, '903 LS')
  legalStatus!: LegalStatus;
}

export class StartTemporaryPlacementRequestDto extends EffectiveDateDto {
  @ApiProperty({ type: PlacementDto, description: 'A T0-T4 placement' })
  @IsDefined()
  @ValidateNested()
  @Type(() => PlacementDto)
  placement!: PlacementDto;
}

export class EndCareRequestDto extends EffectiveDateDto {
  @CodeField(CARE_END_REASONS, '903 REC (not X1)')
  reason!: CareEndReason;
}
