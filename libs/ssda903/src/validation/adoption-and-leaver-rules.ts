import {
  ACCOMMODATION_CODES,
  ACTIVITY_CODES,
  ADOPTER_LEGAL_STATUSES,
  ADOPTER_SEXES,
  ADOPTION_REVERSAL_REASONS,
  IN_TOUCH_CODES,
  birthday,
  isCode,
  isCodeValidOn,
} from '@ledger/domain';
import type { ImportedTable } from '../formats/table-columns';
import type { CheckedReturn, CheckedRow, DfeRule, RuleHit } from './dfe-rule';
import { badCode, badDate, byChild, cell, dateOf, yearEnd, yearStart } from './values';

const rowsRule =
  (table: ImportedTable, field: string, test: (row: CheckedRow, ret: CheckedReturn) => boolean) =>
  (ret: CheckedReturn): RuleHit[] =>
    ret.tables[table].filter((row) => test(row, ret)).map((row) => ({ table, row, field }));

export const ADOPTION_RULES: readonly DfeRule[] = [
  {
    code: '112',
    message: 'Date should be placed for adoption is not a valid date.',
    check: rowsRule('ad1', 'DATE_INT', (r) => badDate(r, 'DATE_INT')),
  },
  {
    code: '113',
    message: 'Date matching child and adopter(s) is not a valid date.',
    check: rowsRule('ad1', 'DATE_MATCH', (r) => badDate(r, 'DATE_MATCH')),
  },
  {
    code: '114',
    message: 'Data entry to record the status of former carer(s) of an adopted child is invalid.',
    check: rowsRule('ad1', 'FOSTER_CARE', (r) => !['', '0', '1'].includes(cell(r, 'FOSTER_CARE'))),
  },
  {
    code: '175',
    message: 'The number of adopter(s) code is not a valid code.',
    check: rowsRule('ad1', 'NB_ADOPTR', (r) => !['', '1', '2'].includes(cell(r, 'NB_ADOPTR'))),
  },
  {
    code: '176',
    message: 'The gender of adopter(s) at the date of adoption code is not a valid code.',
    check: rowsRule('ad1', 'SEX_ADOPTR', (r) => badCode(ADOPTER_SEXES, r, 'SEX_ADOPTR')),
  },
  {
    code: '177',
    message: 'The legal status of adopter(s) code is not a valid code.',
    check: rowsRule('ad1', 'LS_ADOPTR', (r) => badCode(ADOPTER_LEGAL_STATUSES, r, 'LS_ADOPTR')),
  },
  {
    code: '333',
    message:
      'Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).',
    check: rowsRule('ad1', 'DATE_INT', (r) => {
      const [decided, matched] = [dateOf(r, 'DATE_INT'), dateOf(r, 'DATE_MATCH')];
      return decided !== undefined && matched !== undefined && decided > matched;
    }),
  },
  {
    code: '115',
    message:
      "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.",
    check: rowsRule('placed_adoption', 'DATE_PLACED', (r) => badDate(r, 'DATE_PLACED')),
  },
  {
    code: '116',
    message:
      "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.",
    check: rowsRule('placed_adoption', 'DATE_PLACED_CEASED', (r) => badDate(r, 'DATE_PLACED_CEASED')),
  },
  {
    code: '119',
    message:
      'If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.',
    check: rowsRule(
      'placed_adoption',
      'REASON_PLACED_CEASED',
      (r) => (cell(r, 'DATE_PLACED_CEASED') === '') !== (cell(r, 'REASON_PLACED_CEASED') === ''),
    ),
  },
  {
    code: '120',
    message:
      'The reason for the reversal of the decision that the child should be placed for adoption code is not valid.',
    check: rowsRule('placed_adoption', 'REASON_PLACED_CEASED', (r) =>
      badCode(ADOPTION_REVERSAL_REASONS, r, 'REASON_PLACED_CEASED'),
    ),
  },
  {
    code: '522',
    message:
      'Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.',
    check: rowsRule('placed_adoption', 'DATE_PLACED', (r) => {
      const [placed, ceased] = [dateOf(r, 'DATE_PLACED'), dateOf(r, 'DATE_PLACED_CEASED')];
      return placed !== undefined && ceased !== undefined && placed > ceased;
    }),
  },
];

export const CARE_LEAVER_RULES: readonly DfeRule[] = [
  {
    code: '131',
    message: 'Data entry for being in touch after leaving care is invalid.',
    check: rowsRule('oc3', 'IN_TOUCH', (r) => !isCode(IN_TOUCH_CODES, cell(r, 'IN_TOUCH'))),
  },
  {
    code: '132',
    message: 'Data entry for activity after leaving care is invalid.',
    // The code list as it stands at the year's end: F3 and P3 are withdrawn.
    check: rowsRule('oc3', 'ACTIV', (r, ret) => {
      const value = cell(r, 'ACTIV');
      return (
        value !== '' &&
        (!isCode(ACTIVITY_CODES, value) || !isCodeValidOn(ACTIVITY_CODES, value, yearEnd(ret.year)))
      );
    }),
  },
  {
    code: '133',
    message:
      'Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid',
    check: rowsRule('oc3', 'ACCOM', (r) => badCode(ACCOMMODATION_CODES, r, 'ACCOM')),
  },
  {
    code: '1007',
    message:
      'Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]',
    check: (ret) => {
      const episodes = byChild(ret.tables.episodes);
      return ret.tables.oc3.flatMap((row): RuleHit[] => {
        const dob = dateOf(row, 'DOB');
        if (!dob) return [];
        const days = [17, 18]
          .map((age) => birthday(dob, age))
          .filter((d) => d >= yearStart(ret.year) && d <= yearEnd(ret.year));
        const inCare = (day: string) =>
          (episodes.get(cell(row, 'CHILD')) ?? []).some(
            (e) => (dateOf(e, 'DECOM') ?? '9999') <= day && (dateOf(e, 'DEC') ?? '9999') > day,
          );
        return days.some(inCare) ? [{ table: 'oc3', row, field: 'IN_TOUCH' }] : [];
      });
    },
  },
];
