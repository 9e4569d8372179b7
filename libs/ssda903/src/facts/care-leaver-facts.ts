import {
  ageOn,
  birthday,
  isWithFormerFosterCarers,
  type CommandContext,
  type LocalDate,
} from '@ledger/domain';
import { collectionYearEnd, collectionYearStart } from '../formats/collection-year';
import type { Oc3Record } from '../records/records';
import type { RowError } from '../reading/return';
import { fact, recordError, type DerivedFact } from './fact';
import { leftCareBy, type CarePeriod } from './periods';

/** OC3 covers care leavers' 17th to 21st birthdays, and 22nd to 25th from 2022-23. */
const FIRST_AGE = 17;
const LAST_AGE = 25;

/**
 * Care leaver contacts: each OC3 row is a contact on the birthday that falls in its return's
 * year (measures.md section 8). A Staying Put arrangement that began on a day in `stayingPutStarts`
 * ends at the first contact on or after it whose accommodation is not with former foster carers.
 */
export function careLeaverFacts(
  contacts: readonly Oc3Record[],
  dateOfBirth: LocalDate,
  stayingPutStarts: readonly LocalDate[],
  context: CommandContext,
  periods: readonly CarePeriod[],
): { facts: DerivedFact[]; errors: RowError[] } {
  const facts: DerivedFact[] = [];
  const errors: RowError[] = [];
  const days: { day: LocalDate; record: Oc3Record }[] = [];
  for (const c of contacts) {
    const age = ageOn(dateOfBirth, collectionYearEnd(c.year));
    const day = birthday(dateOfBirth, age);
    if (age < FIRST_AGE || age > LAST_AGE || day < collectionYearStart(c.year)) {
      errors.push(
        recordError(c, 'CHILD', `turns ${age} in ${c.year}: OC3 is for the 17th to 25th birthdays`),
      );
      continue;
    }
    if (!leftCareBy(periods, day)) {
      const why = `the young person has not left care by ${day} in the imported returns (import the year they left)`;
      errors.push(recordError(c, 'IN_TOUCH', why, 'history'));
      continue;
    }
    const data = {
      effectiveDate: day,
      inTouch: c.inTouch,
      activity: c.activity,
      accommodation: c.accommodation,
    };
    facts.push(fact('RecordCareLeaverContact', data, context, c.source));
    days.push({ day, record: c });
  }
  days.sort((a, b) => a.day.localeCompare(b.day));
  for (const start of stayingPutStarts) {
    const end = days.find((d) => d.day >= start && !isWithFormerFosterCarers(d.record.accommodation));
    if (end) facts.push(fact('EndStayingPut', { effectiveDate: end.day }, context, end.record.source));
  }
  return { facts, errors };
}
