import { type FigureMember } from '@ledger/projections';
import { Query } from '@nestjs/cqrs';
import { type MeasuresRequest } from '../get-measures/get-measures.query';

/** The children counted in one figure of the report (a dotted path such as `stability.longTerm`). */
export class GetFigureChildrenQuery extends Query<FigureMember[]> {
  constructor(
    readonly request: MeasuresRequest,
    readonly figure: string,
  ) {
    super();
  }
}
