import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

/** Child ids are the authority's own: 1-10 letters, digits, _ or -. */
@Injectable()
export class ChildIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[A-Za-z0-9_-]{1,10}$/.test(value)) {
      throw new BadRequestException({
        code: 'VALIDATION.INVALID_VALUE',
        message: 'childId must be 1-10 letters, digits, _ or -',
        field: 'childId',
      });
    }
    return value;
  }
}
