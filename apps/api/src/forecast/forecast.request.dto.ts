import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsLocalDate } from '../children/dto/validators';

export class BacktestQueryDto {
  @ApiPropertyOptional({
    description: 'An ISO time or a global position: the backtest as the ledger knew things then',
  })
  @IsOptional()
  @IsString()
  asKnownAt?: string;

  @ApiPropertyOptional({
    description: 'Months of history before each origin the rates are estimated over',
    default: 24,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'referenceMonths must be a whole number' })
  @Min(1)
  @Max(120)
  referenceMonths?: number;
}

export class ForecastQueryDto extends BacktestQueryDto {
  @ApiPropertyOptional({
    description: 'The effective date the forecast starts from (default: the last day the data covers)',
    example: '2025-03-31',
  })
  @IsOptional()
  @IsLocalDate()
  origin?: string;

  @ApiPropertyOptional({ description: 'How many months ahead', default: 36 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'horizonMonths must be a whole number' })
  @Min(1)
  @Max(120)
  horizonMonths?: number;

  @ApiPropertyOptional({
    description: 'Scenario: entries into care up or down by this percentage',
    example: 10,
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'entryRateChange must be a number' })
  @Min(-100)
  @Max(1000)
  entryRateChange?: number;

  @ApiPropertyOptional({
    description:
      "Scenario: this percentage of moves (and entries) into children's homes go to foster care instead",
    example: 20,
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'residentialToFoster must be a number' })
  @Min(0)
  @Max(100)
  residentialToFoster?: number;
}
