import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

/** Child ids are the authority's own (903 CHILD): 1-10 letters, digits, _ or -. */
export const CHILD_ID_PATTERN = /^[A-Za-z0-9_-]{1,10}$/;
export const CHILD_ID_MESSAGE = 'childId must be 1-10 letters, digits, _ or -';

@Injectable()
export class ChildIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!CHILD_ID_PATTERN.test(value)) {
      throw new BadRequestException({
        code: 'VALIDATION.INVALID_VALUE',
        message: CHILD_ID_MESSAGE,
        field: 'childId',
      });
    }
    return value;
  }
}
