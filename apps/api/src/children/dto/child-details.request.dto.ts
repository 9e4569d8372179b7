import { ETHNICITIES, type Ethnicity, SEXES, type Sex } from '@ledger/domain';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { CHILD_ID_MESSAGE, CHILD_ID_PATTERN } from '../child-id.pipe';
import {
  CodeField,
  DateField,
  IsAuthorityCode,
  IsPostcode,
  OptionalCodeField,
  OptionalDateField,
} from './validators';

/** The child's details, as registered or updated. */
export class ChildDetailsDto {
  @DateField('Date of birth')
  dateOfBirth!: string;

  @CodeField(SEXES, 'M, F or U')
  sex!: Sex;

  @OptionalCodeField(ETHNICITIES, '903 ETHNIC')
  ethnicity?: Ethnicity;

  @ApiPropertyOptional({ description: 'Unique pupil number (13 characters) or UN1-UN5' })
  @IsOptional()
  @Matches(/^([A-Z]\d{11}[0-9A-Z]|UN[1-5])$/, {
    message: 'upn must be 13 characters (letter, 11 digits, check) or UN1-UN5',
  })
  upn?: string;

  @ApiProperty({ description: 'Responsible authority code', example: 'E06000059' })
  @IsAuthorityCode()
  responsibleAuthority!: string;

  @ApiPropertyOptional({ description: "Child's home postcode (903 HOME_POST)" })
  @IsOptional()
  @IsPostcode()
  homePostcode?: string;

  @ApiProperty({ description: 'Unaccompanied asylum-seeking child' })
  @IsBoolean()
  uasc!: boolean;

  @OptionalDateField('The day UASC status ceased (903 DUC): may be the expected 18th birthday', 'later')
  uascCeasedOn?: string;

  @ApiPropertyOptional({
    description: 'Whether the child is a mother (903 MOTHER: 1 yes, 0 no)',
    enum: [0, 1],
  })
  @IsOptional()
  @IsIn([0, 1], { message: 'mother must be 0 or 1' })
  mother?: 0 | 1;

  @OptionalDateField("The date of birth of the mother's first child (903 MC_DOB)")
  firstChildDateOfBirth?: string;
}

export class RegisterChildRequestDto extends ChildDetailsDto {
  @ApiProperty({
    description: "The authority's own child identifier (903 CHILD), 1-10 characters",
    example: 'C1001',
  })
  @Matches(CHILD_ID_PATTERN, { message: CHILD_ID_MESSAGE })
  childId!: string;
}

/**
 * A change of some details from a day on: the fields given replace those standing on that day,
 * the others are kept; `null` clears an optional field. The event recorded holds the whole
 * details from that day (its shape is unchanged).
 */
export class UpdateChildDetailsRequestDto extends PartialType(ChildDetailsDto) {
  @DateField('The day the change applies from')
  effectiveDate!: string;
}
