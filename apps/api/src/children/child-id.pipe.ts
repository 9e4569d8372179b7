import { CHILD_ID_PATTERN, CHILD_ID_RULE, isChildId } from '@ledger/domain';
import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

/** The domain's child id rule (docs/ssda903.md §1), for the DTOs and the path pipe alike. */
export { CHILD_ID_PATTERN };
export const CHILD_ID_MESSAGE = `childId ${CHILD_ID_RULE}`;

/** Checks a `:childId` path parameter by the domain's rule: any id the ledger holds is readable. */
@Injectable()
export class ChildIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isChildId(value)) {
      throw new BadRequestException({
        code: 'VALIDATION.INVALID_VALUE',
        message: CHILD_ID_MESSAGE,
        field: 'childId',
      });
    }
    return value;
  }
}
