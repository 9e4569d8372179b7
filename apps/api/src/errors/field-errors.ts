import { BadRequestException } from '@nestjs/common';

/**
 * The one shape of a 400 naming fields: `VALIDATION.FAILED`, a message listing each
 * `field: problem`, the first field, and every field with its messages.
 */
export function fieldErrors(
  problems: readonly (readonly [field: string, message: string])[],
): BadRequestException {
  return new BadRequestException({
    code: 'VALIDATION.FAILED',
    message: problems.map(([field, message]) => `${field}: ${message}`).join('. '),
    field: problems[0][0],
    errors: problems.map(([field, message]) => ({ field, messages: [message] })),
  });
}

/** A single field's refusal. */
export const fieldError = (field: string, message: string): BadRequestException =>
  fieldErrors([[field, message]]);
