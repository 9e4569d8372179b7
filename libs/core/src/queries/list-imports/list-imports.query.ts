import { Query } from '@nestjs/cqrs';
import { type ImportRecord } from '../../audit/trail/imports-list';

/** Every import: its files, years, counts, who and when. */
export class ListImportsQuery extends Query<ImportRecord[]> {}
