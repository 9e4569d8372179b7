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
import { periodOn, type CarePeriod } from './periods';

/** OC3 covers care leavers' 17th to 21st birthdays, and 22nd to 25th from 2022-23. */
const FIRST_AGE = 17;
const LAST_AGE = 25;

/**
 * Care leaver contacts: each OC3 row is a contact on the birthday that falls in its return's
 * year (docs/measures.md §8). It needs no care leaving in the returns (the care may be older
 * than the oldest return); only a birthday on which the returns show the young person looked
 * after cannot take one. A Staying Put arrangement that began on a day in `stayingPutStarts`
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
    const care = periodOn(periods, day);
    if (care) {
      errors.push(lookedAfterOnBirthday(c, day, care));
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

/**
 * The error for a contact on a day the returns show the young person looked after: a broken
 * rule when a return of that year (or later) shows the care; history when the care is open
 * only because the return that shows its end was not imported.
 */
function lookedAfterOnBirthday(contact: Oc3Record, day: LocalDate, care: CarePeriod): RowError {
  const shownIn = care.lastShownIn;
  if (care.end === undefined && (shownIn === undefined || shownIn < contact.year)) {
    const held = shownIn ? `the ${shownIn} return shows` : 'the ledger has';
    const why = `${held} the young person looked after from ${care.start} and no return ends that care by ${day} (import the year they left)`;
    return recordError(contact, 'IN_TOUCH', why, 'history');
  }
  const why = `the young person is looked after on ${day} (care from ${care.start}): OC3 is for care leavers`;
  return recordError(contact, 'IN_TOUCH', why);
}
