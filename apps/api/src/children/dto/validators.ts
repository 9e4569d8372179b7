import { type CodeList, codesOf, isLocalDate } from '@ledger/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, registerDecorator, type ValidationOptions } from 'class-validator';

/** A calendar day written YYYY-MM-DD that exists (no 2023-02-30). */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a calendar date written YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isLocalDate(value) },
    });
}

export const DateField = (description: string) =>
  applyDecorators(ApiProperty({ description, example: '2024-01-15', format: 'date' }), IsLocalDate());

export const OptionalDateField = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description, format: 'date' }), IsOptional(), IsLocalDate());

/** A code from one of the domain's code lists; the message lists the allowed codes. */
export const CodeField = <C extends string>(list: CodeList<C>, description: string) =>
  applyDecorators(
    ApiProperty({ description, enum: codesOf(list) }),
    IsIn(codesOf(list), { message: `$property must be one of: ${codesOf(list).join(', ')}` }),
  );

export const OptionalCodeField = <C extends string>(list: CodeList<C>, description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, enum: codesOf(list) }),
    IsOptional(),
    IsIn(codesOf(list), { message: `$property must be one of: ${codesOf(list).join(', ')}` }),
  );
