import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { type ValidationError } from 'class-validator';
import { fieldPath } from './json-body';

export interface FieldError {
  readonly field: string;
  readonly messages: string[];
}

/** Flattens nested errors so each names its full path (`placement.type`, `record[1].type`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    // class-validator names an array item by its index: one path style, `record[1]`.
    const field = /^\d+$/.test(error.property)
      ? fieldPath(parent, Number(error.property))
      : fieldPath(parent, error.property);
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Whitelist, refuse unknown fields, transform; errors name every bad field. */
export function ledgerValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      return new BadRequestException({
        code: 'VALIDATION.FAILED',
        message: fields.map((f) => `${f.field}: ${f.messages.join('; ')}`).join('. '),
        field: fields[0]?.field,
        errors: fields,
      });
    },
  });
}
