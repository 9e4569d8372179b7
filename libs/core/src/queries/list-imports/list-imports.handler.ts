import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditService } from '../../audit/audit.service';
import { type ImportRecord } from '../../audit/trail/imports-list';
import { ListImportsQuery } from './list-imports.query';

@QueryHandler(ListImportsQuery)
export class ListImportsHandler implements IQueryHandler<ListImportsQuery, ImportRecord[]> {
  constructor(private readonly audit: AuditService) {}

  execute(): Promise<ImportRecord[]> {
    return this.audit.imports();
  }
}
