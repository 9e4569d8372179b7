import {
  ACCOMMODATION_CODES,
  type Accommodation,
  ACTIVITY_CODES,
  type Activity,
  ADOPTER_LEGAL_STATUSES,
  ADOPTER_SEXES,
  type AdopterLegalStatus,
  type AdopterSex,
  ADOPTION_REVERSAL_REASONS,
  type AdoptionReversalReason,
  IN_TOUCH_CODES,
  type InTouch,
} from '@ledger/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { EffectiveDateDto } from './care.request.dto';
import { CodeField, OptionalCodeField } from './validators';

export class StartStayingPutRequestDto extends EffectiveDateDto {
  @ApiPropertyOptional({ description: 'The former foster carer' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  carerId?: string;
}

export class RecordCareLeaverContactRequestDto extends EffectiveDateDto {
  @CodeField(IN_TOUCH_CODES, '903 IN_TOUCH')
  inTouch!: InTouch;

  @CodeField(ACTIVITY_CODES, '903 ACTIV')
  activity!: Activity;

  @CodeField(ACCOMMODATION_CODES, '903 ACCOM: letter plus suitability (1 suitable, 2 unsuitable)')
  accommodation!: Accommodation;
}

export class RecordAdoptionMatchRequestDto extends EffectiveDateDto {
  @ApiProperty({ description: 'Matched with the current foster carer(s) (AD1 FOSTER_CARE)' })
  @IsBoolean()
  byFosterCarer!: boolean;

  @ApiPropertyOptional({ enum: [1, 2] })
  @IsOptional()
  @IsIn([1, 2])
  numberOfAdopters?: 1 | 2;

  @OptionalCodeField(ADOPTER_SEXES, 'AD1 SEX_ADOPTR')
  adopterSex?: AdopterSex;

  @OptionalCodeField(ADOPTER_LEGAL_STATUSES, 'AD1 LS_ADOPTR')
  adopterLegalStatus?: AdopterLegalStatus;
}

export class ReverseAdoptionDecisionRequestDto extends EffectiveDateDto {
  @CodeField(ADOPTION_REVERSAL_REASONS, 'RD1-RD4')
  reason!: AdoptionReversalReason;
}

export class VoidEntryRequestDto {
  @ApiProperty({ description: 'Id of the entry to void (from the history)' })
  @IsUUID()
  eventId!: string;

  @ApiProperty({ description: 'Why it is void' })
  @IsString()
  @Length(3, 500)
  reason!: string;
}
