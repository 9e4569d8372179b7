import {
  AUTHORITY_CODE,
  AUTHORITY_CODE_MESSAGE,
  type CodeList,
  codesOf,
  EARLIEST_DATE,
  isPostcodeShape,
  isSupportedDate,
  LATEST_DATE,
  PLACEMENT_AUTHORITY_CODES,
  POSTCODE_MESSAGE,
} from '@ledger/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * How late a date may be: a fact of a child's life happened by today (`today`: later is 422
 * `DATE.IN_FUTURE` from the decider, by the ledger's clock); a query window, an inspection date
 * or an expected end may lie ahead (`later`).
 */
export type DateBound = 'today' | 'later';

/**
 * A calendar day written YYYY-MM-DD that exists (no 2023-02-30), from 1900-01-01 to
 * 2100-12-31: one range for every date the API takes, body or query.
 */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `$property must be a calendar date written YYYY-MM-DD, from ${EARLIEST_DATE} to ${LATEST_DATE}`,
        ...options,
      },
      validator: { validate: (value: unknown) => isSupportedDate(value) },
    });
}

const dateRange = (bound: DateBound) =>
  bound === 'today'
    ? ` (${EARLIEST_DATE} to today)`
    : ` (${EARLIEST_DATE} to ${LATEST_DATE}: may be later than today)`;

export const DateField = (description: string, bound: DateBound = 'today') =>
  applyDecorators(
    ApiProperty({ description: description + dateRange(bound), example: '2024-01-15', format: 'date' }),
    IsLocalDate(),
  );

export const OptionalDateField = (description: string, bound: DateBound = 'today') =>
  applyDecorators(
    ApiPropertyOptional({ description: description + dateRange(bound), format: 'date' }),
    IsOptional(),
    IsLocalDate(),
  );

function shapeValidator(name: string, message: string, test: (value: unknown) => boolean): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `$property ${message}` },
      validator: { validate: test },
    });
}

/** A UK postcode or sector (older directory shapes and the 903's ZZ99 codes included). */
export const IsPostcode = () => shapeValidator('isPostcode', POSTCODE_MESSAGE, isPostcodeShape);

/** An ONS code of an upper-tier authority. */
export const IsAuthorityCode = () =>
  shapeValidator(
    'isAuthorityCode',
    AUTHORITY_CODE_MESSAGE,
    (v) => typeof v === 'string' && AUTHORITY_CODE.test(v),
  );

/** A placement's authority (903 PL_LA): an ONS code, or NIR, WAL, SCO, NUK, CON. */
export const IsPlacementAuthority = () =>
  shapeValidator(
    'isPlacementAuthority',
    `${AUTHORITY_CODE_MESSAGE}, or one of ${PLACEMENT_AUTHORITY_CODES.join(', ')}`,
    (v) =>
      typeof v === 'string' &&
      (AUTHORITY_CODE.test(v) || (PLACEMENT_AUTHORITY_CODES as readonly string[]).includes(v)),
  );

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
