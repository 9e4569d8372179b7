import { isLocalDate } from '@ledger/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { fieldError } from '../../errors/field-errors';
import { Requires } from '../access';
import { AccessLog, type AccessRecord } from './access-log';

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function bound(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const day = value.slice(0, 10);
  if (!INSTANT.test(value) || !isLocalDate(day) || day < '1900-01-01' || day > '2100-12-31') {
    throw fieldError(name, 'must be a day (YYYY-MM-DD) or an ISO instant, from 1900-01-01 to 2100-12-31');
  }
  return value.length === 10 ? value : new Date(value).toISOString();
}

@ApiTags('audit')
@Controller('audit')
export class AuditAccessController {
  constructor(private readonly log: AccessLog) {}

  @Get('access')
  @Requires('audit.read')
  @ApiOperation({ summary: "Who read a child's record and when: the access log, filtered" })
  @ApiQuery({ name: 'childId', required: false })
  @ApiQuery({ name: 'subject', required: false, description: 'The signed-in subject (or local user)' })
  @ApiQuery({ name: 'from', required: false, description: 'A day or ISO instant (inclusive)' })
  @ApiQuery({ name: 'to', required: false, description: 'A day or ISO instant (inclusive)' })
  @ApiOkResponse({ description: '{ records: [{ at, subject, mode, children, endpoint, correlationId }] }' })
  async access(
    @Query('childId') childId?: string,
    @Query('subject') subject?: string,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): Promise<{ records: AccessRecord[] }> {
    const range = { from: bound('from', from), to: bound('to', to) };
    if (
      range.from !== undefined &&
      range.to !== undefined &&
      range.from.slice(0, 10) > range.to.slice(0, 10)
    ) {
      throw fieldError('to', 'must not be before from');
    }
    return { records: await this.log.find({ childId, subject, ...range }) };
  }
}
