import type { CommandContext } from '@ledger/domain';
import type { Ad1Record, PlacedAdoptionRecord } from '../records/records';
import type { RowError } from '../reading/return';
import { fact, recordError, type DerivedFact } from './fact';
import { inCareOn, type CarePeriod } from './periods';

/**
 * Adoption milestones: each placed_adoption row is a decision to place (DATE_PLACED), reversed
 * on DATE_PLACED_CEASED; AD1's DATE_INT is the same decision (rule 523) and adds one only when
 * no row has that date; AD1's DATE_MATCH is the match with the adopters. A decision is made
 * while the child is looked after (rule 334). One dated before the first period of care known
 * belongs to that period's earlier, unseen part (the first episode known may have begun before
 * the oldest return: docs/measures.md §8), and is recorded as is: the decider accepts a
 * decision before the first period it holds. One between or after the periods shown cannot be
 * placed.
 */
export function adoptionFacts(
  placed: readonly PlacedAdoptionRecord[],
  ad1: Ad1Record | undefined,
  context: CommandContext,
  periods: readonly CarePeriod[],
): { facts: DerivedFact[]; errors: RowError[] } {
  const facts: DerivedFact[] = [];
  const errors: RowError[] = [];
  const first = periods[0]?.start;
  const notInCare = (record: Ad1Record | PlacedAdoptionRecord, column: string, day: string) =>
    !inCareOn(periods, day) &&
    !(first !== undefined && day < first) &&
    errors.push(
      recordError(
        record,
        column,
        first === undefined
          ? `${day} is a decision for a child in no period of care of the imported returns (rule 334)`
          : `${day} is after care first began but in no period of care of the imported returns (rule 334: import the year of that care)`,
        'history',
      ),
    );
  for (const p of placed) {
    notInCare(p, 'DATE_PLACED', p.decisionDate);
    facts.push(fact('RecordAdoptionDecision', { effectiveDate: p.decisionDate }, context, p.source));
    if (p.ceasedOn && p.ceasedReason)
      facts.push(
        fact(
          'ReverseAdoptionDecision',
          { effectiveDate: p.ceasedOn, reason: p.ceasedReason },
          context,
          p.source,
        ),
      );
  }
  if (!ad1) return { facts, errors };
  if (!placed.some((p) => p.decisionDate === ad1.decisionDate)) {
    const inForce = placed.find(
      (p) => p.decisionDate < ad1.decisionDate && (p.ceasedOn === undefined || p.ceasedOn > ad1.decisionDate),
    );
    if (inForce)
      errors.push(
        recordError(
          ad1,
          'DATE_INT',
          `differs from DATE_PLACED ${inForce.decisionDate}, the decision then in force (rule 523)`,
        ),
      );
    else {
      notInCare(ad1, 'DATE_INT', ad1.decisionDate);
      facts.push(fact('RecordAdoptionDecision', { effectiveDate: ad1.decisionDate }, context, ad1.source));
    }
  }
  if (ad1.matchDate)
    facts.push(
      fact(
        'RecordAdoptionMatch',
        {
          effectiveDate: ad1.matchDate,
          byFosterCarer: ad1.byFosterCarer ?? false,
          numberOfAdopters: ad1.numberOfAdopters,
          adopterSex: ad1.adopterSex,
          adopterLegalStatus: ad1.adopterLegalStatus,
        },
        context,
        ad1.source,
      ),
    );
  return { facts, errors };
}
