import {
  ACCOMMODATION_CODES,
  ACTIVITY_CODES,
  IN_TOUCH_CODES,
  isCodeValidOn,
  type CodeList,
  ageOn,
  birthday,
  isWithFormerFosterCarers,
  type CommandContext,
  type LocalDate,
} from '@ledger/domain';
import { collectionYearEnd, collectionYearStart } from '../formats/collection-year';
import type { Oc3Record } from '../records/records';
import type { RowError } from '../reading/return';
import { fact, recordError, recordFinding, type DerivedFact } from './fact';
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
): { facts: DerivedFact[]; errors: RowError[]; findings: RowError[] } {
  const facts: DerivedFact[] = [];
  const errors: RowError[] = [];
  // A contact is optional: one that cannot stand is left out and reported, the child imported.
  const findings: RowError[] = [];
  const days: { day: LocalDate; record: Oc3Record }[] = [];
  for (const c of contacts) {
    const age = ageOn(dateOfBirth, collectionYearEnd(c.year));
    const day = birthday(dateOfBirth, age);
    if (age < FIRST_AGE || age > LAST_AGE || day < collectionYearStart(c.year)) {
      findings.push(
        recordFinding(
          c,
          'DOB',
          '391',
          `turns ${age} in ${c.year}: OC3 is for the 17th to 25th birthdays; the contact is left out`,
        ),
      );
      continue;
    }
    const care = periodOn(periods, day);
    if (care) {
      const problem = lookedAfterOnBirthday(c, day, care);
      if (problem.kind === 'history') errors.push(problem);
      else
        findings.push({
          ...problem,
          reason: `${problem.reason}; the contact is left out (DfE rule 1007)`,
          rule: '1007',
        });
      continue;
    }
    const withdrawn = withdrawnCode(c, day);
    if (withdrawn) {
      findings.push(withdrawn);
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
  days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)); // ISO days: code-unit order
  for (const start of stayingPutStarts) {
    const end = days.find((d) => d.day >= start && !isWithFormerFosterCarers(d.record.accommodation));
    if (end) facts.push(fact('EndStayingPut', { effectiveDate: end.day }, context, end.record.source));
  }
  return { facts, errors, findings };
}

/** A code no longer on its list on the contact's day (ACTIV F3/P3 after 2022): the contact is left out. */
function withdrawnCode(c: Oc3Record, day: LocalDate): RowError | undefined {
  const checks = [
    [IN_TOUCH_CODES, c.inTouch, 'IN_TOUCH', '131'],
    [ACTIVITY_CODES, c.activity, 'ACTIV', '132'],
    [ACCOMMODATION_CODES, c.accommodation, 'ACCOM', '133'],
  ] as const;
  for (const [list, code, column, rule] of checks)
    if (!isCodeValidOn(list as CodeList<string>, code, day))
      return recordFinding(c, column, rule, `${code} is not a valid code on ${day}; the contact is left out`);
  return undefined;
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
